// kiosk/ui/screen_schedule.cpp — opening hours against a time of day.
#include "kiosk/ui/screen_schedule.h"

#include <algorithm>

namespace kiosk::ui {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

int MinuteOfDay(const TimeOfDay& t) { return t.hour * 60 + t.minute; }

// Minutes from `minute` until `target` later today or tomorrow (a full day when equal).
int MinutesUntil(int minute, int target) {
  return (target - minute + kMinutesPerDay - 1) % kMinutesPerDay + 1;
}

}  // namespace

bool WithinOpeningHours(const OpeningHours& hours, const LocalDateTime& now) {
  const int minute = now.hour * 60 + now.minute;
  return minute >= MinuteOfDay(hours.opens) && minute < MinuteOfDay(hours.closes);
}

double SecondsUntilScheduleChange(const OpeningHours& hours, const LocalDateTime& now) {
  const int minute = now.hour * 60 + now.minute;
  return 60.0 * std::min(MinutesUntil(minute, MinuteOfDay(hours.opens)),
                         MinutesUntil(minute, MinuteOfDay(hours.closes)));
}

}  // namespace kiosk::ui
