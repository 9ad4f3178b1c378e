// kiosk/core/calendar_import/recurrence.cpp — RRULE expansion through libical's icalrecur_iterator, bounded
// by a window end and an instance cap; recurrence-set arithmetic; strict iCalendar time parsing.
#include "kiosk/core/calendar_import/recurrence.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>

#include "kiosk/core/calendar_import/ical_support.h"

namespace kiosk {

namespace {

std::optional<int> Digits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Days a month can have in some year (February: 29).
int LongestMonth(int month) {
  return month == 2 ? 29 : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
}

// A rule whose BYMONTH and BYMONTHDAY never meet (30 February, 31 April): libical would search
// for a match until its last supported year and never return one.
bool CanNeverMatch(const icalrecurrencetype& recur) {
  if (recur.by_month[0] == ICAL_RECURRENCE_ARRAY_MAX || recur.by_month_day[0] == ICAL_RECURRENCE_ARRAY_MAX)
    return false;
  for (int m = 0; m < ICAL_BY_MONTH_SIZE && recur.by_month[m] != ICAL_RECURRENCE_ARRAY_MAX; ++m) {
    const int month = icalrecurrencetype_month_month(recur.by_month[m]);
    for (int d = 0; d < ICAL_BY_MONTHDAY_SIZE && recur.by_month_day[d] != ICAL_RECURRENCE_ARRAY_MAX; ++d) {
      const int day = recur.by_month_day[d];
      if (day != 0 && std::abs(day) <= LongestMonth(month)) return false;
    }
  }
  return true;
}

}  // namespace

std::string CivilTime::Iso() const {
  if (date_only) return date.Iso();
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d", hour % 100, minute % 100, second % 100);
  return date.Iso() + buffer;
}

long long CivilTime::SecondsSinceEpoch() const {
  return static_cast<long long>(date.DaysSinceEpoch()) * 86400 + hour * 3600 + minute * 60 + second;
}

CivilTime CivilTime::AddSeconds(long long seconds) const {
  const long long total = SecondsSinceEpoch() + seconds;
  long long days = total / 86400;
  long long rest = total % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  CivilTime out;
  out.date = LocalDate::FromDaysSinceEpoch(static_cast<int>(days));
  out.hour = static_cast<int>(rest / 3600);
  out.minute = static_cast<int>(rest % 3600 / 60);
  out.second = static_cast<int>(rest % 60);
  out.date_only = date_only;
  return out;
}

std::optional<CivilTime> ParseIcalTime(std::string_view text) {
  if (text.ends_with('Z')) text.remove_suffix(1);
  if (text.size() != 8 && text.size() != 15) return std::nullopt;
  const auto year = Digits(text, 0, 4);
  const auto month = Digits(text, 4, 2);
  const auto day = Digits(text, 6, 2);
  if (!year || !month || !day || *year < kFirstCalendarYear || *year > kLastCalendarYear) return std::nullopt;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *year, *month, *day);
  const auto date = LocalDate::ParseIso(iso);  // checks month length and leap years
  if (!date) return std::nullopt;
  CivilTime out;
  out.date = *date;
  if (text.size() == 8) {
    out.date_only = true;
    return out;
  }
  if (text[8] != 'T') return std::nullopt;
  const auto hour = Digits(text, 9, 2);
  const auto minute = Digits(text, 11, 2);
  const auto second = Digits(text, 13, 2);
  if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60) return std::nullopt;
  out.hour = *hour;
  out.minute = *minute;
  out.second = std::min(*second, 59);  // a leap second is the last second of its minute
  return out;
}

std::vector<CivilTime> ExpandRule(std::string_view rule, const CivilTime& dtstart, const CivilTime& from,
                                  const CivilTime& to, size_t max_instances) {
  return ical::ExpandRuleInZone(rule, dtstart, nullptr, from, to, max_instances);
}

