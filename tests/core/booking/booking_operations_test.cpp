// tests/core/booking/booking_operations_test.cpp — the booking operations as the office merge sees
// them: a kiosk's day of bookings replayed in order on the database as it was gives the same rows,
// a second replay changes nothing, an overlapping booking from another kiosk becomes 'conflict',
// and two kiosk processes racing for one slot on one file: exactly one wins.
#include <algorithm>
#include <atomic>
#include <random>
#include <thread>

#include "kiosk/core/sync/operations.h"
#include "kiosk/core/time/minute_time.h"
#include "tests/core/booking/booking_test_support.h"

namespace kiosk::testing {
namespace {

std::string BookingRows(db::Database& db) {
  db::Statement query(
      db,
      "SELECT quote(id)||'|'||quote(origin_kiosk)||'|'||quote(created_at)||'|'||room_id||'|'||"
      "start_at||'|'||end_at||'|'||phone_hash||'|'||phone_last4||'|'||confirmation_code||'|'||"
      "status||'|'||quote(matter)||'|'||quote(arrived_at)||'|'||quote(released_at) "
      "FROM bookings ORDER BY id");
  std::string rows;
  while (query.Step()) rows += query.ColumnText(0) + "\n";
  return rows;
}

struct OfficeCopy : BookingTest {
  void TestBody() override {}
  db::Database& db() { return db_; }
};

TEST_F(BookingTest, EachOperationReplaysOnTheOfficeCopyToTheSameRows) {
  const std::string a = ResidentPhone(1), b = ResidentPhone(2);
  const auto kept = std::get<BookingConfirmed>(BookAt(
      "2026-11-30T08:00", BookReq(1, "2026-11-30T09:00", "2026-11-30T10:00", a, BookingMatter::kProperty)));
  const auto dropped = std::get<BookingConfirmed>(
      BookAt("2026-11-30T08:00", BookReq(1, "2026-11-30T10:00", "2026-11-30T11:00", b, std::nullopt)));
  const auto missed = std::get<BookingConfirmed>(
      BookAt("2026-11-30T08:00", BookReq(2, "2026-11-30T09:00", "2026-11-30T10:00", b)));
  ASSERT_TRUE(Holds<BookingCancelled>(CancelBooking(db_, dropped.booking_id, At("2026-11-30T08:10"))));
  ASSERT_TRUE(Holds<Arrived>(ArriveByPhone(db_, a, At("2026-11-30T08:50"), kDemoPhoneHashKey, policy_)));
  ASSERT_EQ(ReleaseNoShows(db_, At("2026-11-30T09:15"), policy_),
            std::vector<std::string>{missed.booking_id});
  (void)kept;

  const std::vector<OutboxEntry> owed = UnacknowledgedOperations(db_);
  ASSERT_EQ(owed.size(), 6u);  // 3 book, cancel_booking, arrive, release_no_show
  OfficeCopy office;
  for (int pass = 0; pass < 2; ++pass) {
    db::Transaction transaction(office.db());
    for (const OutboxEntry& entry : owed) {
      const ParsedOperation parsed = ParseOperation(entry.op_id, entry.kind, entry.payload);
      ASSERT_TRUE(std::holds_alternative<Operation>(parsed)) << entry.op_id;
      EXPECT_EQ(OperationPayload(std::get<Operation>(parsed)), entry.payload) << "the round trip is lossless";
      EXPECT_EQ(ApplyOperation(office.db(), std::get<Operation>(parsed)),
                pass == 0 ? ApplyResult::kApplied : ApplyResult::kReplayed)
          << entry.kind << " pass " << pass;
    }
    transaction.Commit();
    EXPECT_EQ(BookingRows(office.db()), BookingRows(db_));
  }
}

TEST_F(BookingTest, TheOfficeRecordsAnOverlappingBookingFromAnotherKioskAsAConflict) {
  const BookOp first = BookOpOfRoom1("K01-1", "2026-11-30T09:00", "2026-11-30T11:00", "K7MQ3X");
  BookOp second = first;
  second.booking_id = "K02-1";
  second.start_at = At("2026-11-30T10:30");
  second.end_at = At("2026-11-30T11:30");
  second.phone_hash = std::string(64, 'b');
  second.confirmation_code = "K7MQ3Y";
  BookOp unknown_room = first;
  unknown_room.booking_id = "K03-1";
  unknown_room.room_id = 42;

  db::Transaction transaction(db_);
  EXPECT_EQ(Apply(db_, first), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, second), ApplyResult::kConflict);
  EXPECT_EQ(Apply(db_, second), ApplyResult::kReplayed);
  EXPECT_EQ(Apply(db_, unknown_room), ApplyResult::kRejected);
  EXPECT_EQ(Apply(db_, ArriveOp{"K02-1", At("2026-11-30T10:30")}), ApplyResult::kConflict);
  EXPECT_EQ(Apply(db_, ReleaseNoShowOp{"K02-1", At("2026-11-30T10:45")}), ApplyResult::kConflict);
  EXPECT_EQ(Apply(db_, CancelBookingOp{"K02-1", 1, At("2026-11-30T10:30"), At("2026-11-30T08:00")}),
            ApplyResult::kConflict);
  EXPECT_EQ(Apply(db_, CancelBookingOp{"K09-1", 1, At("2026-11-30T10:30"), At("2026-11-30T08:00")}),
            ApplyResult::kRejected);
  transaction.Commit();
  EXPECT_EQ(StatusOf("K01-1"), "confirmed");
  EXPECT_EQ(StatusOf("K02-1"), "conflict");
}

// The office merges bookings of every kiosk of a room, years of them: the overlap rule looks at the
// bookings near the new one only, and must still decide exactly as a look at every confirmed
// booking would. 600 random bookings of room 1 over 20 days (starts on 10-minute steps, so some
// are off the room's 30-minute slots; 10 minutes to 4 hours long), one in five cancelled again.
TEST_F(BookingTest, TheOverlapRuleDecidesAsEveryConfirmedBookingOfTheRoomWould) {
  struct Held {
    LocalDateTime start, end;
    std::string id;
  };
  std::vector<Held> confirmed;
  std::mt19937 random(20261130);
  const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  int conflicts = 0, applied = 0;
  db::Transaction transaction(db_);
  for (int i = 1; i <= 600; ++i) {
    BookOp op = BookOpOfRoom1("K02-" + std::to_string(i), "2026-11-30T08:00", "2026-11-30T08:30", "K7MQ3X");
    op.start_at = AddMinutes(At("2026-11-30T08:00"), 24 * 60 * pick(20) + 10 * pick(60));
    op.end_at = AddMinutes(op.start_at, 10 * (1 + pick(24)));
    const bool overlaps = std::any_of(confirmed.begin(), confirmed.end(), [&op](const Held& held) {
      return held.start < op.end_at && op.start_at < held.end;
    });
    const ApplyResult result = Apply(db_, op);
    ASSERT_EQ(result, overlaps ? ApplyResult::kConflict : ApplyResult::kApplied)
        << op.booking_id << " " << op.start_at.Iso() << "-" << op.end_at.Iso();
    (overlaps ? conflicts : applied) += 1;
    if (!overlaps) confirmed.push_back({op.start_at, op.end_at, op.booking_id});
    if (!confirmed.empty() && pick(5) == 0) {
      const size_t gone = static_cast<size_t>(pick(static_cast<int>(confirmed.size())));
      ASSERT_EQ(
          Apply(db_, CancelBookingOp{confirmed[gone].id, 1, confirmed[gone].start, At("2026-11-29T20:00")}),
          ApplyResult::kApplied);
      confirmed.erase(confirmed.begin() + static_cast<std::ptrdiff_t>(gone));
    }
  }
  transaction.Commit();
  EXPECT_GT(conflicts, 100);
  EXPECT_GT(applied, 100);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM bookings WHERE status = 'confirmed'"),
            static_cast<int64_t>(confirmed.size()));
}

