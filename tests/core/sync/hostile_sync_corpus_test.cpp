// tests/core/sync/hostile_sync_corpus_test.cpp — over a thousand hostile exports (taken by a kiosk)
// and batches (merged by the office), generated here: damaged in transit, damaged at the source,
// planted SQL, wrong shapes, absurd values, another kiosk's ids, malformed operations. Each must be
// refused with a readable line of the expected kind (Chinese / English) and leave the database it
// was meant for byte-for-byte as it was. The outcome table goes to the test log.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <random>

#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/sync/export_contents.h"
#include "kiosk/core/sync/latest_file.h"
#include "kiosk/core/sync/share_files.h"
#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

// A file's bytes; the generated files are small except the one 100 MB case.
std::string Bytes(const fs::path& file) { return sync::ReadSmallFile(file, 1u << 28); }

void WriteBytes(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// "... / ..." split: the English half of a refusal line.
std::string English(const std::string& line) {
  const size_t slash = line.find(" / ");
  return slash == std::string::npos ? line : line.substr(slash + 3);
}

struct Outcome {
  int cases = 0;
  std::map<std::string, int> reasons;  // the expected reason each matched, and how often
  std::string example;                 // one refusal line, English half
};

class HostileSyncCorpusTest : public SyncTest {
 protected:
  HostileSyncCorpusTest() {
    master().Exec("UPDATE events SET capacity = 5");
    Publish();
    AddKiosk("A");
    AddKiosk("B");
    EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));  // owed by A: must survive every refusal
    EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpAt("B", 2)));
    EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpAt("B", 3)));
    base_batch_ = sync::WriteBatch(kiosk("B"), work("B"), Now())->file;
    sync::DeliverBatch({base_batch_, 2, 0}, share(), "B");
    EXPECT_EQ(Merge().batches_merged, 1);  // the export then holds sign-ups and an acknowledgement
    fs::remove_all(share() / "inbox");
    master().Exec("UPDATE events SET title = '快乐4点半（新）'");
    const sync::PublishedExport published = Publish();
    export_file_ = published.file;
    base_export_ = Bytes(export_file_);
    latest_ = *sync::ReadLatest(share());
    a_before_ = DatabaseDump(root_ / "A.db");
  }

  ~HostileSyncCorpusTest() override {
    std::printf("\n%-48s %5s  %-40s  %s\n", "kind", "cases", "reason (matched: count)", "example");
    int total = 0;
    for (const auto& [kind, outcome] : table_) {
      total += outcome.cases;
      std::string reasons;
      for (const auto& [reason, count] : outcome.reasons)
        reasons += (reasons.empty() ? "" : ", ") + reason + ": " + std::to_string(count);
      std::printf("%-48s %5d  %-44s  %s\n", kind.c_str(), outcome.cases, reasons.c_str(),
                  outcome.example.c_str());
    }
    std::printf("%-48s %5d\n", "total", total);
  }

  // The export `edit` makes of a copy of the good one, by SQL on a writable connection.
  std::string EditedExport(const std::string& sql) {
    const fs::path copy = root_ / "edited.sqlite";
    WriteBytes(copy, base_export_);
    {
      db::Database db(copy.string(), db::OpenMode::kReadWrite);
      db.Exec(sql);
    }
    return Bytes(copy);
  }

  // Puts `bytes` where LATEST points; LATEST then matches them unless `latest` says otherwise.
  void ExpectExportRefused(const std::string& kind, const std::string& bytes,
                           const std::vector<std::string>& expected,
                           std::optional<std::string> latest_text = std::nullopt) {
    WriteBytes(export_file_, bytes);
    const std::string sha = latest_text ? "" : sync::FileSha256(export_file_);
    sync::WriteFileDurably(share() / "export" / "LATEST",
                           latest_text.value_or(sync::ExportFileStem(latest_.number) + " " + sha + " " +
                                                std::to_string(bytes.size()) + "\n"));
    std::string line;
    try {
      sync::ImportLatestExport(kiosk("A"), share(), work("A"));
    } catch (const sync::SyncError& error) {
      line = error.what();
    }
    Record(kind, line, expected);
    ASSERT_TRUE(DatabaseDump(root_ / "A.db") == a_before_) << kind << ": the kiosk's data changed";
  }

  // The good export with LATEST naming exactly it, but `latest` replaced.
  void ExpectLatestRefused(const std::string& kind, const std::string& latest_text,
                           const std::vector<std::string>& expected) {
    ExpectExportRefused(kind, base_export_, expected, latest_text);
  }

  // Puts a batch file in B's inbox and merges; `bytes` are the whole file.
  void ExpectBatchRefused(const std::string& kind, const std::string& bytes,
                          const std::vector<std::string>& expected, const std::string& inbox = "B") {
    const fs::path folder = share() / "inbox" / inbox;
    fs::create_directories(folder);
    const fs::path file = folder / (inbox + "-000000000009.sqlite");
    WriteBytes(file, bytes);
    const std::string master_before = DatabaseDump(root_ / "master.db");
    const sync::MergeReport merged = Merge();
    ASSERT_EQ(merged.refused.size(), 1u) << kind << ": the batch was not refused";
    Record(kind, merged.refused.front(), expected);
    ASSERT_TRUE(DatabaseDump(root_ / "master.db") == master_before) << kind << ": the master changed";
    fs::remove(file);
  }

  // The base batch edited by SQL.
  std::string EditedBatch(const std::string& sql) {
    const fs::path copy = root_ / "edited-batch.sqlite";
    WriteBytes(copy, Bytes(base_batch_));
    {
      db::Database db(copy.string(), db::OpenMode::kReadWrite);
      db.Exec(sql);
    }
    return Bytes(copy);
  }

  // A batch of B with one op of `kind` and `payload` (after the two good ones).
  std::string BatchWithOp(const std::string& kind, const std::string& payload,
                          const std::string& op_id = "B-9", int64_t seq = 9) {
    const fs::path copy = root_ / "edited-batch.sqlite";
    WriteBytes(copy, Bytes(base_batch_));
    {
      db::Database db(copy.string(), db::OpenMode::kReadWrite);
      db::Statement(db, "INSERT INTO ops(seq, op_id, kind, payload, created_at) VALUES(?1, ?2, ?3, ?4, ?5)")
          .BindAll(seq, op_id, kind, payload, std::string("2026-12-01T09:00"))
          .Run();
    }
    return Bytes(copy);
  }

  void Record(const std::string& kind, const std::string& line, const std::vector<std::string>& expected) {
    const auto matched = std::find_if(expected.begin(), expected.end(), [&](const std::string& needle) {
      return line.find(needle) != std::string::npos;
    });
    ASSERT_TRUE(matched != expected.end()) << kind << ": refused with \"" << line << "\"";
    EXPECT_NE(line.find(" / "), std::string::npos) << kind << ": not Chinese then English: " << line;
    Outcome& outcome = table_[kind];
    ++outcome.cases;
    // One reason per needle; "lacks bookings." and "lacks sites." are one: "lacks".
    ++outcome.reasons[matched->rfind("lacks ", 0) == 0 ? "lacks" : *matched];
    if (outcome.example.empty()) outcome.example = English(line).substr(0, 90);
  }

  std::vector<std::string> Columns(const std::string& table) {
    std::vector<std::string> columns;
    db::Statement info(master(), "SELECT name FROM pragma_table_info(?1)");
    info.Bind(1, table);
    while (info.Step()) columns.push_back(info.ColumnText(0));
    return columns;
  }

  fs::path export_file_, base_batch_;
  std::string base_export_, a_before_;
  sync::LatestExport latest_;
  std::map<std::string, Outcome> table_;
  std::mt19937 random_{20261201};
};

