// kiosk/ui/navigator.h — the screen stack: forward to a screen, Back one step, Home to the root.
#pragma once

#include <vector>

#include "kiosk/ui/screen_id.h"

namespace kiosk::ui {

class Navigator {
 public:
  explicit Navigator(ScreenId root = ScreenId::kHome) : stack_{root} {}

  ScreenId current() const { return stack_.back(); }
  size_t depth() const { return stack_.size(); }
  void Push(ScreenId id);
  void Back();  // at the root, stays there
  void Home();
  // True once after any change of the current screen (the UI uses it to debounce taps).
  bool TakeChanged();

 private:
  std::vector<ScreenId> stack_;
  bool changed_ = false;
};

}  // namespace kiosk::ui
