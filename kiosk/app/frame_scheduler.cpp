// kiosk/app/frame_scheduler.cpp — the draw-or-sleep rules.
#include "kiosk/app/frame_scheduler.h"

#include <algorithm>

namespace kiosk::app {

void FrameScheduler::OnInput(double now) {
  last_input_ = now;
  idle_reset_done_ = false;
  RequestFrames(policy_.frames_after_input);
}

void FrameScheduler::RequestFrames(int count) { pending_frames_ = std::max(pending_frames_, count); }

double FrameScheduler::WaitSeconds(double now, double seconds_to_next_minute) const {
  if (WantsFrame()) return std::max(0.0, last_frame_ + policy_.min_frame_seconds - now);
  double wait = seconds_to_next_minute;
  if (!idle_reset_done_) wait = std::min(wait, last_input_ + policy_.idle_reset_seconds - now);
  return std::max(0.0, wait);
}

bool FrameScheduler::TakeIdleReset(double now) {
  if (idle_reset_done_ || now - last_input_ < policy_.idle_reset_seconds) return false;
  idle_reset_done_ = true;
  return true;
}

void FrameScheduler::OnFrameDrawn(double now) {
  last_frame_ = now;
  if (pending_frames_ > 0) --pending_frames_;
}

}  // namespace kiosk::app
