// kiosk/core/sync/table_replace.cpp — the two ways of making a kiosk table equal to the export's.
#include "kiosk/core/sync/table_replace.h"

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/core/sync/untrusted_database.h"

namespace kiosk::sync {

namespace {

// Tables with fewer rows than this keep their indexes through a whole copy: a few thousand
// inserts cost less than a drop and a build (and a schema change).
constexpr int64_t kRebuildIndexesFromRows = 10'000;

struct TableShape {
  std::string name;                  // quoted
  std::vector<std::string> columns;  // quoted, in order
  bool has_rowid = true;
  bool rowid_is_column = false;  // an INTEGER PRIMARY KEY: the rowid is already in `columns`
};

TableShape ShapeOf(db::Database& kiosk, std::string_view table) {
  TableShape shape;
  shape.name = QuotedName(table);
  int key_columns = 0;
  bool integer_key = false;
  db::Statement info(kiosk, "SELECT name, upper(type), pk FROM pragma_table_info(?1, 'main')");
  info.Bind(1, table);
  while (info.Step()) {
    shape.columns.push_back(QuotedName(info.ColumnText(0)));
    if (info.ColumnInt(2) > 0) {
      ++key_columns;
      integer_key = info.ColumnText(1) == "INTEGER";
    }
  }
  db::Statement list(kiosk, "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?1");
  list.Bind(1, table);
  shape.has_rowid = list.Step() && list.ColumnInt(0) == 0;
  shape.rowid_is_column = shape.has_rowid && key_columns == 1 && integer_key;
  return shape;
}

// "rowid, a, b" (prefixed "e.": "e.rowid, e.a, e.b"): the columns a copy names, the rowid first
// when it is not a column of its own.
std::string CopiedColumns(const TableShape& shape, const std::string& prefix = "") {
  std::string list = shape.has_rowid && !shape.rowid_is_column ? prefix + "rowid" : "";
  for (const std::string& column : shape.columns) list += (list.empty() ? "" : ", ") + prefix + column;
  return list;
}

// count(*) reads the smallest index: the kiosk's own are true; the export's only guide a choice.
int64_t Rows(db::Database& kiosk, const std::string& schema, const TableShape& shape) {
  return db::QueryInt(kiosk, "SELECT count(*) FROM " + schema + "." + shape.name);
}

// The secondary indexes of `table` (name, CREATE INDEX text as our own schema states it); not the
// PRIMARY KEY and UNIQUE column indexes, which SQLite makes itself.
std::vector<std::pair<std::string, std::string>> SecondaryIndexes(db::Database& kiosk,
                                                                  std::string_view table) {
  std::vector<std::pair<std::string, std::string>> indexes;
  db::Statement list(kiosk,
                     "SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND "
                     "sql IS NOT NULL");
  list.Bind(1, table);
  while (list.Step()) indexes.emplace_back(list.ColumnText(0), list.ColumnText(1));
  return indexes;
}

// Every row anew. A big table's secondary indexes are dropped for the delete and the copy and
// built again after them: building an index in one sorted pass costs a fraction of a million
// inserts into it in the export's order (tests/bench/sync_bench.cpp, BM_KioskImport). A UNIQUE
// one refuses duplicates as it is built.
void CopyWhole(db::Database& kiosk, std::string_view table, const TableShape& shape, int64_t held_rows,
               int64_t exported_rows) {
  std::vector<std::pair<std::string, std::string>> indexes;
  if (std::max(held_rows, exported_rows) >= kRebuildIndexesFromRows) indexes = SecondaryIndexes(kiosk, table);
  for (const auto& index : indexes) kiosk.Exec("DROP INDEX main." + QuotedName(index.first));
  kiosk.Exec("DELETE FROM main." + shape.name);
  const std::string columns = CopiedColumns(shape);
  // A column list, so SQLite decodes every row rather than copying raw records.
  kiosk.Exec("INSERT INTO main." + shape.name + "(" + columns + ") SELECT " + columns + " FROM export." +
             shape.name);
  for (const auto& index : indexes) kiosk.Exec(index.second);
}

}  // namespace

int64_t ReplaceTable(db::Database& kiosk, std::string_view table, std::optional<int64_t> exported_rows) {
  const TableShape shape = ShapeOf(kiosk, table);
  const int64_t held_rows = Rows(kiosk, "main", shape);
  const int64_t export_rows_guess = exported_rows ? *exported_rows : Rows(kiosk, "export", shape);
  if (!shape.has_rowid || held_rows == 0) {
    CopyWhole(kiosk, table, shape, held_rows, export_rows_guess);
    return Rows(kiosk, "main", shape);
  }
  // The rows held here that the export does not hold identically under the same rowid, and
  // whether the export has a row under that rowid at all.
  std::string same;
  for (const std::string& column : shape.columns) same += " AND e." + column + " IS m." + column;
  kiosk.Exec("CREATE TEMP TABLE import_differing(held_rowid INTEGER PRIMARY KEY, exported INTEGER NOT NULL)");
  struct DropTemp {
    db::Database& kiosk;
    ~DropTemp() {
      sqlite3_exec(kiosk.handle(), "DROP TABLE IF EXISTS temp.import_differing", nullptr, nullptr, nullptr);
    }
  } drop_temp{kiosk};
  // One rowid probe per held row; a join rather than NOT EXISTS, a sixth less work.
  kiosk.Exec("INSERT INTO temp.import_differing SELECT m.rowid, e.rowid IS NOT NULL FROM main." + shape.name +
             " AS m LEFT JOIN export." + shape.name +
             " AS e ON e.rowid = m.rowid WHERE e.rowid IS NULL OR NOT (1" + same + ")");
  const int64_t differing = kiosk.Changes();
  if (differing >= kRebuildIndexesFromRows && differing * 4 > held_rows) {
    CopyWhole(kiosk, table, shape, held_rows, export_rows_guess);
    return Rows(kiosk, "main", shape);
  }
  const int64_t last_held = db::QueryInt(kiosk, "SELECT max(rowid) FROM main." + shape.name);
  const int64_t changed = db::QueryInt(kiosk, "SELECT count(*) FROM temp.import_differing WHERE exported");
  kiosk.Exec("DELETE FROM main." + shape.name +
             " WHERE rowid IN (SELECT held_rowid FROM temp.import_differing)");
  const std::string insert = "INSERT INTO main." + shape.name + "(" + CopiedColumns(shape) + ") SELECT " +
                             CopiedColumns(shape, "e.") + " FROM export." + shape.name + " AS e WHERE ";
  // The export's rows are the ones kept, the changed ones and those past the last rowid held,
  // unless it has more (under a rowid between two held ones): then one pass over it finds them.
  const int64_t beyond = [&] {
    db::Statement count(kiosk, "SELECT count(*) FROM export." + shape.name + " WHERE rowid > ?1");
    count.Bind(1, last_held);
    count.Step();
    return count.ColumnInt(0);
  }();
  if (exported_rows && *exported_rows == held_rows - differing + changed + beyond) {
    kiosk.Exec(insert + "e.rowid IN (SELECT held_rowid FROM temp.import_differing WHERE exported)");
    db::Statement(kiosk, insert + "e.rowid > ?1").Bind(1, last_held).Run();
  } else {
    kiosk.Exec(insert + "NOT EXISTS (SELECT 1 FROM main." + shape.name + " AS m WHERE m.rowid = e.rowid)");
  }
  return Rows(kiosk, "main", shape);
}

}  // namespace kiosk::sync