TEST_F(HostileSyncCorpusTest, EveryHostileExportIsRefusedAndTheKioskKeepsItsData) {
  const std::string& good = base_export_;
  const std::string stale_latest =
      sync::ExportFileStem(latest_.number) + " " + latest_.sha256 + " " + std::to_string(latest_.size) + "\n";
  // In transit: cut short or bit-flipped, LATEST still naming the whole file.
  for (int i = 0; i < 60; ++i)
    ExpectExportRefused("export truncated in transit", good.substr(0, random_() % good.size()), {"size"},
                        stale_latest);
  for (int i = 0; i < 300; ++i) {
    std::string flipped = good;
    flipped[random_() % flipped.size()] ^= static_cast<char>(1 << (random_() % 8));
    ExpectExportRefused("export bit-flipped in transit", flipped, {"sha256"}, stale_latest);
  }
  // At the source: cut short, LATEST written for the damaged file.
  for (int i = 0; i < 60; ++i) {
    const size_t cut = i < 10 ? static_cast<size_t>(i) * 37 : 4096 * (random_() % (good.size() / 4096));
    ExpectExportRefused("export truncated at the source", good.substr(0, cut),
                        {"damaged", "cannot be read", "schema version", "lacks"});
  }
  for (int i = 0; i < 40; ++i) {
    std::string noise(64 + random_() % 20000, '\0');
    for (char& c : noise) c = static_cast<char>(random_());
    ExpectExportRefused("export not an SQLite file", noise, {"cannot be read"});
  }
  // LATEST itself wrong or garbled.
  for (int i = 0; i < 40; ++i) {
    std::string sha(64, '0');
    for (char& c : sha) c = "0123456789abcdef"[random_() % 16];
    ExpectLatestRefused(
        "LATEST with a wrong sha256",
        sync::ExportFileStem(latest_.number) + " " + sha + " " + std::to_string(good.size()) + "\n",
        {"sha256"});
  }
  for (const std::string& garbled :
       {std::string("000002\n"), std::string(""), std::string("000002 xyz 12\n"),
        std::string("-1 ") + latest_.sha256 + " 1", std::string("000002 ") + latest_.sha256 + " 12 extra",
        std::string("000002 ") + latest_.sha256 + " -5",
        std::string("0000000000000002 ") + latest_.sha256 + " 5", std::string(300, 'a'),
        std::string("000002 ") + latest_.sha256.substr(1) + " 5", std::string("\x00\x01\x02", 3),
        std::string("000002 ") + latest_.sha256 + " 99999999999999999999",
        std::string("二 ") + latest_.sha256 + " 5"})
    ExpectLatestRefused("LATEST garbled", garbled, {"LATEST"});
  // Another schema version.
  for (int v = 1; v <= 30; ++v)
    ExpectExportRefused("export from a future schema version",
                        EditedExport("PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + v)),
                        {"update the kiosk software"});
  for (int v = 0; v < LatestSchemaVersion(); ++v)
    ExpectExportRefused("export from an older schema version",
                        EditedExport("PRAGMA user_version = " + std::to_string(v)), {"update kiosk-office"});
  // Planted SQL: triggers and views.
  for (const std::string_view table : sync::kExportedTables) {
    for (const char* when : {"BEFORE INSERT", "AFTER UPDATE", "AFTER DELETE"})
      ExpectExportRefused("export with a trigger added",
                          EditedExport("CREATE TRIGGER planted " + std::string(when) + " ON " +
                                       std::string(table) + " BEGIN SELECT 1; END"),
                          {"triggers or views"});
    ExpectExportRefused(
        "export with a view added",
        EditedExport("CREATE VIEW v_" + std::string(table) + " AS SELECT * FROM " + std::string(table)),
        {"triggers or views"});
  }
  ExpectExportRefused(
      "export with a view added",
      EditedExport("CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM "
                   "r) SELECT n FROM r"),
      {"triggers or views"});
  // Missing tables and columns.
  for (const std::string_view table : sync::kExportedTables)
    ExpectExportRefused(
        "export with a table missing",
        EditedExport("PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON; DROP TABLE " +
                     std::string(table)),
        {"lacks " + std::string(table) + "."});
  ExpectExportRefused("export with a table missing", EditedExport("DROP TABLE meta"), {"lacks meta."});
  for (const std::string_view table : sync::kExportedTables) {
    for (const std::string& column : Columns(std::string(table)))
      ExpectExportRefused("export with a column missing",
                          EditedExport("ALTER TABLE " + std::string(table) + " RENAME COLUMN \"" + column +
                                       "\" TO gone_" + column),
                          // Renaming a column our booking trigger names rewrites the trigger too.
                          {"lacks " + std::string(table) + "." + column, "triggers or views"});
  }
  // Rows the kiosk's own constraints refuse, written with the constraints off.
  const std::vector<std::string> broken_rows = {
      "UPDATE sites SET name_zh = ''",
      "UPDATE sites SET kind = 'castle'",
      "UPDATE rooms SET open_time = '25:99'",
      "UPDATE rooms SET slot_minutes = 0",
      "UPDATE rooms SET close_time = '08:00'",
      "UPDATE categories SET color = 'red'",
      "UPDATE events SET title = ''",
      "UPDATE events SET capacity = -1",
      "UPDATE events SET status = 'maybe'",
      "UPDATE occurrences SET start_at = 'tomorrow'",
      "UPDATE occurrences SET end_at = '2026-12-10T08:00'",
      "UPDATE occurrences SET all_day = 7",
      "UPDATE organizers SET kind = 'cult'",
      "UPDATE signups SET status = 'stolen' WHERE rowid = (SELECT min(rowid) FROM signups)",
      "UPDATE signups SET phone_hash = 'short' WHERE rowid = (SELECT min(rowid) FROM signups)",
      "UPDATE signups SET phone_last4 = 'abcd' WHERE rowid = (SELECT min(rowid) FROM signups)",
      "UPDATE signups SET waitlist_position = 3 WHERE rowid = (SELECT min(rowid) FROM signups)",
      "UPDATE kiosk_acks SET acknowledged_seq = -5",
      "UPDATE events SET wants_volunteers = 2",
      "UPDATE rooms SET bookable = 9"};
  for (const std::string& sql : broken_rows)
    ExpectExportRefused("export with rows breaking a CHECK",
                        EditedExport("PRAGMA ignore_check_constraints = ON; " + sql),
                        {"invalid rows", "is not a"});
  // Another kiosk's ids on records: the id must start with its origin kiosk.
  for (const char* id : {"Z-1", "B-99", "A1", "-1", "AA-1", "a-1", "A--1", "K01-1", "B-1", "office-1", "A-1",
                         "A-3", "A-99", "A-0", "A-", "A-1x"})
    ExpectExportRefused(
        "export with ids not of their origin kiosk (or of this kiosk, never sent)",
        EditedExport("PRAGMA ignore_check_constraints = ON; UPDATE signups SET id = '" + std::string(id) +
                     "', origin_kiosk = 'A' WHERE rowid = (SELECT min(rowid) FROM signups)"),
        {"invalid rows", "never sent"});
  // References to rows the export does not have.
  for (const char* sql : {"UPDATE occurrences SET event_id = 999", "UPDATE events SET site_id = 77",
                          "UPDATE events SET category_id = 55", "UPDATE signups SET occurrence_id = 4242",
                          "UPDATE rooms SET site_id = 9", "DELETE FROM events", "DELETE FROM sites"})
    ExpectExportRefused("export with rows referring to nothing",
                        EditedExport(std::string("PRAGMA foreign_keys = OFF; ") + sql),
                        {"refer to rows", "invalid rows", "refers to a"});
  // Meta: another export's number, another district's key.
  for (const char* number : {"1", "3", "0", "-2", "x", "", "2.0", "000002 "})
    ExpectExportRefused(
        "export numbered unlike LATEST",
        EditedExport(std::string("UPDATE meta SET value = '") + number + "' WHERE key = 'export_number'"),
        {"number"});
  for (const char* key : {"ffffffffffffffff", "", "0000000000000000", "国"})
    ExpectExportRefused("export for another district key",
                        EditedExport(std::string("UPDATE meta SET value = '") + key +
                                     "' WHERE key = 'phone_key_fingerprint'"),
                        {"another district key"});
  // Values far past what any field may hold: a 100 MB description and 20 MB fields.
  ExpectExportRefused("export with 100 MB of text",
                      EditedExport("UPDATE events SET body = printf('%.*c', 100000000, 'x')"),
                      {"cannot be read", "invalid rows"});
  for (const char* sql : {"UPDATE events SET title = printf('%.*c', 20000000, 'y')",
                          "UPDATE sites SET name_zh = printf('%.*c', 20000000, 'z')",
                          "UPDATE events SET poster = zeroblob(20000000)"})
    ExpectExportRefused("export with a 20 MB value (title, name, poster)", EditedExport(sql),
                        {"cannot be read", "invalid rows", "poster larger than 8 MB"});
  // A poster that is no image at all is refused before it reaches a screen's decoder.
  ExpectExportRefused("export with a poster that is no image", EditedExport("UPDATE events SET poster = x'00010203'"),
                      {"is not a PNG or JPEG image"});
}

TEST_F(HostileSyncCorpusTest, EveryHostileBatchIsRefusedAndTheMasterUntouched) {
  const std::string good = Bytes(base_batch_);
  for (int i = 0; i < 40; ++i) {
    const size_t cut =
        i < 8 ? static_cast<size_t>(i) * 50 : 1024 * (1 + random_() % (good.size() / 1024 - 1));
    ExpectBatchRefused("batch truncated", good.substr(0, cut),
                       {"damaged", "cannot be read", "lacks", "format"});
  }
  for (int i = 0; i < 20; ++i) {
    std::string noise(64 + random_() % 8000, '\0');
    for (char& c : noise) c = static_cast<char>(random_());
    ExpectBatchRefused("batch not an SQLite file", noise, {"cannot be read"});
  }
  for (const char* format : {"2", "", "0", "1.0", "01", "999", " 1", "一"})
    ExpectBatchRefused(
        "batch of another format",
        EditedBatch(std::string("UPDATE batch_meta SET value = '") + format + "' WHERE key = 'format'"),
        {"format"});
  for (const char* id : {"A", "C", "b", "", "B ", "office", "B/../A"})
    ExpectBatchRefused(
        "batch from another kiosk than its inbox",
        EditedBatch(std::string("UPDATE batch_meta SET value = '") + id + "' WHERE key = 'kiosk_id'"),
        {"is not its inbox's"});
  for (const char* after : {"-1", "abc", "", "1e3", "9999999999999999", " 0", "0x10"})
    ExpectBatchRefused(
        "batch with a bad after_seq",
        EditedBatch(std::string("UPDATE batch_meta SET value = '") + after + "' WHERE key = 'after_seq'"),
        {"after_seq"});
  ExpectBatchRefused("batch with a bad after_seq",
                     EditedBatch("DELETE FROM batch_meta WHERE key = 'after_seq'"), {"after_seq"});
  ExpectBatchRefused("batch acknowledging ops never received",
                     EditedBatch("UPDATE batch_meta SET value = '7' WHERE key = 'after_seq'; "
                                 "UPDATE ops SET seq = seq + 10, op_id = 'B-' || (seq + 10)"),
                     {"never received"});
  for (const char* table : {"batch_meta", "ops"})
    ExpectBatchRefused("batch with a table missing", EditedBatch(std::string("DROP TABLE ") + table),
                       {"lacks " + std::string(table) + "."});
  for (const char* column : {"seq", "op_id", "kind", "payload", "created_at"})
    ExpectBatchRefused("batch with a column missing",
                       EditedBatch(std::string("ALTER TABLE ops RENAME COLUMN ") + column + " TO gone"),
                       {"lacks ops." + std::string(column)});
  for (const char* sql : {"CREATE TRIGGER t AFTER INSERT ON ops BEGIN SELECT 1; END",
                          "CREATE TRIGGER t BEFORE DELETE ON batch_meta BEGIN SELECT 1; END",
                          "CREATE VIEW v AS SELECT * FROM ops", "CREATE VIEW w AS SELECT 1"})
    ExpectBatchRefused("batch with a trigger or view", EditedBatch(sql), {"triggers or views"});
  // Another kiosk's op ids, and op ids that are no ids at all.
  for (const char* id : {"A-9", "C-9", "B9", "B-0", "B-abc", "b-9", "B--9", "-9", "", "B-9 ", "B-+9", "B-09x",
                         "BB-9", "B-99999999999999999999", "B-9\n", "Ｂ-9"})
    ExpectBatchRefused("batch with ids from another kiosk", BatchWithOp("signup", "{}", id),
                       {"is not one of this kiosk's"});
  // Duplicated and reordered ops inside one batch.
  ExpectBatchRefused(
      "batch with a duplicated op",
      EditedBatch("CREATE TABLE ops2 AS SELECT * FROM ops; DROP TABLE ops; ALTER TABLE ops2 RENAME TO "
                  "ops; INSERT INTO ops SELECT seq + 100, op_id, kind, payload, created_at FROM ops"),
      {"is not one of this kiosk's", "out of order"});
  ExpectBatchRefused(
      "batch with a duplicated op",
      EditedBatch("UPDATE ops SET seq = 0, op_id = 'B-0' WHERE seq = (SELECT min(seq) FROM ops)"),
      {"is not one of this kiosk's", "out of order"});
  // Unknown kinds.
  for (const char* kind :
       {"", "signup ", "SIGNUP", "drop_table", "signup\n", "book2", "cancel", "promote_all", "checkin;",
        "报名", "release", "arrive ", "delete_everything", "null", "0"})
    ExpectBatchRefused("batch with ops of unknown kinds", BatchWithOp(kind, "{}"), {"unknown kind"});
  // Malformed payloads of each known kind.
  const std::vector<std::string> malformed = {"",
                                              "{",
                                              "}",
                                              "[]",
                                              "null",
                                              "42",
                                              "\"text\"",
                                              "{\"signup_id\":",
                                              "{\"a\":1,}",
                                              "{'a':1}",
                                              "{\"a\":NaN}",
                                              std::string(100000, '[') + std::string(100000, ']'),
                                              std::string(5000, '{'),
                                              "{\"a\":\"\xff\xfe\"}",
                                              "{\"a\":\"\xc0\xaf\"}",
                                              "{\"a\":\"\xed\xa0\x80\"}",
                                              "{\"a\":1e999999}",
                                              "{\"a\":\"\\ud800\"}",
                                              "{\"occurrence_id\":\"1\"}",
                                              "{\"occurrence_id\":1.5}",
                                              "{\"occurrence_id\":99999999999999999999999}",
                                              "{\"signup_id\":null}",
                                              "{\"signup_id\":[]}",
                                              "{\"created_at\":\"9999-99-99T99:99\"}",
                                              std::string("{\"a\":\"\0\"}", 9),
                                              "\xef\xbb\xbf{}",
                                              "{} {}",
                                              "{\"a\":1} trailing"};
  for (const char* kind : {"signup", "cancel_signup", "promote", "checkin", "checkout", "book",
                           "cancel_booking", "arrive", "release_no_show"}) {
    for (const std::string& payload : malformed)
      ExpectBatchRefused("batch with malformed JSON payloads", BatchWithOp(kind, payload),
                         {"含有无法读取的操作"});
  }
  // A good op whose fields are wrong: dates that are no dates (year 9999 is refused as out of range).
  for (const char* when : {"9999-12-31T23:59", "2026-02-30T10:00", "2026-12-01T24:00", "2026-12-01 09:00",
                           "0000-01-01T00:00", "2026-13-01T09:00", "２０２６-12-01T09:00"}) {
    db::Statement op(kiosk("B"), "SELECT kind, payload FROM outbox ORDER BY seq LIMIT 1");
    ASSERT_TRUE(op.Step());
    std::string payload = op.ColumnText(1);
    const size_t at = payload.find("\"created_at\":\"");
    ASSERT_NE(at, std::string::npos);
    payload.replace(at + 14, 16, when);
    ExpectBatchRefused("batch with impossible dates", BatchWithOp(op.ColumnText(0), payload),
                       {"含有无法读取的操作"});
  }
  ExpectBatchRefused("batch with a 20 MB payload", BatchWithOp("signup", std::string(20000000, ' ')),
                     {"cannot be read", "含有无法读取的操作"});
}

}  // namespace
}  // namespace kiosk::testing
