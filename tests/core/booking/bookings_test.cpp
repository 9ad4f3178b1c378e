// tests/core/booking/bookings_test.cpp — the booking rules as a resident meets them: overlap (by the
// rules and by the schema), opening hours per weekday, closures, horizon, past, limits, double tap,
// arrive and no-show at the grace boundary, cancel and re-book.
#include <sqlite3.h>

#include "kiosk/core/storage/confirmation_codes.h"
#include "kiosk/core/storage/sqlite.h"
#include "tests/core/booking/booking_test_support.h"

namespace kiosk::testing {
namespace {

constexpr const char* kNow = "2026-11-30T08:00";  // a Monday morning

TEST_F(BookingTest, AdjacentBookingsBothStand) {
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T09:00", "2026-11-30T10:00", ResidentPhone(1)))),
            "confirmed");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", ResidentPhone(2)))),
            "confirmed");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings WHERE status = 'confirmed'"), 2);
  EXPECT_EQ(OutboxCount(db_, "book"), 2);
  EXPECT_EQ(GridLetters(1, "2026-11-30", kNow), "TTTTFFFFFFFFFFFFF");
}

TEST_F(BookingTest, EveryKindOfOverlapIsRefusedAndWritesNothing) {
  ASSERT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", ResidentPhone(1)))),
            "confirmed");
  for (const auto& [start, end] : std::vector<std::pair<std::string, std::string>>{
           {"10:00", "11:00"},  // the same time
           {"10:00", "10:30"},  // inside, same start
           {"10:30", "11:00"},  // inside, same end
           {"09:30", "11:30"},  // around it
           {"09:30", "10:30"},  // over its start
           {"10:30", "11:30"},  // over its end
       }) {
    EXPECT_EQ(
        RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T" + start, "2026-11-30T" + end, ResidentPhone(2)))),
        "kTaken")
        << start << "-" << end;
  }
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings"), 1);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 1);
  // Another room at the same time is another matter.
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(2, "2026-11-30T10:00", "2026-11-30T11:00", ResidentPhone(2)))),
            "confirmed");
}

// A raw writer holding a confirmed booking the only way the schema allows: its row and one
// booking_slots row per 30-minute slot, in one transaction. Returns the SQLite result code.
int InsertBooking(db::Database& db, const std::string& id, const std::string& start, const std::string& end,
                  const std::string& status) {
  try {
    db::Transaction transaction(db);
    db::Statement(
        db,
        "INSERT INTO bookings(id, origin_kiosk, created_at, room_id, start_at, end_at, phone_hash, "
        "phone_last4, confirmation_code, status, released_at) VALUES(?1, 'K09', '2026-11-29T08:00', 1, "
        "?2, ?3, ?4, '5678', 'A7K2MQ', ?5, CASE WHEN ?5 = 'no_show' THEN ?2 END)")
        .BindAll(id, start, end, std::string(64, 'c'), status)
        .Run();
    if (status == "confirmed") {
      db::Statement(db, R"sql(
          WITH RECURSIVE s(t) AS (SELECT ?2 UNION ALL
                                  SELECT strftime('%Y-%m-%dT%H:%M', t, '+30 minutes') FROM s
                                  WHERE strftime('%Y-%m-%dT%H:%M', t, '+30 minutes') < ?3)
          INSERT INTO booking_slots(room_id, slot_start, booking_id) SELECT 1, t, ?1 FROM s)sql")
          .BindAll(id, start, end)
          .Run();
    }
    transaction.Commit();
    return SQLITE_OK;
  } catch (const db::SqliteError& error) {
    return error.code();
  }
}

