// tests/core/storage/schema_constraints_test.cpp — the schema itself refuses bad rows (a sign-up for an
// occurrence that does not exist, a time written the wrong way, a double booking), and the
// refusal reaches the caller as a SqliteError with the precise extended code.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "tests/core/core_test_support.h"
#include "kiosk/core/storage/kiosk_database.h"

namespace kiosk {
namespace {

class SchemaConstraints : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::InsertMinimalCalendar(db);
    testing::InsertOccurrence(db, 1, 1, "2026-11-27T16:30", "2026-11-27T18:00");
  }
  // Runs `sql` and returns the extended code it failed with (SQLITE_OK if it did not fail).
  int FailureCode(const std::string& sql) {
    try {
      db.Exec(sql);
    } catch (const db::SqliteError& error) {
      EXPECT_TRUE(error.IsConstraint()) << error.what();
      return error.code();
    }
    return SQLITE_OK;
  }
  static std::string Signup(const std::string& id, const std::string& occurrence,
                            const std::string& status = "confirmed", const std::string& extra_columns = "",
                            const std::string& extra_values = "") {
    return "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, "
           "status" +
           extra_columns + ") VALUES('" + id + "', 'TA01', '2026-11-27T08:00', " + occurrence + ", '" +
           std::string(64, 'a') + "', '1234', '" + status + "'" + extra_values + ")";
  }
  db::Database db = OpenKioskDatabase(":memory:", true);
};

TEST_F(SchemaConstraints, SignupForMissingOccurrenceIsAForeignKeyViolation) {
  EXPECT_EQ(FailureCode(Signup("TA01-1", "99")), SQLITE_CONSTRAINT_FOREIGNKEY);
  EXPECT_EQ(FailureCode(Signup("TA01-1", "1")), SQLITE_OK);
}

TEST_F(SchemaConstraints, BadStatusIsACheckViolation) {
  EXPECT_EQ(FailureCode(Signup("TA01-1", "1", "maybe")), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("UPDATE occurrences SET status = 'postponed'"), SQLITE_CONSTRAINT_CHECK);
}

TEST_F(SchemaConstraints, TimesMustBeIsoMinutesAndEndNotBeforeStart) {
  EXPECT_EQ(FailureCode("UPDATE occurrences SET start_at = '2026/11/27 16:30'"), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("UPDATE occurrences SET start_at = '2026-11-27T16:30:00'"), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("UPDATE occurrences SET end_at = '2026-11-27T16:00'"), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("UPDATE rooms SET open_time = '9:00'"), SQLITE_CONSTRAINT_CHECK);
}

TEST_F(SchemaConstraints, ValueRangesAreChecked) {
  EXPECT_EQ(FailureCode("UPDATE events SET capacity = -1"), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("UPDATE categories SET color = 'red'"), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("UPDATE organizers SET kind = 'club'"), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("INSERT INTO outbox(op_id, kind, payload, created_at) "
                        "VALUES('TA01-9', 'signup', '{not json', '2026-11-27T08:00')"),
            SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("INSERT INTO outbox(op_id, kind, payload, created_at) "
                        "VALUES('TA01-9', 'delete_everything', '{}', '2026-11-27T08:00')"),
            SQLITE_CONSTRAINT_CHECK);
}

TEST_F(SchemaConstraints, PhoneLastFourMustBeFourDigits) {
  const std::string hash(64, 'b');
  EXPECT_EQ(FailureCode("INSERT INTO volunteers(display_name, volunteer_code, phone_hash, phone_last4) "
                        "VALUES('张伟', 'V1', '" +
                        hash + "', '12a4')"),
            SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode("INSERT INTO volunteers(display_name, volunteer_code, phone_hash, phone_last4) "
                        "VALUES('张伟', 'V1', '" +
                        hash + "', '12345')"),
            SQLITE_CONSTRAINT_CHECK);
}

TEST_F(SchemaConstraints, RecordIdMustStartWithItsOriginKiosk) {
  EXPECT_EQ(FailureCode(Signup("TB02-1", "1")), SQLITE_CONSTRAINT_CHECK);
}

TEST_F(SchemaConstraints, WaitlistPositionGoesWithWaitlistedStatus) {
  EXPECT_EQ(FailureCode(Signup("TA01-1", "1", "waitlisted")), SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(FailureCode(Signup("TA01-2", "1", "waitlisted", ", waitlist_position", ", 1")), SQLITE_OK);
}

TEST_F(SchemaConstraints, DuplicatesAreUniqueViolations) {
  EXPECT_EQ(
      FailureCode("INSERT INTO events(uid, title, category_id, site_id) VALUES('happy-430', 'x', 1, 1)"),
      SQLITE_CONSTRAINT_UNIQUE);
  EXPECT_EQ(FailureCode(Signup("TA01-1", "1")), SQLITE_OK);
  EXPECT_EQ(FailureCode(Signup("TA01-1", "1", "cancelled")), SQLITE_CONSTRAINT_PRIMARYKEY);
  // The same phone cannot hold two live sign-ups for one occurrence...
  EXPECT_EQ(FailureCode(Signup("TA01-2", "1")), SQLITE_CONSTRAINT_UNIQUE);
  // ...but a cancelled one does not block signing up again.
  EXPECT_EQ(FailureCode(Signup("TA01-3", "1", "cancelled")), SQLITE_OK);
}

TEST_F(SchemaConstraints, RoomSlotCannotBeBookedTwice) {
  const std::string hash(64, 'c');
  auto booking = [&](const std::string& id, const std::string& status) {
    return "INSERT INTO bookings(id, origin_kiosk, created_at, room_id, start_at, end_at, phone_hash, "
           "phone_last4, "
           "confirmation_code, status) VALUES('" +
           id +
           "', 'TA01', '2026-11-27T08:00', 1, '2026-11-28T09:00', "
           "'2026-11-28T09:30', '" +
           hash + "', '5678', 'A7K2MQ', '" + status + "')";
  };
  auto slot = [&](const std::string& id) {
    return "INSERT INTO booking_slots(room_id, slot_start, booking_id) VALUES(1, '2026-11-28T09:00', '" + id +
           "')";
  };
  EXPECT_EQ(FailureCode(booking("TA01-1", "confirmed")), SQLITE_OK);
  EXPECT_EQ(FailureCode(slot("TA01-1")), SQLITE_OK);
  // The slot is held once (006_booking_slots.sql; every overlap: tests/core/booking/).
  EXPECT_EQ(FailureCode(booking("TA01-2", "confirmed")), SQLITE_OK);
  EXPECT_EQ(FailureCode(slot("TA01-2")), SQLITE_CONSTRAINT_UNIQUE);
  EXPECT_EQ(FailureCode("INSERT INTO booking_slots(room_id, slot_start, booking_id) "
                        "VALUES(1, '2026-11-28T10:00', 'TA01-9')"),
            SQLITE_CONSTRAINT_FOREIGNKEY);  // a slot is held by a booking that exists
}

TEST_F(SchemaConstraints, DeletingAnEventTakesItsOccurrencesButNotSignedUpOnes) {
  EXPECT_EQ(FailureCode(Signup("TA01-1", "1")), SQLITE_OK);
  EXPECT_EQ(FailureCode("DELETE FROM events WHERE id = 1"), SQLITE_CONSTRAINT_FOREIGNKEY);
  db.Exec("DELETE FROM signups");
  EXPECT_EQ(FailureCode("DELETE FROM events WHERE id = 1"), SQLITE_OK);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM occurrences"), 0);
}

}  // namespace
}  // namespace kiosk
