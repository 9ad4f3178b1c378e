// kiosk/ui/strings.h — every user-visible string, in Simplified Chinese and English, in one table.
#pragma once

#include <string>
#include <vector>

namespace kiosk::ui {

enum class Lang { kZh, kEn };

enum class Str {
  kAppTitle,
  kHomeTodayHeading,
  kHomeUpcomingHeading,
  kHomeNothingToday,
  kTileCalendar,
  kTileSignup,
  kTileVolunteer,
  kTileRoomBooking,
  kTileMyRecords,
  kToggleLargeText,
  kToggleLanguage,
  kBack,
  kHome,
  kComingSoonTitle,
  kComingSoonBody,
  kSeatsLeft,        // "余 %d 位" — format with one int
  kSeatsFull,
  kNoSeatLimit,
  kWeekdaySun, kWeekdayMon, kWeekdayTue, kWeekdayWed, kWeekdayThu, kWeekdayFri, kWeekdaySat,
  kLunarPrefix,      // "农历"
  kAdminTitle,
  kCount
};

const char* Tr(Str id, Lang lang);
// Every string of the table in both languages (for glyph ranges and tests).
std::vector<std::string> AllUiStrings();
// The strings drawn in the heading font (titles, tiles), both languages.
std::vector<std::string> HeadingUiStrings();

}  // namespace kiosk::ui