TEST_F(BookingTest, SchemaRefusesARawInsertOfAnOverlappingConfirmedBooking) {
  EXPECT_EQ(InsertBooking(db_, "K09-1", "2026-11-30T09:00", "2026-11-30T11:00", "confirmed"), SQLITE_OK);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM booking_slots WHERE booking_id = 'K09-1'"), 4);
  // The old unique index on (room, start) let this one stand: it starts later and overlaps.
  EXPECT_EQ(InsertBooking(db_, "K09-2", "2026-11-30T10:00", "2026-11-30T11:00", "confirmed"),
            SQLITE_CONSTRAINT_UNIQUE);
  EXPECT_EQ(InsertBooking(db_, "K09-3", "2026-11-30T08:30", "2026-11-30T09:30", "confirmed"),
            SQLITE_CONSTRAINT_UNIQUE);
  EXPECT_EQ(InsertBooking(db_, "K09-4", "2026-11-30T11:00", "2026-11-30T12:00", "confirmed"), SQLITE_OK);
  // A loser or a released booking holds nothing, so it may lie anywhere...
  EXPECT_EQ(InsertBooking(db_, "K09-5", "2026-11-30T10:00", "2026-11-30T11:00", "conflict"), SQLITE_OK);
  EXPECT_EQ(InsertBooking(db_, "K09-6", "2026-11-30T10:00", "2026-11-30T11:00", "no_show"), SQLITE_OK);
  // ...but it cannot take a held slot, nor can a held booking grow over its neighbour's.
  EXPECT_THROW(db_.Exec("INSERT INTO booking_slots VALUES(1, '2026-11-30T10:30', 'K09-6')"), db::SqliteError);
  EXPECT_THROW(db_.Exec("INSERT INTO booking_slots VALUES(1, '2026-11-30T11:00', 'K09-1')"), db::SqliteError);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings WHERE status = 'confirmed'"), 2);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM booking_slots"), 6);
  // Another room's slot at the same time is free.
  db_.Exec("INSERT INTO booking_slots VALUES(2, '2026-11-30T10:30', 'K09-6')");
}

TEST_F(BookingTest, HeldSlotsFollowTheBookingThroughCancelNoShowAndConflict) {
  const auto slots = [&] { return Count(db_, "SELECT count(*) FROM booking_slots"); };
  const auto booked = BookAt(kNow, BookReq(1, "2026-11-30T09:00", "2026-11-30T10:30", ResidentPhone(1)));
  ASSERT_EQ(RefusalOf(booked), "confirmed");
  EXPECT_EQ(slots(), 3);
  ASSERT_TRUE(std::holds_alternative<BookingCancelled>(
      CancelBooking(db_, std::get<BookingConfirmed>(booked).booking_id, At(kNow))));
  EXPECT_EQ(slots(), 0);  // cancelled: free at once, and re-bookable
  ASSERT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T09:30", "2026-11-30T10:00", ResidentPhone(2)))),
            "confirmed");
  EXPECT_EQ(slots(), 1);
  EXPECT_EQ(ReleaseNoShows(db_, At("2026-11-30T09:45"), policy_).size(), 1u);
  EXPECT_EQ(slots(), 0);  // released as a no-show: the row stays, its slot goes
  // The office merge of an overlapping 'book' stores a loser that holds nothing.
  ASSERT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T11:00", "2026-11-30T12:00", ResidentPhone(1)))),
            "confirmed");
  const BookOp late = BookOpOfRoom1("K07-1", "2026-11-30T11:30", "2026-11-30T12:30", "ZZ22ZZ");
  EXPECT_EQ(Apply(db_, late), ApplyResult::kConflict);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM booking_slots WHERE booking_id = 'K07-1'"), 0);
  EXPECT_EQ(slots(), 2);
}

