// kiosk/ui/navigator.cpp — the screen stack.
#include "kiosk/ui/navigator.h"

namespace kiosk::ui {

void Navigator::Push(ScreenId id) {
  if (id == current()) return;  // a double tap must not stack the same screen twice
  stack_.push_back(id);
  changed_ = true;
}

void Navigator::Back() {
  if (stack_.size() > 1) {
    stack_.pop_back();
    changed_ = true;
  }
}

void Navigator::Home() {
  if (stack_.size() > 1) {
    stack_.erase(stack_.begin() + 1, stack_.end());  // not resize(1): GCC 12 -O3 warns falsely (array-bounds)
    changed_ = true;
  }
}

bool Navigator::TakeChanged() {
  const bool was = changed_;
  changed_ = false;
  return was;
}

}  // namespace kiosk::ui