TEST(BookingRace, TwoKioskProcessesOnOneFileForOneSlotExactlyOneWins) {
  TempDbPath path;
  {
    db::Database setup = OpenKioskDatabase(path.str(), true);
    InsertMinimalCalendar(setup);
    SetKioskId(setup, "K01");
  }
  constexpr int kRounds = 8;
  for (int round = 0; round < kRounds; ++round) {
    const std::string start = "2026-11-30T" + std::string(round < 2 ? "0" : "") +
                              std::to_string(9 + round / 2) + (round % 2 ? ":30" : ":00");
    const LocalDateTime begin = At(start);
    std::atomic<int> ready{0};
    BookingOutcome outcomes[2] = {BookingRefused{BookingRefusal::kTaken},
                                  BookingRefused{BookingRefusal::kTaken}};
    auto racer = [&](int who) {
      db::Database db = OpenKioskDatabase(path.str(), false);
      const BookingRequest request{1, begin, AddMinutes(begin, 30), ResidentPhone(10 * round + who),
                                   std::nullopt};
      ++ready;
      while (ready < 2) std::this_thread::yield();
      outcomes[who] = Book(db, request, At("2026-11-30T08:00"), kDemoPhoneHashKey, BookingPolicy{});
    };
    std::thread first(racer, 0), second(racer, 1);
    first.join();
    second.join();
    const int won = Holds<BookingConfirmed>(outcomes[0]) + Holds<BookingConfirmed>(outcomes[1]);
    EXPECT_EQ(won, 1) << start;
    for (const BookingOutcome& outcome : outcomes) {
      if (!Holds<BookingConfirmed>(outcome)) {
        EXPECT_EQ(RefusalOf(outcome), "kTaken") << start;
      }
    }
  }
  db::Database check = OpenKioskDatabase(path.str(), false);
  EXPECT_EQ(Count(check, "SELECT count(*) FROM bookings WHERE status = 'confirmed'"), kRounds);
  EXPECT_EQ(Count(check, "SELECT count(*) FROM outbox WHERE kind = 'book'"), kRounds);
}

}  // namespace
}  // namespace kiosk::testing