TEST_F(BookingTest, OpeningHoursPerWeekdayWithALunchBreak) {
  db_.Exec(R"sql(
    INSERT INTO room_hours(room_id, weekday, open_time, close_time) VALUES
      (1, 1, '09:00', '12:00'), (1, 1, '14:00', '17:30'), (1, 6, '09:00', '12:00');
  )sql");
  // Monday: 09:00-12:00 free, 12:00-14:00 closed, 14:00-17:30 free.
  EXPECT_EQ(GridLetters(1, "2026-11-30", kNow), "FFFFFFCCCCFFFFFFF");
  // Saturday: mornings only (the grid runs to the day's own closing); Sunday: no hours at all.
  EXPECT_EQ(GridLetters(1, "2026-12-05", kNow), "FFFFFF");
  EXPECT_EQ(GridLetters(1, "2026-12-06", kNow), "CCCCCCCCCCCCCCCCC");

  const std::string phone = ResidentPhone(1);
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T12:00", "2026-11-30T12:30", phone))),
            "kOutsideHours");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T11:30", "2026-11-30T12:30", phone))),
            "kOutsideHours");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T17:30", "2026-11-30T18:00", phone))),
            "kOutsideHours");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T08:30", "2026-11-30T09:00", phone))),
            "kOutsideHours");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-06T10:00", "2026-12-06T10:30", phone))),
            "kOutsideHours");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T09:15", "2026-11-30T09:45", phone))), "kNotOnSlot");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings"), 0);
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T17:00", "2026-11-30T17:30", phone))), "confirmed");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-05T11:00", "2026-12-05T12:00", phone))), "confirmed");
}

TEST_F(BookingTest, ClosureOfTheRoomAndPublicHolidayOfEveryRoom) {
  db_.Exec(R"sql(
    INSERT INTO room_closures(room_id, date, reason_zh, reason_en) VALUES(1, '2026-12-01', '设备检修', 'Maintenance');
    INSERT INTO room_closures(room_id, date, reason_zh, reason_en) VALUES(NULL, '2026-12-02', '公休日', 'Public holiday');
  )sql");
  const auto schedule = LoadRoomSchedule(db_, 1, LocalDate{2026, 11, 30}, 14, At(kNow), policy_);
  ASSERT_TRUE(schedule.has_value());
  const DayGrid closed = SlotGrid(*schedule, LocalDate{2026, 12, 1}, At(kNow));
  EXPECT_FALSE(closed.open);
  ASSERT_TRUE(closed.closure.has_value());
  EXPECT_EQ(closed.closure->reason_zh, "设备检修");
  EXPECT_FALSE(closed.AnyFree());
  EXPECT_EQ(GridLetters(1, "2026-12-02", kNow), std::string(17, 'C'));
  EXPECT_EQ(GridLetters(2, "2026-12-02", kNow), std::string(12, 'C'));  // the holiday shuts the hall too
  EXPECT_EQ(GridLetters(2, "2026-12-01", kNow), std::string(12, 'F'));  // the maintenance does not

  const std::string phone = ResidentPhone(1);
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-01T10:00", "2026-12-01T10:30", phone))), "kClosedDay");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(2, "2026-12-02T10:00", "2026-12-02T11:00", phone))), "kClosedDay");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(2, "2026-12-01T10:00", "2026-12-01T11:00", phone))), "confirmed");
}

TEST_F(BookingTest, FourteenDaysAheadAndNeverInThePast) {
  const std::string phone = ResidentPhone(1);
  // The slot in progress can still be booked; one that has ended cannot.
  EXPECT_EQ(GridLetters(1, "2026-11-30", "2026-11-30T10:10"), "PPFFFFFFFFFFFFFFF");
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T10:10", BookReq(1, "2026-11-30T09:30", "2026-11-30T10:00", phone))),
            "kPast");
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T10:10", BookReq(1, "2026-11-29T09:30", "2026-11-29T10:00", phone))),
            "kPast");
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T10:10", BookReq(1, "2026-11-30T09:30", "2026-11-30T10:30", phone))),
            "kPast");
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T10:10", BookReq(1, "2026-11-30T10:00", "2026-11-30T10:30", phone))),
            "confirmed");
  // Today + 13 is the last day; today + 14 is beyond.
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-14T09:00", "2026-12-14T09:30", ResidentPhone(2)))),
            "kBeyondHorizon");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-13T09:00", "2026-12-13T09:30", ResidentPhone(2)))),
            "confirmed");
}

TEST_F(BookingTest, BadInputIsRefusedBeforeAnythingIsWritten) {
  const std::string phone = ResidentPhone(1);
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T10:00", phone))), "kBadLength");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T11:00", "2026-11-30T10:00", phone))), "kBadLength");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T12:30", phone))), "kTooLong");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(99, "2026-11-30T10:00", "2026-11-30T10:30", phone))),
            "kUnknownRoom");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(3, "2026-11-30T10:00", "2026-11-30T11:00", phone))),
            "kUnknownRoom");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T10:30", "1380000"))),
            "kInvalidPhone");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings"), 0);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 0);
  // The longest allowed booking is the room's maximum.
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T12:00", phone))), "confirmed");
}

