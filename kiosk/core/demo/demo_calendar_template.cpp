// kiosk/core/demo/demo_calendar_template.cpp — the {{TODAY...}} placeholders of the demo calendar.
#include "kiosk/core/demo/demo_calendar_template.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "kiosk/core/text/csv_table.h"

namespace kiosk {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

// The date a placeholder body ("TODAY+3" or "TODAY+3:TU,FR") names; nullopt if malformed.
std::optional<LocalDate> Resolve(std::string_view body, const LocalDate& today) {
  if (!body.starts_with("TODAY")) return std::nullopt;
  body.remove_prefix(5);
  const size_t colon = body.find(':');
  std::string_view offset_text = body.substr(0, colon);
  if (offset_text.starts_with('+')) offset_text.remove_prefix(1);
  int offset = 0;
  const auto [end, error] = std::from_chars(offset_text.data(), offset_text.data() + offset_text.size(), offset);
  if (offset_text.empty() || error != std::errc() || end != offset_text.data() + offset_text.size()) return std::nullopt;
  LocalDate day = today.AddDays(offset);
  if (colon == std::string_view::npos) return day;
  std::array<bool, 7> wanted{};
  std::string_view days = body.substr(colon + 1);
  while (!days.empty()) {
    const size_t comma = days.find(',');
    const auto it = std::find(kWeekdays.begin(), kWeekdays.end(), days.substr(0, comma));
    if (it == kWeekdays.end()) return std::nullopt;
    wanted[static_cast<size_t>(it - kWeekdays.begin())] = true;
    days = comma == std::string_view::npos ? std::string_view() : days.substr(comma + 1);
  }
  if (std::none_of(wanted.begin(), wanted.end(), [](bool b) { return b; })) return std::nullopt;
  while (!wanted[static_cast<size_t>(day.Weekday())]) day = day.AddDays(1);
  return day;
}

}  // namespace

std::string ExpandDemoCalendarTemplate(std::string_view text, const std::string& file_name, const LocalDate& today) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (true) {
    const size_t open = text.find("{{", pos);
    if (open == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const size_t close = text.find("}}", open);
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(open), '\n'));
    const std::string_view body =
        close == std::string_view::npos ? text.substr(open + 2) : text.substr(open + 2, close - open - 2);
    const auto day = close == std::string_view::npos ? std::nullopt : Resolve(body, today);
    if (!day) {
      throw SourceFileError(file_name + ":" + std::to_string(line) + ": bad date placeholder {{" +
                            std::string(body.substr(0, 40)) + "}} (use {{TODAY+3}} or {{TODAY+3:TU,FR}})");
    }
    char basic[16];
    std::snprintf(basic, sizeof basic, "%04d%02d%02d", day->year % 10000, day->month % 100, day->day % 100);
    out += basic;
    pos = close + 2;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace kiosk
