// tests/core/sync/export_contents_test.cpp — every table of the schema is either carried by an
// export or kept local, so a table a later migration adds cannot be silently left out of sync.
#include "kiosk/core/sync/export_contents.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {
namespace {

TEST(ExportContents, EveryTableIsExportedOrKeptLocalExactlyOnce) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  std::set<std::string> listed;
  for (const std::string_view t : sync::kExportedTables) EXPECT_TRUE(listed.emplace(t).second) << t;
  for (const std::string_view t : sync::kUnexportedTables) EXPECT_TRUE(listed.emplace(t).second) << t;
  db::Statement tables(db,
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name <> 'meta'");
  std::set<std::string> in_schema;
  while (tables.Step()) in_schema.insert(tables.ColumnText(0));
  EXPECT_EQ(listed, in_schema) << "a table is missing from kiosk/core/sync/export_contents.h (or gone "
                                  "from the schema)";
}

}  // namespace
}  // namespace kiosk