TEST_F(BookingTest, TwoUpcomingBookingsPerPhoneAndRoom) {
  const std::string phone = ResidentPhone(1);
  ASSERT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-11-30T09:00", "2026-11-30T09:30", phone))), "confirmed");
  ASSERT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-01T09:00", "2026-12-01T09:30", phone))), "confirmed");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-02T09:00", "2026-12-02T09:30", phone))),
            "kLimitReached");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings"), 2);
  // Another room has its own limit; another phone its own.
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(2, "2026-12-02T09:00", "2026-12-02T10:00", phone))), "confirmed");
  EXPECT_EQ(RefusalOf(BookAt(kNow, BookReq(1, "2026-12-02T09:00", "2026-12-02T09:30", ResidentPhone(2)))),
            "confirmed");
  // Once the first one is over (it was attended), a new one fits again.
  ASSERT_TRUE(std::holds_alternative<Arrived>(
      ArriveByPhone(db_, phone, At("2026-11-30T09:00"), kDemoPhoneHashKey, policy_)));
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T09:30", BookReq(1, "2026-12-03T09:00", "2026-12-03T09:30", phone))),
            "confirmed");
  // A limit from kiosk.toml.
  policy_.bookings_per_phone = 3;
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T09:30", BookReq(1, "2026-12-04T09:00", "2026-12-04T09:30", phone))),
            "confirmed");
}

TEST_F(BookingTest, DoubleTapOnConfirmGivesTheSameBookingBack) {
  const BookingRequest request = BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", ResidentPhone(1));
  const BookingOutcome first = BookAt(kNow, request);
  const BookingOutcome second = BookAt(kNow, request);
  ASSERT_TRUE(Holds<BookingConfirmed>(first));
  ASSERT_TRUE(Holds<AlreadyBooked>(second));
  EXPECT_EQ(std::get<AlreadyBooked>(second).booking_id, std::get<BookingConfirmed>(first).booking_id);
  EXPECT_EQ(std::get<AlreadyBooked>(second).confirmation_code,
            std::get<BookingConfirmed>(first).confirmation_code);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings"), 1);
  EXPECT_EQ(OutboxCount(db_, "book"), 1);
  EXPECT_TRUE(IsWellFormedConfirmationCode(std::get<BookingConfirmed>(first).confirmation_code));
}

