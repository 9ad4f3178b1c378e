// tests/core/feedback/ratings_migration_test.cpp — the migration that adds ratings (*_ratings.sql)
// on a kiosk database of the version before it, holding data: every row survives as it was (the
// outbox is rebuilt to accept the new kind, with every operation it held), and a rating can then
// be recorded and journalled.
#include <gtest/gtest.h>

#include <string>

#include "kiosk/core/feedback/ratings.h"
#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/storage/record_ids.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

// Every row of the tables the migration touches or must not touch, as one text.
std::string Rows(db::Database& db) {
  std::string out;
  for (const char* sql :
       {"SELECT group_concat(seq || ' ' || op_id || ' ' || kind || ' ' || payload || ' ' || created_at, "
        "'\n') "
        "FROM (SELECT * FROM outbox ORDER BY seq)",
        "SELECT group_concat(id || ' ' || phone_last4 || ' ' || status, '\n') FROM (SELECT * FROM signups "
        "ORDER BY id)",
        "SELECT group_concat(at || ' ' || action || ' ' || coalesce(record_id, '-'), '\n') FROM admin_audit",
        "SELECT group_concat(kiosk_id || ' ' || report_id, '\n') FROM kiosk_health",
        "SELECT group_concat(key || '=' || value, '\n') FROM (SELECT * FROM meta ORDER BY key)",
        "SELECT group_concat(id || ' ' || start_at, '\n') FROM occurrences"}) {
    db::Statement q(db, sql);
    q.Step();
    out += q.ColumnText(0) + "\n--\n";
  }
  return out;
}

TEST(RatingsMigration, EveryRowSurvivesAndTheJournalTakesRatings) {
  db::Database db(":memory:", db::OpenMode::kReadWriteCreate);
  testing::MigrateUpTo(db, "_ratings");
  ASSERT_LT(SchemaVersion(db), LatestSchemaVersion());
  testing::InsertMinimalCalendar(db);
  testing::InsertOccurrence(db, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
  SetKioskId(db, "K01");
  db.Exec(R"sql(
    INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, role, phone_hash, phone_last4, status,
                        confirmation_code)
      VALUES('K01-1', 'K01', '2026-11-27T09:00', 10, 'resident', printf('%064d', 1), '1234', 'confirmed', 'A7K2MQ');
    INSERT INTO outbox(seq, op_id, kind, payload, created_at) VALUES
      (1, 'K01-2', 'signup', '{"signup_id":"K01-1"}', '2026-11-27T09:00'),
      (2, 'K01-3', 'admin_action', '{"record_id":"K01-4"}', '2026-11-27T09:05:10'),
      (3, 'K01-5', 'health', '{"report_id":"K01-5"}', '2026-11-27T10:00');
    INSERT INTO admin_audit(at, action, detail, record_id) VALUES('2026-11-27T09:05:10', 'pin_accepted', '', 'K01-4');
    INSERT INTO kiosk_health(kiosk_id, report_id, reported_at, version, started_at, uptime_seconds, restarts,
                             disk_free_bytes, database_bytes)
      VALUES('K01', 'K01-5', '2026-11-27T10:00', '1.0', '2026-11-27T08:00', 7200, 0, 1000, 100);
    UPDATE meta SET value = '6' WHERE key = 'next_seq';
  )sql");
  EXPECT_THROW(db.Exec("INSERT INTO outbox(op_id, kind, payload, created_at) "
                       "VALUES('K01-9', 'rating', '{}', '2026-11-27T10:00')"),
               db::SqliteError)
      << "before the migration the journal refuses the kind";
  const std::string before = Rows(db);

  MigrateToLatest(db);
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion());
  EXPECT_EQ(Rows(db), before);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'outbox_v%'"), 0);

  const std::string id = RecordRating(db, RatedThing{RatedFlow::kSignup, 10, std::nullopt},
                                      RatingChoice::kFair, *LocalDateTime::ParseIso("2026-11-27T10:01"));
  EXPECT_TRUE(id.starts_with("new-")) << id << ": waits for the next batch";
  QueueRatingsForSync(db, *LocalDateTime::ParseIso("2026-11-27T23:00"));
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM ratings WHERE id = 'K01-6'"), 1) << "the numbering goes on";
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM outbox WHERE kind = 'rating'"), 1);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM outbox"), 4);
  EXPECT_THROW(db.Exec("INSERT INTO ratings(id, flow, site_code, choice, reason, rated_at) "
                       "VALUES('K01-20', 'signup', '', 'satisfied', 'other', '2026-11-27T10:00')"),
               db::SqliteError)
      << "no reason with 满意";
  EXPECT_THROW(db.Exec("INSERT INTO ratings(id, flow, site_code, choice, rated_at) "
                       "VALUES('K01-21', 'signup', '', 'fair', '2026-02-30T10:00')"),
               db::SqliteError)
      << "a real minute only";
}

}  // namespace
}  // namespace kiosk
