// kiosk/core/sync/export_validation.h — every row of an untrusted export checked on its hardened
// read-only connection before the kiosk's transaction begins, so a bad export is refused with a
// line naming the table, the row and the field, and the kiosk's data is never touched.
//
// Checked: each table's row count against a ceiling (kExportRowLimits); every date, date-time and
// clock time a real calendar value between 1900 and 2200 ("2026-02-30" is refused); every text
// field through the text gate (text/text_gate.h: valid UTF-8, no control characters, a length cap
// per field); every reference (PRAGMA foreign_key_check: each foreign id exists in the export).
// The schema itself (version, tables, columns, word for word) is checked before this.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk::sync {

struct RowLimit {
  std::string_view table;
  int64_t max_rows;
};

// The most rows an export may hold per table: far above a city's real figures, low enough that a
// kiosk never starts a transaction it cannot finish.
inline constexpr std::array<RowLimit, 14> kExportRowLimits = {{{"meta", 1'000},
                                                               {"sites", 10'000},
                                                               {"rooms", 10'000},
                                                               {"room_hours", 100'000},
                                                               {"room_closures", 100'000},
                                                               {"categories", 1'000},
                                                               {"organizers", 10'000},
                                                               {"events", 500'000},
                                                               {"occurrences", 2'000'000},
                                                               {"volunteers", 200'000},
                                                               {"signups", 5'000'000},
                                                               {"checkins", 5'000'000},
                                                               {"bookings", 2'000'000},
                                                               {"kiosk_acks", 10'000}}};

// Throws SyncError, e.g. "导出文件 signups 表第 12 行 created_at 不是 1900–2200 年间的有效日期时间
// （2026-02-30T10:00） / export: signups row 12, created_at is not a real date and time between
// 1900 and 2200 (2026-02-30T10:00)". Returns the rows of each table it read, counted on the
// table itself (an index of a file from elsewhere may disagree with its table).
using ExportRowCounts = std::map<std::string, int64_t, std::less<>>;
ExportRowCounts ValidateExportRows(db::Database& exported);

}  // namespace kiosk::sync
