// kiosk/app/frame_scheduler.h — decides when the kiosk draws, so an idle kiosk costs ~0 % CPU.
//
// A frame is drawn only after input (plus a few frames so ImGui settles hover and release), on
// expose/resize, when the shown minute changes, while the UI animates, and when the UI asked to
// be drawn at a time (a countdown's next second, the idle reset: KioskUi::SecondsUntilNextDeadline).
// Otherwise the loop sleeps in glfwWaitEventsTimeout until the next minute or that deadline.
// Pure logic on a caller-supplied clock (seconds), no GLFW: unit-testable.
#pragma once

#include <optional>

namespace kiosk::app {

struct FramePolicy {
  int frames_after_input = 3;           // ImGui needs 2-3 frames to settle hover/click-release
  double min_frame_seconds = 1.0 / 60;  // cap while active: Xvfb/Mesa have no vblank to wait on
};

class FrameScheduler {
 public:
  explicit FrameScheduler(FramePolicy policy = {}) : policy_(policy) {}

  void OnInput(double now);       // the user touched, moved or typed
  void RequestFrames(int count);  // e.g. 1 after expose, minute change, targets change
  bool WantsFrame() const { return pending_frames_ > 0; }
  // Seconds to wait for events before the next step: the rest of the frame interval while
  // frames are pending, else until the next minute or the UI's deadline, whichever comes first.
  double WaitSeconds(double now, double seconds_to_next_minute) const;
  // The UI wants a frame at `when` (or none: nullopt). Replaces any earlier wish.
  void WakeAt(std::optional<double> when) { wake_at_ = when; }
  // Requests a frame when the UI's deadline has come; call after waking.
  void CheckDeadline(double now);
  // True when the frame interval has passed since the last frame.
  bool FrameDue(double now) const { return now - last_frame_ >= policy_.min_frame_seconds; }
  void OnFrameDrawn(double now);

 private:
  FramePolicy policy_;
  int pending_frames_ = 1;  // the first frame
  double last_frame_ = -1e9;
  std::optional<double> wake_at_;
};

}  // namespace kiosk::app