std::vector<CivilTime> CombineRecurrenceSet(std::vector<CivilTime> rule_instances,
                                            const std::vector<CivilTime>& rdates,
                                            const std::vector<CivilTime>& exdates) {
  rule_instances.insert(rule_instances.end(), rdates.begin(), rdates.end());
  std::sort(rule_instances.begin(), rule_instances.end());
  rule_instances.erase(std::unique(rule_instances.begin(), rule_instances.end()), rule_instances.end());
  std::erase_if(rule_instances, [&](const CivilTime& t) {
    return std::find(exdates.begin(), exdates.end(), t) != exdates.end();
  });
  return rule_instances;
}

namespace ical {

void EnsureNonFatalErrors() {
  static std::once_flag once;
  std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

icaltimetype ToIcal(const CivilTime& time, const icaltimezone* zone) {
  icaltimetype t = icaltime_null_time();
  t.year = time.date.year;
  t.month = time.date.month;
  t.day = time.date.day;
  t.is_date = time.date_only ? 1 : 0;
  if (!time.date_only) {
    t.hour = time.hour;
    t.minute = time.minute;
    t.second = time.second;
  }
  t.zone = zone;
  return t;
}

CivilTime FromIcal(const icaltimetype& time) {
  CivilTime out;
  out.date = LocalDate{time.year, time.month, time.day};
  out.date_only = time.is_date != 0;
  if (!out.date_only) {
    out.hour = time.hour;
    out.minute = time.minute;
    out.second = time.second;
  }
  return out;
}

std::vector<CivilTime> ExpandRuleInZone(std::string_view rule, const CivilTime& dtstart,
                                        const icaltimezone* zone, const CivilTime& from, const CivilTime& to,
                                        size_t max_instances) {
  EnsureNonFatalErrors();
  const std::string rule_text(rule);
  icalerror_clear_errno();
  const icalrecurrencetype recur = icalrecurrencetype_from_string(rule_text.c_str());
  if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
    icalerror_clear_errno();
    throw RecurrenceError("cannot parse rule \"" + rule_text + "\"");
  }
  // Refused before any iteration: libical's own search for the next match is not bounded by us.
  if (recur.freq == ICAL_SECONDLY_RECURRENCE || recur.freq == ICAL_MINUTELY_RECURRENCE) {
    throw RecurrenceError("rule \"" + rule_text +
                          "\" repeats every second or minute; an activity repeats at most hourly");
  }
  if (CanNeverMatch(recur)) {
    throw RecurrenceError("rule \"" + rule_text + "\" can never happen (BYMONTH and BYMONTHDAY never meet)");
  }
  icalrecur_iterator* iterator = icalrecur_iterator_new(recur, ToIcal(dtstart, zone));
  if (iterator == nullptr) {
    icalerror_clear_errno();
    throw RecurrenceError("libical rejects rule \"" + rule_text + "\"");
  }
  // Compare in wall time with dates as midnight, so a DATE dtstart works with DATE-TIME bounds.
  auto key = [](const CivilTime& t) { return CivilTime{t.date, t.hour, t.minute, t.second, false}; };
  std::vector<CivilTime> instances;
  size_t before_window = 0;
  std::optional<std::string> failure;
  for (;;) {
    const icaltimetype next = icalrecur_iterator_next(iterator);
    if (icaltime_is_null_time(next)) break;
    const CivilTime instance = FromIcal(next);
    if (key(instance) > key(to)) break;
    if (key(instance) < key(from)) {
      if (++before_window > kMaxInstancesBeforeWindow) {
        failure = "rule \"" + rule_text + "\" produces too many occurrences before " + from.date.Iso();
        break;
      }
      continue;
    }
    if (instances.size() == max_instances) {
      failure = "rule \"" + rule_text + "\" produces more than " + std::to_string(max_instances) +
                " occurrences up to " + to.date.Iso();
      break;
    }
    instances.push_back(instance);
  }
  icalrecur_iterator_free(iterator);
  if (failure) throw RecurrenceError(*failure);
  return instances;
}

}  // namespace ical

}  // namespace kiosk
