// tests/core/sync/export_refusal_test.cpp — a damaged or hostile export is refused with one
// readable line and the kiosk keeps exactly yesterday's data.
#include <gtest/gtest.h>

#include <fstream>

#include "kiosk/core/sync/latest_file.h"
#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/sync/untrusted_database.h"
#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

class ExportRefusalTest : public SyncTest {
 protected:
  ExportRefusalTest() {
    Publish();
    AddKiosk("A");
    EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));
    master().Exec("UPDATE events SET title = '新标题'");
    published_ = Publish();
  }

  // Everything a resident could see, as one text, to compare before and after.
  std::string Snapshot() {
    std::string out;
    for (const char* sql :
         {"SELECT group_concat(title) FROM events", "SELECT group_concat(id || status) FROM signups",
          "SELECT group_concat(key || value) FROM meta", "SELECT count(*) FROM outbox"}) {
      db::Statement query(kiosk("A"), sql);
      query.Step();
      out += query.ColumnText(0) + "|";
    }
    return out;
  }

  // Replaces the published export by `bytes` and LATEST by a line that matches them.
  void Republish(const std::string& bytes, bool matching_latest = true) {
    {
      std::ofstream out(published_.file, std::ios::binary | std::ios::trunc);
      out << bytes;
    }
    if (matching_latest)
      sync::WriteLatest(share(), {published_.number, sync::FileSha256(published_.file), bytes.size()});
  }

  std::string ExportBytes() { return sync::ReadSmallFile(published_.file, 1 << 26); }

  // Runs the sync and returns its error line ("" when it did not fail).
  std::string Refusal() {
    try {
      SyncKiosk("A");
    } catch (const sync::SyncError& error) {
      return error.what();
    }
    return "";
  }

  // Edits a local copy of the export with SQL and publishes it as is.
  void PublishEdited(const std::string& sql) {
    const std::filesystem::path copy = root_ / "edited.sqlite";
    std::filesystem::copy_file(published_.file, copy, std::filesystem::copy_options::overwrite_existing);
    {
      db::Database db(copy.string(), db::OpenMode::kReadWrite);
      db.Exec(sql);
    }
    Republish(sync::ReadSmallFile(copy, 1 << 26));
  }

  void ExpectRefusedAndUntouched(const std::string& needle) {
    const std::string before = Snapshot();
    const std::string line = Refusal();
    EXPECT_NE(line.find(needle), std::string::npos) << line;
    EXPECT_NE(line.find(" / "), std::string::npos) << "Chinese then English: " << line;
    EXPECT_EQ(Snapshot(), before);
    EXPECT_EQ(db::QueryInt(kiosk("A"), "SELECT count(*) FROM sync_log WHERE result = 'failed'"), 1);
  }

  sync::PublishedExport published_;
};

TEST_F(ExportRefusalTest, AGoodExportIsTakenAndTheOwnSignUpKept) {
  EXPECT_EQ(Refusal(), "");
  EXPECT_EQ(db::QueryInt(kiosk("A"), "SELECT count(*) FROM events WHERE title = '新标题'"), 1);
  EXPECT_EQ(db::QueryInt(kiosk("A"), "SELECT count(*) FROM signups WHERE status = 'confirmed'"), 1);
}

// `count` more sign-ups in the export, Z9-1 ... on occurrence 1, phones 1 ...; `duplicate`: the
// last one twice (Z9-0 too). The export's UNIQUE index says one live sign-up per person and
// occurrence, so its rows are written with that index declared plain and its text put back:
// quick_check does not compare an index with its table, only the kiosk's own index can tell.
std::string AddSignUps(int count, bool duplicate) {
  const std::string n = std::to_string(count);
  return "PRAGMA writable_schema = ON;"
         "UPDATE sqlite_schema SET sql = replace(sql, 'UNIQUE ', '') WHERE name = 'signups_one_per_person';"
         "PRAGMA writable_schema = RESET;"
         "WITH RECURSIVE k(i) AS (SELECT " +
         std::string(duplicate ? "0" : "1") + " UNION ALL SELECT i + 1 FROM k WHERE i < " + n +
         ") INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, "
         "status) "
         "SELECT 'Z9-' || i, 'Z9', '2026-11-20T10:00', 1, printf('%064d', max(i, 1)), '1234', 'confirmed' "
         "FROM k;"
         "PRAGMA writable_schema = ON;"
         "UPDATE sqlite_schema SET sql = replace(sql, 'CREATE INDEX', 'CREATE UNIQUE INDEX') "
         "WHERE name = 'signups_one_per_person';"
         "PRAGMA writable_schema = RESET;";
}

