// kiosk/core/sync/table_replace.h — one table of the kiosk made equal to the attached export's
// (schema "export", validated whole before), inside the caller's transaction: only the rows that
// differ when most rows are the same (every night), else every row with the table's indexes built
// again in one sorted pass (a new kiosk, or a night after which most rows changed).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk::sync {

// Afterwards main.`table` holds exactly export.`table`'s rows, under the export's rowids (which
// are the office master's, kept by VACUUM INTO: so tomorrow's export lines up with today's row
// by row). Returns the rows main.`table` holds afterwards. Every row written passes the kiosk's CHECK, NOT
// NULL and UNIQUE constraints (a row kept was written under them before, and is the same row); foreign keys
// are the caller's to check, over the whole result.
// `exported_rows`: the export's rows counted on its table (the validation's count), when known:
// then a night's new rows are found by their rowids instead of by one more pass over the export.
int64_t ReplaceTable(db::Database& kiosk, std::string_view table,
                     std::optional<int64_t> exported_rows = std::nullopt);

}  // namespace kiosk::sync
