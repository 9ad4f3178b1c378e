// kiosk/ui/widgets/activity_row.h — one activity in a list, the same in every list (home, the
// calendar's day, week and search views, the sign-up pick list): start–end time (with the date
// when the list spans days), the title, the community and venue, the category in words when
// given, and the seats badge. The whole row is one target, labelled with the activity's title,
// date and time (ActivityTargetLabel: unique on any list); a row may also carry one button of its
// own at the right (报名 on 报名参加), labelled with what it does to which activity.
//
// Built like ImGui's ButtonEx (ItemSize -> ItemAdd -> ButtonBehavior -> render), returning the tap
// and holding no app state. Rows are at least MinTargetPx() plus a gap tall and abut; the target
// leaves half the gap (2 mm in all) at top and bottom, so two rows' targets never touch. A row is
// a target only while the whole of it shows: a row cut by the list's edge takes no taps.
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

// The same row with a button of its own at the right showing `action` (e.g. 报名).
struct ActivityRowTap {
  bool row = false;     // the row itself: open the activity
  bool action = false;  // its button
};
ActivityRowTap ActivityRowWithAction(TouchLayer& touch, const ActivityRowFacts& row, std::string_view action,
                                     Lang lang);

// The label of a row's target: "快乐4点半 12月2日 16:30" / "快乐4点半 2 Dec 16:30".
std::string ActivityTargetLabel(std::string_view title, const LocalDateTime& start, Lang lang);
// The label of a button acting on an activity: "报名：快乐4点半 12月2日 16:30".
std::string ActionTargetLabel(std::string_view action, std::string_view title, const LocalDateTime& start,
                              Lang lang);

// "福圣社区 · 活动室": the community, then the venue, without saying the community twice when
// the venue already starts with it; whichever of the two there is when one is empty.
std::string PlaceText(std::string_view site, std::string_view venue);

}  // namespace kiosk::ui