TEST_F(BookingTest, MatterAndPhoneAreStoredOnlyAsMatterCodeHashAndLastFour) {
  ASSERT_TRUE(Holds<BookingConfirmed>(BookAt(
      kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", "13912345678", BookingMatter::kLabour))));
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings WHERE matter = 'labour' AND phone_last4 = '5678'"), 1);
  EXPECT_EQ(LastPayloadField(db_, "matter"), "labour");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox WHERE payload LIKE '%13912345678%'"), 0);
}

TEST_F(BookingTest, ArriveAndNoShowAtTheGraceBoundary) {
  const std::string early = ResidentPhone(1), late = ResidentPhone(2);
  const auto a =
      std::get<BookingConfirmed>(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", early)));
  const auto b =
      std::get<BookingConfirmed>(BookAt(kNow, BookReq(2, "2026-11-30T10:00", "2026-11-30T11:00", late)));

  EXPECT_EQ(
      std::get<ArriveRefused>(ArriveByPhone(db_, early, At("2026-11-30T09:29"), kDemoPhoneHashKey, policy_))
          .reason,
      ArriveRefusal::kTooEarly);
  // One minute before the grace ends: arrived (by the code on the resident's slip).
  const ArriveOutcome arrived = ArriveByCode(db_, a.confirmation_code, At("2026-11-30T10:14"), policy_);
  ASSERT_TRUE(Holds<Arrived>(arrived));
  EXPECT_FALSE(std::get<Arrived>(arrived).already);
  EXPECT_TRUE(std::get<Arrived>(ArriveByPhone(db_, early, At("2026-11-30T10:20"), kDemoPhoneHashKey, policy_))
                  .already);
  EXPECT_EQ(OutboxCount(db_, "arrive"), 1);

  // The other resident: nothing released at 10:14, released at 10:15 exactly.
  EXPECT_TRUE(ReleaseNoShows(db_, At("2026-11-30T10:14"), policy_).empty());
  EXPECT_EQ(GridLetters(2, "2026-11-30", "2026-11-30T10:14"), "PTFFFFFFFFFF");
  EXPECT_EQ(GridLetters(2, "2026-11-30", "2026-11-30T10:15"),
            "PFFFFFFFFFFF");  // free at once, before any write
  EXPECT_EQ(
      std::get<ArriveRefused>(ArriveByPhone(db_, late, At("2026-11-30T10:15"), kDemoPhoneHashKey, policy_))
          .reason,
      ArriveRefusal::kNotFound);
  EXPECT_EQ(ReleaseNoShows(db_, At("2026-11-30T10:15"), policy_), std::vector<std::string>{b.booking_id});
  EXPECT_EQ(StatusOf(b.booking_id), "no_show");
  EXPECT_EQ(StatusOf(a.booking_id), "confirmed");  // arrived: never released
  EXPECT_EQ(OutboxCount(db_, "release_no_show"), 1);
  EXPECT_TRUE(ReleaseNoShows(db_, At("2026-11-30T10:30"), policy_).empty());

  // The released time can be booked again straight away.
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T10:16",
                             BookReq(2, "2026-11-30T10:00", "2026-11-30T11:00", ResidentPhone(3)))),
            "confirmed");
}

TEST_F(BookingTest, ABookingReleasesDueNoShowsOfItsRoomFirst) {
  const auto gone = std::get<BookingConfirmed>(
      BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", ResidentPhone(1))));
  policy_.grace_minutes = 5;  // kiosk.toml booking_grace_minutes
  EXPECT_EQ(RefusalOf(BookAt("2026-11-30T10:05",
                             BookReq(1, "2026-11-30T10:30", "2026-11-30T11:00", ResidentPhone(2)))),
            "confirmed");
  EXPECT_EQ(StatusOf(gone.booking_id), "no_show");
  EXPECT_EQ(LastPayloadField(db_, "booking_id", 1), gone.booking_id);  // release written before the book
}

TEST_F(BookingTest, CancelFreesTheTimeAndItCanBeBookedAgain) {
  const std::string phone = ResidentPhone(1);
  const auto booked =
      std::get<BookingConfirmed>(BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", phone)));
  ASSERT_EQ(BookingsForPhone(db_, phone, At(kNow), kDemoPhoneHashKey, policy_).size(), 1u);
  ASSERT_TRUE(Holds<BookingCancelled>(CancelBooking(db_, booked.booking_id, At(kNow))));
  EXPECT_EQ(std::get<BookingCancelRefused>(CancelBooking(db_, booked.booking_id, At(kNow))).reason,
            BookingCancelRefusal::kAlreadyCancelled);
  EXPECT_TRUE(BookingsForPhone(db_, phone, At(kNow), kDemoPhoneHashKey, policy_).empty());
  EXPECT_EQ(GridLetters(1, "2026-11-30", kNow), std::string(17, 'F'));
  EXPECT_EQ(OutboxCount(db_, "cancel_booking"), 1);

  const auto again = std::get<BookingConfirmed>(
      BookAt(kNow, BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", ResidentPhone(2))));
  EXPECT_EQ(
      std::get<BookingCancelRefused>(CancelBooking(db_, again.booking_id, At("2026-11-30T10:00"))).reason,
      BookingCancelRefusal::kStarted);
  EXPECT_EQ(std::get<BookingCancelRefused>(CancelBooking(db_, "K01-999", At(kNow))).reason,
            BookingCancelRefusal::kNotFound);
}

}  // namespace
}  // namespace kiosk::testing