// A big table's secondary indexes are dropped for the bulk copy and built again: the kiosk ends
// with exactly its own schema, every index in place and whole.
TEST_F(ExportRefusalTest, AfterABigImportTheKioskHasEveryIndexOfItsSchema) {
  PublishEdited(AddSignUps(12'000, false));
  const int64_t indexes = db::QueryInt(kiosk("A"), "SELECT count(*) FROM sqlite_schema WHERE type = 'index'");
  EXPECT_EQ(Refusal(), "");
  EXPECT_EQ(db::QueryInt(kiosk("A"), "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"), indexes);
  EXPECT_NO_THROW(sync::RequireKioskSchema(kiosk("A"), "本机", "kiosk"));
  EXPECT_GE(db::QueryInt(kiosk("A"), "SELECT count(*) FROM signups"), 12'000);
  EXPECT_EQ(db::QueryInt(kiosk("A"),
                         "SELECT count(*) FROM signups INDEXED BY signups_by_phone "
                         "WHERE phone_hash > ''"),
            db::QueryInt(kiosk("A"), "SELECT count(*) FROM signups"));
  db::Statement integrity(kiosk("A"), "PRAGMA integrity_check");
  ASSERT_TRUE(integrity.Step());
  EXPECT_EQ(integrity.ColumnText(0), "ok");
}

TEST_F(ExportRefusalTest, TwoLiveSignUpsOfOnePersonOnOneOccurrenceAreRefused) {
  PublishEdited(AddSignUps(1, true));
  ExpectRefusedAndUntouched("invalid rows");
  EXPECT_NE(Refusal().find("UNIQUE"), std::string::npos);
}

TEST_F(ExportRefusalTest, TwoLiveSignUpsOfOnePersonAreRefusedInABigExportToo) {
  PublishEdited(AddSignUps(12'000, true));
  ExpectRefusedAndUntouched("invalid rows");
  EXPECT_NE(Refusal().find("UNIQUE"), std::string::npos);
}

TEST_F(ExportRefusalTest, ATruncatedCopyIsRefusedBySize) {
  const std::string bytes = ExportBytes();
  const sync::LatestExport latest = *sync::ReadLatest(share());
  Republish(bytes.substr(0, bytes.size() / 2), false);
  sync::WriteLatest(share(), latest);
  ExpectRefusedAndUntouched("size");
}

TEST_F(ExportRefusalTest, AFlippedBitIsRefusedBySha256) {
  std::string bytes = ExportBytes();
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
  const sync::LatestExport latest = *sync::ReadLatest(share());
  Republish(bytes, false);
  sync::WriteLatest(share(), latest);
  ExpectRefusedAndUntouched("sha256");
}

TEST_F(ExportRefusalTest, ATruncatedFileWithAMatchingLatestIsRefusedAsDamaged) {
  const std::string bytes = ExportBytes();
  Republish(bytes.substr(0, bytes.size() - 4096));
  ExpectRefusedAndUntouched("export");
}

TEST_F(ExportRefusalTest, NotSqliteAtAllIsRefused) {
  Republish(std::string(8192, 'x'));
  ExpectRefusedAndUntouched("cannot be read");
}

TEST_F(ExportRefusalTest, AFutureSchemaVersionIsRefused) {
  PublishEdited("PRAGMA user_version = 99");
  ExpectRefusedAndUntouched("update the kiosk software");
}

TEST_F(ExportRefusalTest, TriggersOrViewsAreRefused) {
  PublishEdited("CREATE TRIGGER t AFTER INSERT ON sites BEGIN DELETE FROM events; END");
  ExpectRefusedAndUntouched("triggers or views");
}

TEST_F(ExportRefusalTest, AMissingTableIsRefused) {
  PublishEdited("DROP TABLE bookings");
  ExpectRefusedAndUntouched("lacks bookings");
}

TEST_F(ExportRefusalTest, ARowBreakingAConstraintRollsEverythingBack) {
  // The hostile file was written with its CHECK constraints switched off.
  PublishEdited("PRAGMA ignore_check_constraints = ON; UPDATE sites SET name_zh = ''");
  ExpectRefusedAndUntouched("invalid rows");
}

TEST_F(ExportRefusalTest, ARowReferringToNothingIsRefusedNamingTableRowAndField) {
  PublishEdited("PRAGMA foreign_keys = OFF; UPDATE occurrences SET event_id = 999");
  ExpectRefusedAndUntouched(
      "export: occurrences row 1, event_id refers to a events row the export does not have");
}

// Each kind of field check runs on the untrusted copy before the transaction: the line names the
// table, the row and the field, Chinese first.
TEST_F(ExportRefusalTest, ADayThatDoesNotExistIsRefused) {
  PublishEdited("PRAGMA ignore_check_constraints = ON; UPDATE occurrences SET start_at = '2026-02-30T09:00'");
  ExpectRefusedAndUntouched(
      "export: occurrences row 1, start_at is not a real date and time between 1900 and 2200");
  EXPECT_NE(Refusal().find("导出文件 occurrences 表第 1 行 start_at"), std::string::npos);
}

TEST_F(ExportRefusalTest, AYearPast2200IsRefused) {
  PublishEdited("PRAGMA ignore_check_constraints = ON; UPDATE occurrences SET end_at = '9999-12-10T18:00'");
  ExpectRefusedAndUntouched(
      "occurrences row 1, end_at is not a real date and time between 1900 and 2200 "
      "(9999-12-10T18:00)");
}

TEST_F(ExportRefusalTest, AnHourPastMidnightIsRefused) {
  PublishEdited("PRAGMA ignore_check_constraints = ON; UPDATE rooms SET close_time = '25:00'");
  ExpectRefusedAndUntouched("rooms row 1, close_time is not a time between 00:00 and 24:00");
}

TEST_F(ExportRefusalTest, InvalidUtf8IsRefused) {
  PublishEdited("UPDATE events SET title = CAST(x'e5bf' AS TEXT)");
  ExpectRefusedAndUntouched("export: events row 1, title");
}

TEST_F(ExportRefusalTest, AControlCharacterIsRefused) {
  PublishEdited("UPDATE sites SET name_zh = '福圣' || char(0) || '社区'");
  ExpectRefusedAndUntouched("export: sites row 1, name_zh");
}

TEST_F(ExportRefusalTest, ATitleLongerThanTheCapIsRefused) {
  PublishEdited("UPDATE events SET title = replace(printf('%201s', ''), ' ', '长')");
  ExpectRefusedAndUntouched("export: events row 1, title");
}

TEST_F(ExportRefusalTest, ANumberWhereTextBelongsIsRefused) {
  PublishEdited("UPDATE events SET venue = x'3432'");  // a TEXT column would turn a number into text
  ExpectRefusedAndUntouched("export: events row 1, venue is not text (blob)");
}

TEST_F(ExportRefusalTest, APhoneHashThatIsNotHexIsRefused) {
  PublishEdited(
      "INSERT INTO volunteers(id, display_name, volunteer_code, phone_hash, phone_last4) "
      "VALUES(7, '张三', 'V7', replace(printf('%64s', ''), ' ', 'z'), '1234')");
  ExpectRefusedAndUntouched("volunteers row 7, phone_hash is not a phone hash of 64 hex digits");
}

TEST_F(ExportRefusalTest, TooManyRowsAreRefused) {
  PublishEdited(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
      "INSERT INTO meta(key, value) SELECT 'extra' || i, 'x' FROM n");
  ExpectRefusedAndUntouched("export: meta has");
  EXPECT_NE(Refusal().find("rows, more than 1000"), std::string::npos);
}

TEST_F(ExportRefusalTest, AnExtraTableIsRefused) {
  PublishEdited("CREATE TABLE extra(x, y GENERATED ALWAYS AS (length(x)))");
  ExpectRefusedAndUntouched("schema is not this kiosk's: table extra differs");
}

TEST_F(ExportRefusalTest, AnExtraIndexIsRefused) {
  PublishEdited("CREATE INDEX sneaky ON events(title)");
  ExpectRefusedAndUntouched("schema is not this kiosk's: index sneaky differs");
}

TEST_F(ExportRefusalTest, AnExportForAnotherDistrictKeyIsRefused) {
  PublishEdited("UPDATE meta SET value = 'ffffffffffffffff' WHERE key = 'phone_key_fingerprint'");
  ExpectRefusedAndUntouched("another district key");
}

TEST_F(ExportRefusalTest, AGarbledLatestIsRefused) {
  sync::WriteFileDurably(share() / "export" / "LATEST", "000002 not-a-hash 12\n");
  ExpectRefusedAndUntouched("LATEST");
}

}  // namespace
}  // namespace kiosk::testing
