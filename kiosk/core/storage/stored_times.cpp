// kiosk/core/storage/stored_times.cpp — finding (and logging) the occurrences no listing can show.
#include "kiosk/core/storage/stored_times.h"

#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk {

std::vector<std::string> UnshowableOccurrences(db::Database& db) {
  db::Statement query(
      db, "SELECT o.id, o.start_at, o.end_at FROM occurrences o WHERE NOT (1" KIOSK_SHOWN_OCCURRENCE_SQL
          ") ORDER BY o.id");
  std::vector<std::string> lines;
  while (query.Step()) {
    lines.push_back("occurrence " + std::to_string(query.ColumnInt(0)) + " start_at \"" +
                    PrintableText(query.ColumnText(1)) + "\" end_at \"" + PrintableText(query.ColumnText(2)) +
                    "\"");
  }
  return lines;
}

int LogUnshowableOccurrences(db::Database& db) {
  const std::vector<std::string> lines = UnshowableOccurrences(db);
  for (const std::string& line : lines) {
    LogStoredValueSkipped("时间无效，不显示 / invalid time, not shown: " + line);
  }
  return static_cast<int>(lines.size());
}

}  // namespace kiosk
