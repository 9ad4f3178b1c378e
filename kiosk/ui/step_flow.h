// kiosk/ui/step_flow.h — the step machine the step screens share (sign-up, volunteer, my sign-ups;
// booking next): the current step, forward with the double-tap guard, Back to the step before or
// out of the screen. Not a framework: a screen still switches on step() and reads top to bottom;
// what a step change means for its own data (forget the number, reload the list) stays there.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "kiosk/ui/touch_layer.h"

namespace kiosk::ui {

template <typename Step>
class StepFlow {
 public:
  // Starts at Step{} (the enum's first step).
  Step step() const { return step_; }

  // Forward to `next`: Back returns to the current step. When `next` is already on the way back
  // (e.g. a refusal sends the resident back to the name), the flow returns to it instead, so
  // Back never walks through a loop. The finger that tapped must not also tap the next step.
  void GoTo(TouchLayer& touch, Step next) {
    if (next != step_) {
      const auto earlier = std::find(history_.begin(), history_.end(), next);
      if (earlier != history_.end())
        history_.erase(earlier, history_.end());
      else
        history_.push_back(step_);
      step_ = next;
    }
    Changed(touch);
  }

  // Back one step; false when there is none: the screen then leaves (ctx.nav.Back()).
  bool Back(TouchLayer& touch) {
    if (history_.empty()) return false;
    step_ = history_.back();
    history_.pop_back();
    Changed(touch);
    return true;
  }

  // From the current step Back leaves the screen (after a write or a refusal: nothing inside the
  // flow to return to).
  void ForgetWayBack() { history_.clear(); }

  // True once after each step change, and at the start: the step's list starts at the top.
  bool TakeScrollReset() { return std::exchange(scroll_reset_, false); }

 private:
  void Changed(TouchLayer& touch) {
    scroll_reset_ = true;
    touch.GuardAfterChange();
  }

  Step step_{};
  std::vector<Step> history_;  // the steps Back returns to
  bool scroll_reset_ = true;
};

}  // namespace kiosk::ui
