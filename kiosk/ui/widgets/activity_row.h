// kiosk/ui/widgets/activity_row.h — one activity in a list, the same in every list (home, the
// calendar's day, week and search views, the sign-up pick list): start–end time (with the date
// when the list spans days), the title, the community and venue, the category in words when
// given, and the seats badge. The whole row is one target, registered under the activity's title.
//
// Built like ImGui's ButtonEx (ItemSize -> ItemAdd -> ButtonBehavior -> render), returning true
// on a tap and holding no app state. Rows are at least MinTargetPx() tall and abut, so a list has
// no dead strips between them; only the visible part of a row is a target, and only while at
// least MinTargetPx() of it shows (a sliver at a list's edge is not a target).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/time/local_time.h"
#include "kiosk/ui/strings.h"
#include "kiosk/ui/touch_layer.h"

namespace kiosk::ui {

struct ActivityRowCategory {
  std::string_view name;  // in the current language
  unsigned rgb = 0;       // its colour, beside the name (never the only carrier)
};

// What a row shows; the caller fills it from whichever listing it has.
struct ActivityRowFacts {
  int64_t occurrence_id = 0;  // keeps rows with the same title apart
  std::string_view title;     // shown, and the target's label
  LocalDateTime start;
  std::optional<LocalDateTime> end;       // none: the listing does not know it (search results)
  bool show_date = false;                 // the list spans several days: the date above the time
  std::string_view place;                 // PlaceText(site, venue)
  std::optional<std::string_view> seats;  // seats in words (SeatsText); none: no badge
  bool full = false;                      // the badge in the warning colour (its words say 已满)
  std::optional<ActivityRowCategory> category;
};

// Draws the row at the cursor across the content width; true when it was tapped.
bool ActivityRow(TouchLayer& touch, const ActivityRowFacts& row, Lang lang);

// "福圣社区 · 活动室": the community, then the venue, without saying the community twice when
// the venue already starts with it; whichever of the two there is when one is empty.
std::string PlaceText(std::string_view site, std::string_view venue);

}  // namespace kiosk::ui
