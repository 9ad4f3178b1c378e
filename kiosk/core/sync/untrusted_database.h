// kiosk/core/sync/untrusted_database.h — opening an SQLite file that came from elsewhere (an
// export on a kiosk, a batch at the office) so that a hostile file can do nothing but be refused:
// a LOCAL copy, read-only, SQLITE_DBCONFIG_DEFENSIVE, trusted_schema=OFF, cell_size_check=ON,
// no mmap, tight limits, quick_check passed, and no triggers or views in it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk::sync {

// The largest text or blob the file may hold (a poster is at most a few MB).
constexpr int kUntrustedMaxValueBytes = 16 * 1024 * 1024;

// Opens, hardens and checks; throws SyncError naming `what` ("导出文件 / export") and the problem.
db::Database OpenUntrusted(const std::filesystem::path& local_copy, const std::string& what_zh,
                           const std::string& what_en);

// Throws SyncError unless `table` exists with at least `columns` (by name).
void RequireTable(db::Database& db, const std::string& table, const std::vector<std::string>& columns,
                  const std::string& what_zh, const std::string& what_en);

// Every table, index and trigger exactly our migrations' own, word for word (an export is the
// master's schema): no generated column, no extra table or index whose expressions the kiosk's
// connection would run when the file is attached. Throws SyncError naming the first difference.
void RequireKioskSchema(db::Database& db, const std::string& what_zh, const std::string& what_en);

// One of our own table or column names as an SQL identifier: "name".
std::string QuotedName(std::string_view name);

}  // namespace kiosk::sync
