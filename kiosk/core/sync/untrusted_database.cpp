// kiosk/core/sync/untrusted_database.cpp — the hardened read-only open of a file from the share.
#include "kiosk/core/sync/untrusted_database.h"

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <utility>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk::sync {

namespace {

using SchemaItems = std::set<std::pair<std::string, std::string>>;  // (name, sql)

SchemaItems SchemaOf(db::Database& db, const char* where) {
  SchemaItems items;
  db::Statement list(db, std::string("SELECT type || ' ' || name, sql FROM sqlite_schema WHERE ") + where);
  while (list.Step()) items.emplace(list.ColumnText(0), list.ColumnText(1));
  return items;
}

constexpr const char* kEverything = "substr(name, 1, 7) <> 'sqlite_'";  // not SQLite's own

// Our own migrations' schema, from a fresh database: what an export must hold word for word.
const SchemaItems& OurSchema() {
  static const SchemaItems ours = [] {
    db::Database fresh = OpenKioskDatabase(":memory:", true);
    return SchemaOf(fresh, kEverything);
  }();
  return ours;
}

}  // namespace

db::Database OpenUntrusted(const std::filesystem::path& local_copy, const std::string& what_zh,
                           const std::string& what_en) {
  const std::string where = " (" + local_copy.filename().string() + ")";
  try {
    db::Database db(local_copy.string(), db::OpenMode::kReadOnly);
    sqlite3* handle = db.handle();
    int previous = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &previous);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &previous);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &previous);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &previous);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &previous);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, kUntrustedMaxValueBytes);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 20);
    sqlite3_limit(handle, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(handle, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, 10);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    db.Exec("PRAGMA trusted_schema = OFF");
    db.Exec("PRAGMA cell_size_check = ON");
    db.Exec("PRAGMA mmap_size = 0");
    db.Exec("PRAGMA query_only = ON");
    {
      db::Statement check(db, "PRAGMA quick_check");
      if (!check.Step() || check.ColumnText(0) != "ok")
        throw SyncError(what_zh + "已损坏" + where, what_en + " is damaged" + where + ": quick_check failed");
    }
    if (db::QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')") > 0)
      throw SyncError(what_zh + "含有触发器或视图" + where, what_en + " contains triggers or views" + where);
    return db;
  } catch (const db::SqliteError& error) {
    throw SyncError(what_zh + "无法读取" + where, what_en + " cannot be read" + where + ": " + error.what());
  }
}

void RequireTable(db::Database& db, const std::string& table, const std::vector<std::string>& columns,
                  const std::string& what_zh, const std::string& what_en) {
  std::set<std::string> present;
  db::Statement info(db, "SELECT name FROM pragma_table_info(?1)");
  info.Bind(1, table);
  while (info.Step()) present.insert(info.ColumnText(0));
  for (const std::string& column : columns) {
    if (!present.contains(column))
      throw SyncError(what_zh + "缺少 " + table + "." + column, what_en + " lacks " + table + "." + column);
  }
}

void RequireKioskSchema(db::Database& db, const std::string& what_zh, const std::string& what_en) {
  const SchemaItems found = SchemaOf(db, kEverything), &ours = OurSchema();
  if (found == ours) return;
  std::vector<std::pair<std::string, std::string>> differ;
  std::set_symmetric_difference(found.begin(), found.end(), ours.begin(), ours.end(),
                                std::back_inserter(differ));
  throw SyncError(
      what_zh + "的表结构与本机不同（" + PrintableText(differ.front().first) + "）",
      what_en + "'s schema is not this kiosk's: " + PrintableText(differ.front().first) + " differs");
}

std::string QuotedName(std::string_view name) {
  std::string quoted(1, '"');  // appended, not "\"" + ...: GCC 12 warns falsely there (-Wrestrict)
  quoted += name;
  quoted += '"';
  return quoted;
}

}  // namespace kiosk::sync
