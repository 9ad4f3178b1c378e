// kiosk/core/demo_rules.cpp — expands the demo date rules described in demo_rules.h.
#include "kiosk/core/demo_rules.h"

#include <array>
#include <charconv>
#include <functional>
#include <string>

namespace kiosk {

namespace {

constexpr std::array<std::string_view, 7> kWeekdayCodes = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

int WeekdayFromCode(std::string_view code, std::string_view rule) {
  for (size_t i = 0; i < kWeekdayCodes.size(); ++i) {
    if (kWeekdayCodes[i] == code) return static_cast<int>(i);
  }
  throw DemoRuleError("unknown weekday \"" + std::string(code) + "\" in rule \"" + std::string(rule) +
                      "\" (use SU MO TU WE TH FR SA)");
}

std::vector<LocalDate> Select(const LocalDate& first, const LocalDate& last,
                              const std::function<bool(const LocalDate&)>& wanted) {
  std::vector<LocalDate> dates;
  for (LocalDate day = first; day <= last; day = day.AddDays(1)) {
    if (wanted(day)) dates.push_back(day);
  }
  return dates;
}

std::vector<LocalDate> ExpandWeekly(std::string_view days, std::string_view rule, const LocalDate& first,
                                    const LocalDate& last) {
  std::array<bool, 7> on{};
  while (!days.empty()) {
    const size_t comma = days.find(',');
    on[static_cast<size_t>(WeekdayFromCode(days.substr(0, comma), rule))] = true;
    days = comma == std::string_view::npos ? std::string_view() : days.substr(comma + 1);
  }
  return Select(first, last, [&](const LocalDate& d) { return on[static_cast<size_t>(d.Weekday())]; });
}

std::vector<LocalDate> ExpandMonthly(std::string_view spec, std::string_view rule, const LocalDate& first,
                                     const LocalDate& last) {
  const size_t dash = spec.find('-');
  if (dash == std::string_view::npos)
    throw DemoRuleError("rule \"" + std::string(rule) + "\" needs e.g. 2nd-SA");
  const std::string_view ordinal = spec.substr(0, dash);
  const int weekday = WeekdayFromCode(spec.substr(dash + 1), rule);
  int nth = 0;  // 0 means "last"
  if (ordinal == "1st")
    nth = 1;
  else if (ordinal == "2nd")
    nth = 2;
  else if (ordinal == "3rd")
    nth = 3;
  else if (ordinal == "4th")
    nth = 4;
  else if (ordinal != "last")
    throw DemoRuleError("rule \"" + std::string(rule) + "\": use 1st 2nd 3rd 4th or last");
  return Select(first, last, [&](const LocalDate& d) {
    if (d.Weekday() != weekday) return false;
    if (nth == 0) return d.day + 7 > d.DaysInMonth();
    return (d.day - 1) / 7 + 1 == nth;
  });
}

std::vector<LocalDate> ExpandOnce(std::string_view offset_text, std::string_view rule, const LocalDate& today,
                                  const LocalDate& first, const LocalDate& last) {
  if (offset_text.starts_with('+')) offset_text.remove_prefix(1);
  int offset = 0;
  const auto [end, error] =
      std::from_chars(offset_text.data(), offset_text.data() + offset_text.size(), offset);
  if (error != std::errc() || end != offset_text.data() + offset_text.size() || offset_text.empty()) {
    throw DemoRuleError("rule \"" + std::string(rule) + "\": offset must be a number of days like +3 or -2");
  }
  const LocalDate day = today.AddDays(offset);
  if (day < first || day > last) return {};
  return {day};
}

}  // namespace

std::vector<LocalDate> ExpandDemoRule(std::string_view rule, const LocalDate& today, const LocalDate& first,
                                      const LocalDate& last) {
  if (rule == "daily") return Select(first, last, [](const LocalDate&) { return true; });
  if (rule == "weekdays") {
    return Select(first, last, [](const LocalDate& d) { return d.Weekday() >= 1 && d.Weekday() <= 5; });
  }
  const size_t colon = rule.find(':');
  const std::string_view kind = rule.substr(0, colon);
  const std::string_view argument =
      colon == std::string_view::npos ? std::string_view() : rule.substr(colon + 1);
  if (kind == "weekly" && !argument.empty()) return ExpandWeekly(argument, rule, first, last);
  if (kind == "monthly" && !argument.empty()) return ExpandMonthly(argument, rule, first, last);
  if (kind == "once" && !argument.empty()) return ExpandOnce(argument, rule, today, first, last);
  throw DemoRuleError("unknown rule \"" + std::string(rule) +
                      "\" (use daily, weekdays, weekly:SA, monthly:2nd-SA or once:+3)");
}

}  // namespace kiosk
