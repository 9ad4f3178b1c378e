// kiosk/app/frame_scheduler.h — decides when the kiosk draws, so an idle kiosk costs ~0 % CPU.
//
// A frame is drawn only after input (plus a few frames so ImGui settles hover and release), on
// expose/resize, when the shown minute changes, while the UI animates, and once at the idle reset.
// Otherwise the loop sleeps in glfwWaitEventsTimeout until the next minute or the idle deadline.
// Pure logic on a caller-supplied clock (seconds), no GLFW: unit-testable.
#pragma once

namespace kiosk::app {

struct FramePolicy {
  int frames_after_input = 3;           // ImGui needs 2-3 frames to settle hover/click-release
  double min_frame_seconds = 1.0 / 60;  // cap while active: Xvfb/Mesa have no vblank to wait on
  double idle_reset_seconds = 60;       // DESIGN: after 60 s idle, clear forms and go home
};

class FrameScheduler {
 public:
  explicit FrameScheduler(FramePolicy policy = {}) : policy_(policy) {}

  void OnInput(double now);       // the user touched, moved or typed
  void RequestFrames(int count);  // e.g. 1 after expose, minute change, targets change
  bool WantsFrame() const { return pending_frames_ > 0; }
  // Seconds to wait for events before the next step: the rest of the frame interval while
  // frames are pending, else until the next minute or the idle reset, whichever comes first.
  double WaitSeconds(double now, double seconds_to_next_minute) const;
  // True once per idle period, `idle_reset_seconds` after the last input.
  bool TakeIdleReset(double now);
  // True when the frame interval has passed since the last frame.
  bool FrameDue(double now) const { return now - last_frame_ >= policy_.min_frame_seconds; }
  void OnFrameDrawn(double now);

 private:
  FramePolicy policy_;
  int pending_frames_ = 1;  // the first frame
  double last_input_ = 0;
  double last_frame_ = -1e9;
  bool idle_reset_done_ = true;  // nothing to clear before anyone touched it
};

}  // namespace kiosk::app
