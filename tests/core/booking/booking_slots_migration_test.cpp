// tests/core/booking/booking_slots_migration_test.cpp — the migration to held slots
// (006_booking_slots.sql): a kiosk's confirmed bookings keep their slots, the no-overlap triggers
// are gone, and from then on the slots' unique key alone keeps bookings apart.
#include <gtest/gtest.h>

#include <string>

#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/storage/sqlite.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

void AddBooking(db::Database& db, const std::string& id, const std::string& start, const std::string& end,
                const std::string& status) {
  db::Statement(
      db,
      "INSERT INTO bookings(id, origin_kiosk, created_at, room_id, start_at, end_at, phone_hash, "
      "phone_last4, confirmation_code, status) VALUES(?1, 'K01', '2026-11-29T08:00', 1, ?2, ?3, ?4, "
      "'5678', 'A7K2MQ', ?5)")
      .BindAll(id, start, end, std::string(64, 'c'), status)
      .Run();
}

TEST(BookingSlotsMigration, ConfirmedBookingsKeepTheirSlotsAndTheTriggersGo) {
  db::Database db(":memory:", db::OpenMode::kReadWriteCreate);
  testing::MigrateUpTo(db, "_booking_slots");
  db.Exec(R"sql(
    INSERT INTO sites(id, code, name_zh, name_en, kind) VALUES(1, 'fusheng', '福圣社区', 'Fusheng', 'community');
    INSERT INTO rooms(id, site_id, code, name_zh, name_en, kind, open_time, close_time, slot_minutes, bookable)
      VALUES(1, 1, 'fusheng-mediation', '调解室', 'Mediation room', 'mediation', '09:00', '17:30', 30, 1);
  )sql");
  AddBooking(db, "K01-1", "2026-11-30T09:00", "2026-11-30T10:30", "confirmed");
  AddBooking(db, "K01-2", "2026-11-30T10:30", "2026-11-30T11:00", "confirmed");
  AddBooking(db, "K01-3", "2026-11-30T09:00", "2026-11-30T10:00", "cancelled");

  MigrateToLatest(db);
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion());
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')"), 0);
  db::Statement slots(db,
                      "SELECT group_concat(booking_id || '@' || substr(slot_start, 12), ' ') FROM "
                      "(SELECT * FROM booking_slots ORDER BY slot_start)");
  ASSERT_TRUE(slots.Step());
  EXPECT_EQ(slots.ColumnText(0), "K01-1@09:00 K01-1@09:30 K01-1@10:00 K01-2@10:30");
  EXPECT_THROW(db.Exec("INSERT INTO booking_slots VALUES(1, '2026-11-30T10:00', 'K01-3')"), db::SqliteError);
}

}  // namespace
}  // namespace kiosk
