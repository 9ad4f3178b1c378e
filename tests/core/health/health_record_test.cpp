// tests/core/health/health_record_test.cpp — the kiosk's health record: what it holds (version,
// uptime, restarts, the last sync and its result, disk free, database size, last error), that it
// is an operation for the nightly batch, and that the office keeps each kiosk's newest report.
#include "kiosk/core/health/health_record.h"

#include <gtest/gtest.h>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/operations.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

TEST(HealthRecordTest, HoldsWhatStaffNeedAndCountsRestarts) {
  testing::TempDbPath path;
  db::Database db = OpenKioskDatabase(path.str(), true);
  SetKioskId(db, "K07");
  EXPECT_EQ(RestartsSoFar(db), 0) << "the very first start";
  db.Exec(
      "INSERT INTO sync_log(started_at, finished_at, result, message) VALUES "
      "('2026-11-27T02:30', '2026-11-27T02:31', 'ok', 'done'), "
      "('2026-11-28T02:30', '2026-11-28T02:30', 'failed', '共享文件夹不可用 / share unavailable')");
  const HealthOp report = RecordHealth(db,
                                       HealthInputs{.version = "0.1",
                                                    .started_at = "2026-11-28T08:00:00",
                                                    .uptime_seconds = 3 * 3600 + 12 * 60,
                                                    .restarts = 0,
                                                    .last_error = ""},
                                       "2026-11-28T11:12:00");
  EXPECT_EQ(report.kiosk_id, "K07");
  EXPECT_EQ(report.last_sync_at, "2026-11-28T02:30");
  EXPECT_EQ(report.last_sync_result, "failed");
  EXPECT_EQ(report.last_error, "共享文件夹不可用 / share unavailable") << "a failed sync is the last error";
  EXPECT_GT(report.disk_free_bytes, 0);
  EXPECT_GT(report.database_bytes, 0);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM outbox WHERE kind = 'health'"), 1)
      << "in the nightly batch";
  EXPECT_EQ(LatestHealth(db, "K07"), report);
  EXPECT_EQ(RestartsSoFar(db), 1) << "the next start is a restart";
  const std::string line = HealthLine(report, false);
  EXPECT_NE(line.find("up 3 h 12 min"), std::string::npos) << line;
  EXPECT_NE(line.find("sync failed 2026-11-28T02:30"), std::string::npos) << line;
  EXPECT_NE(line.find("last error"), std::string::npos) << line;
  EXPECT_NE(HealthLine(report, true).find("运行3小时12分"), std::string::npos);
}

TEST(HealthRecordTest, TheOfficeKeepsEachKiosksNewestReport) {
  db::Database office = OpenKioskDatabase(":memory:", true);
  HealthOp older;
  older.report_id = "K01-5";
  older.kiosk_id = "K01";
  older.reported_at = "2026-11-27T10:00:00";
  older.version = "0.1";
  older.started_at = "2026-11-27T08:00:00";
  HealthOp newer = older;
  newer.report_id = "K01-9";
  newer.reported_at = "2026-11-27T11:00:00";
  newer.restarts = 2;
  EXPECT_EQ(ApplyOperation(office, Operation(newer)), ApplyResult::kApplied);
  EXPECT_EQ(ApplyOperation(office, Operation(older)), ApplyResult::kReplayed)
      << "a late older report changes nothing";
  EXPECT_EQ(ApplyOperation(office, Operation(newer)), ApplyResult::kReplayed);
  HealthOp other = newer;
  other.kiosk_id = "K02";
  other.report_id = "K02-1";
  EXPECT_EQ(ApplyOperation(office, Operation(other)), ApplyResult::kApplied);
  const auto all = AllKioskHealth(office);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].restarts, 2);
  // The payload survives the journal: kind and JSON round trip.
  const ParsedOperation parsed = ParseOperation("K01-9", "health", OperationPayload(Operation(newer)));
  ASSERT_TRUE(std::holds_alternative<Operation>(parsed));
  EXPECT_EQ(std::get<HealthOp>(std::get<Operation>(parsed)), newer);
}

}  // namespace
}  // namespace kiosk
