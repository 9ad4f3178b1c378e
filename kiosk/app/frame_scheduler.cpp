// kiosk/app/frame_scheduler.cpp — the draw-or-sleep rules.
#include "kiosk/app/frame_scheduler.h"

#include <algorithm>

namespace kiosk::app {

void FrameScheduler::OnInput(double /*now*/) { RequestFrames(policy_.frames_after_input); }

void FrameScheduler::RequestFrames(int count) { pending_frames_ = std::max(pending_frames_, count); }

double FrameScheduler::WaitSeconds(double now, double seconds_to_next_minute) const {
  if (WantsFrame()) return std::max(0.0, last_frame_ + policy_.min_frame_seconds - now);
  double wait = seconds_to_next_minute;
  if (wake_at_) wait = std::min(wait, *wake_at_ - now);
  return std::max(0.0, wait);
}

void FrameScheduler::CheckDeadline(double now) {
  if (!wake_at_ || now < *wake_at_) return;
  wake_at_.reset();
  RequestFrames(1);
}

void FrameScheduler::OnFrameDrawn(double now) {
  last_frame_ = now;
  if (pending_frames_ > 0) --pending_frames_;
}

}  // namespace kiosk::app
