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
  // Calendar (issue 3)
  kCalPrevMonth, kCalNextMonth, kCalPrevWeek, kCalNextWeek, kCalPrevDay, kCalNextDay,
  kCalToday,
  kCalViewMonth, kCalViewWeek,
  kCalFilter,            // the button that opens the filter view
  kCalFilterActive,      // "筛选（%d）" — format with the number of active filters
  kCalSearch,
  kCalFiltersTitle,
  kCalCategoryHeading, kCalSiteHeading,
  kCalAllCategories, kCalAllSites,
  kCalFiltersDone,
  kCalDayCount,          // "%d项" — activities on a day, in a month cell
  kCalNothingOnDay,
  kCalNothing,           // short: an empty day in the week view
  kCalAllDay,
  kSearchTitle,
  kSearchHint,
  kSearchNoResults,
  kSearchMore,
  kSearchUpcoming,
  kSearchNoPinyin,
  kKeySpace, kKeyDelete, kKeyClear,
  kDetailTitle,
  kDetailWhen, kDetailWhere, kDetailOrganizer, kDetailCategory, kDetailSeats, kDetailVolunteers,
  kDetailSeatsOf,        // "余%d位（共%d位）" — seats left, capacity
  kDetailWaitlist,       // "候补 %d 人"
  kDetailWantsVolunteers, kDetailNoVolunteers,
  kDetailSignUp,
  kDetailQrHint,
  kDetailCancelled,
  kDetailGone,
  kDetailAbout,
  kDetailPosterUnreadable,
  // Sign-up, my sign-ups, volunteer check-in (issue 4)
  kKeyNext,
  kPhonePrompt,
  kPhoneTooShort,
  kPhoneInvalid,
  kPhoneTail,
  kSystemError,
  kFlowBack,
  kSignupPickHeading,
  kSignupNoneOpen,
  kIsThisYou,
  kYes,
  kNo,
  kNamePrompt,
  kNameHint,
  kNameNoPinyin,
  kSkip,
  kNameInvalid,
  kConfirmHeading,
  kConfirmActivity,
  kConfirmName,
  kConfirmPhone,
  kConfirmNoName,
  kConfirmSignUp,
  kSignupDone,
  kSignupAlready,
  kConfirmationCode,
  kSignupQrHint,
  kReturnHomeIn,
  kDone,
  kFullOffer,
  kJoinWaitlist,
  kNoThanks,
  kWaitlisted,
  kWaitlistPosition,
  kWaitlistNote,
  kSignupNotOpen,
  kSignupClosed,
  kSignupOver,
  kSignupCancelled,
  kMyHeading,
  kMyNone,
  kStatusConfirmed,
  kStatusConflict,
  kCancelSignup,
  kCancelAsk,
  kCancelYes,
  kCancelKeep,
  kCancelDone,
  kCancelNotFound,
  kCancelConflict,
  kCancelOver,
  kBackToList,
  kVolunteerPrompt,
  kVolunteerNotFound,
  kVolunteerInactive,
  kScanNotRecognised,
  kVolunteerHello,
  kTodaysDuties,
  kNoDuties,
  kCheckIn,
  kCheckOut,
  kCheckInFrom,
  kCheckedInAt,
  kCheckedOutServed,
  kDutyOver,
  kAutoClosed,
  kHoursMinutes,
  kMyHours,
  kHoursThisMonth,
  kHoursThisYear,
  kHoursAutoClosed,
  kCheckInDone,
  kCheckOutDone,
  kNotCheckedIn,
  kNotOnDuty,
  kPickedActivity,
  kHoursHeading,
  kCount
};

const char* Tr(Str id, Lang lang);
// Every string of the table in both languages (for glyph ranges and tests).
std::vector<std::string> AllUiStrings();
// The strings drawn in the heading font (titles, tiles), both languages.
std::vector<std::string> HeadingUiStrings();

}  // namespace kiosk::ui
