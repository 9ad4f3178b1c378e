// kiosk/core/storage/stored_times.cpp — reading a stored time, and finding (and logging) the
// occurrences and check-ins no screen can show.
#include "kiosk/core/storage/stored_times.h"

#include <stdexcept>

#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk {

LocalDateTime ParseStoredTime(const std::string& text, const char* what) {
  const auto parsed = LocalDateTime::ParseIso(text);
  if (!parsed) {
    throw std::runtime_error(std::string("数据库时间无效 / invalid stored time in ") + what + ": \"" +
                             PrintableText(text) + "\"");
  }
  return *parsed;
}

std::vector<std::string> UnshowableOccurrences(db::Database& db) {
  db::Statement query(db,
                      "SELECT o.id, o.start_at, o.end_at, e.signup_opens, e.signup_closes FROM occurrences o "
                      "JOIN events e ON e.id = o.event_id WHERE NOT (1" KIOSK_SHOWN_OCCURRENCE_SQL
                      ") ORDER BY o.id");
  std::vector<std::string> lines;
  while (query.Step()) {
    std::string line = "occurrence " + std::to_string(query.ColumnInt(0)) + " start_at \"" +
                       PrintableText(query.ColumnText(1)) + "\" end_at \"" +
                       PrintableText(query.ColumnText(2)) + "\"";
    if (const auto opens = query.ColumnOptionalText(3))
      line += " signup_opens \"" + PrintableText(*opens) + "\"";
    if (const auto closes = query.ColumnOptionalText(4))
      line += " signup_closes \"" + PrintableText(*closes) + "\"";
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::string> UnshowableCheckins(db::Database& db) {
  db::Statement query(
      db,
      "SELECT c.id, c.checked_in_at, c.checked_out_at FROM checkins c WHERE NOT (1" KIOSK_SHOWN_CHECKIN_SQL
      ") ORDER BY c.id");
  std::vector<std::string> lines;
  while (query.Step()) {
    std::string line = "check-in " + PrintableText(query.ColumnText(0)) + " checked_in_at \"" +
                       PrintableText(query.ColumnText(1)) + "\"";
    if (const auto out = query.ColumnOptionalText(2))
      line += " checked_out_at \"" + PrintableText(*out) + "\"";
    lines.push_back(std::move(line));
  }
  return lines;
}

int LogUnshowableStoredTimes(db::Database& db) noexcept {
  std::vector<std::string> lines;
  try {
    lines = UnshowableOccurrences(db);
    for (std::string& line : UnshowableCheckins(db)) lines.push_back(std::move(line));
  } catch (const std::exception& error) {  // a database that cannot be read says so on its first screen
    LogStorageFailure("checking stored times", error);
    return 0;
  }
  for (const std::string& line : lines) {
    LogStoredValueSkipped("时间无效，不显示 / invalid time, not shown: " + line);
  }
  return static_cast<int>(lines.size());
}

}  // namespace kiosk
