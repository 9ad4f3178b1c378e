// kiosk/ui/selection.h — what the resident has picked, for the screens that follow: the
// activity detail stores the occurrence here before 我要报名 / 志愿者签到 open their flows.
// Cleared by KioskUi::ResetAll (idle reset, Home) so nothing carries over to the next person.
#pragma once

#include <cstdint>
#include <optional>

namespace kiosk::ui {

struct Selection {
  std::optional<int64_t> occurrence_id;        // the activity the resident is looking at
  std::optional<int64_t> open_detail_request;  // set by a list elsewhere: the calendar opens this detail
  bool open_search_request = false;            // set by home's 找活动: the calendar opens search
  void Clear() { *this = Selection{}; }
};

}  // namespace kiosk::ui
