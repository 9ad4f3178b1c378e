// tests/core/calendar/home_listing_test.cpp — what the home screen lists: today's occurrences in time
// order, cancelled ones left out, seats left from confirmed sign-ups only.
#include "kiosk/core/calendar/home_listing.h"

#include <gtest/gtest.h>

#include "kiosk/core/storage/kiosk_database.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

class HomeListing : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::InsertMinimalCalendar(db);
    db.Exec(R"sql(
      INSERT INTO events(id, uid, title, category_id, site_id, room_id, venue)
        VALUES(2, 'mediation-open', '调解室开放', 1, 1, 1, '');
      INSERT INTO events(id, uid, title, category_id, site_id, venue, status)
        VALUES(3, 'flower-sea', '蔚然花海免费开放日', 1, 1, '蔚然花海', 'cancelled');
      INSERT INTO meta(key, value) VALUES('centre_name', '同安街道党群服务中心');
    )sql");
    testing::InsertOccurrence(db, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
    testing::InsertOccurrence(db, 11, 2, "2026-11-27T09:00", "2026-11-27T17:00");
    testing::InsertOccurrence(db, 12, 1, "2026-11-26T16:30", "2026-11-26T18:00");  // yesterday
    testing::InsertOccurrence(db, 13, 1, "2026-11-28T16:30", "2026-11-28T18:00", "cancelled");
    testing::InsertOccurrence(db, 14, 3, "2026-11-27T10:00", "2026-11-27T17:00");  // event cancelled
    testing::InsertOccurrence(db, 15, 1, "2026-11-30T16:30", "2026-11-30T18:00");
  }
  void AddSignup(int n, int64_t occurrence, const std::string& status) {
    const std::string id = "TA01-" + std::to_string(n);
    db::Statement(db,
                  "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, "
                  "status, waitlist_position) VALUES(?1, 'TA01', '2026-11-27T08:00', ?2, ?3, '0001', ?4, ?5)")
        .BindAll(id, occurrence, std::string(63, 'a') + std::to_string(n % 10), status,
                 status == "waitlisted" ? std::optional<int>(1) : std::nullopt)
        .Run();
  }
  db::Database db = OpenKioskDatabase(":memory:", true);
};

TEST_F(HomeListing, TodayInTimeOrderWithoutCancelled) {
  const auto today = OccurrencesOnDay(db, {2026, 11, 27});
  ASSERT_EQ(today.size(), 2u);
  EXPECT_EQ(today[0].title, "调解室开放");
  EXPECT_EQ(today[0].start.HourMinute(), "09:00");
  EXPECT_EQ(today[1].title, "快乐4点半");
  EXPECT_EQ(today[1].start.Iso(), "2026-11-27T16:30");
  EXPECT_EQ(today[1].end.HourMinute(), "18:00");
  EXPECT_EQ(today[1].category, "教育");
  EXPECT_EQ(today[1].site, "福圣社区");
  EXPECT_EQ(today[1].venue, "福圣社区 活动室");
  EXPECT_FALSE(today[1].cancelled);
  EXPECT_TRUE(OccurrencesOnDay(db, {2026, 11, 28}).empty());  // its only occurrence is cancelled
}

TEST_F(HomeListing, VenueFallsBackToSiteAndRoom) {
  const auto today = OccurrencesOnDay(db, {2026, 11, 27});
  ASSERT_FALSE(today.empty());
  EXPECT_EQ(today[0].venue, "福圣社区 调解室");
}

// A seat free while someone waits is theirs (seats.h), so it is not shown as left.
TEST_F(HomeListing, SeatsLeftCountConfirmedSignupsAndThoseWaiting) {
  for (int n = 1; n <= 5; ++n) AddSignup(n, 10, "confirmed");
  AddSignup(6, 10, "cancelled");
  AddSignup(7, 10, "waitlisted");
  AddSignup(8, 15, "confirmed");  // another day's occurrence
  const auto today = OccurrencesOnDay(db, {2026, 11, 27});
  ASSERT_EQ(today.size(), 2u);
  EXPECT_EQ(today[1].seats.confirmed, 5);
  EXPECT_EQ(today[1].seats.capacity, 20);
  EXPECT_EQ(today[1].seats.waitlisted, 1);
  EXPECT_EQ(today[1].seats.Left(), 14);
  EXPECT_FALSE(today[0].seats.capacity);  // the open mediation room has no limit
  EXPECT_FALSE(today[0].seats.Left());
}

TEST_F(HomeListing, FullEventShowsNoSeatsLeftNeverNegative) {
  db.Exec("UPDATE events SET capacity = 3 WHERE id = 1");
  for (int n = 1; n <= 4; ++n) AddSignup(n, 10, "confirmed");  // e.g. merged from two kiosks
  const auto today = OccurrencesOnDay(db, {2026, 11, 27});
  EXPECT_EQ(today[1].seats.Left(), 0);
}

TEST_F(HomeListing, UpcomingStartsAfterTheGivenMinuteAndRespectsLimit) {
  const auto upcoming = UpcomingOccurrences(db, {{2026, 11, 27}, 9, 0}, 10);
  ASSERT_EQ(upcoming.size(), 2u);  // 09:00 itself is not "after", cancelled ones are skipped
  EXPECT_EQ(upcoming[0].occurrence_id, 10);
  EXPECT_EQ(upcoming[1].occurrence_id, 15);
  EXPECT_EQ(UpcomingOccurrences(db, {{2026, 11, 27}, 9, 0}, 1).size(), 1u);
}

TEST_F(HomeListing, CentreNameComesFromMeta) {
  EXPECT_EQ(CentreName(db), "同安街道党群服务中心");
  db.Exec("DELETE FROM meta");
  EXPECT_EQ(CentreName(db), "");
}

TEST_F(HomeListing, DisplayedTextCoversTitlesPlacesAndNames) {
  const auto texts = AllDisplayedDatabaseText(db);
  auto contains = [&](const std::string& s) {
    return std::find(texts.begin(), texts.end(), s) != texts.end();
  };
  for (const char* expected : {"快乐4点半", "调解室开放", "福圣社区", "调解室", "教育", "北京感恩基金",
                               "同安街道党群服务中心", "蔚然花海"}) {
    EXPECT_TRUE(contains(expected)) << expected;
  }
}

}  // namespace
}  // namespace kiosk
