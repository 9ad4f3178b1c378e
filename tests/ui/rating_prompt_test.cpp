// 好差评 as a resident meets it: under a sign-up's, a booking's and a volunteer's check-in result,
// 满意 / 基本满意 / 不满意 are offered; 不满意 then a reason records one anonymous rating with its
// reason and says 谢谢您的评价 with no buttons left; a double tap records one rating; the result's
// countdown and its 再看一会 / 完成 are as they were.
#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "kiosk/core/feedback/ratings.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

std::unique_ptr<HeadlessUi> SignedUp(db::Database& db, int64_t occurrence) {
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kSignup;
  options.start_occurrence = occurrence;
  auto h = std::make_unique<HeadlessUi>(db, options);
  h->Settle();
  TypeDigits(*h, "13812345678");
  EXPECT_TRUE(h->Tap("下一步"));
  EXPECT_TRUE(h->Tap("跳过"));
  EXPECT_TRUE(h->Tap("确认报名"));
  EXPECT_NE(h->FrameText().find("报名成功"), std::string::npos);
  return h;
}

std::string Ratings(db::Database& db) {
  db::Statement q(db,
                  "SELECT group_concat(flow || ' ' || choice || ' ' || coalesce(reason, '-') || ' ' || "
                  "coalesce(occurrence_id, '-') || ' ' || coalesce(room_id, '-'), '; ') FROM ratings");
  q.Step();
  return q.ColumnText(0);
}

int PromptTargets(const HeadlessUi& h) {
  int n = 0;
  for (const ui::Target& t : h.targets().last_frame())
    n += t.label.rfind("评价：", 0) == 0 || t.label.rfind("原因：", 0) == 0;
  return n;
}

TEST(RatingPrompt, UnsatisfiedThenAReasonOnASignUpResult) {
  db::Database db = DemoDatabase();
  const int64_t occurrence = OpenOccurrenceWithSeats(db);
  auto h = SignedUp(db, occurrence);
  const std::string result = h->FrameText();
  EXPECT_NE(result.find("服务满意吗"), std::string::npos) << result;
  for (const char* label : {"评价：满意", "评价：基本满意", "评价：不满意", "再看一会", "完成"})
    EXPECT_TRUE(h->targets().Find(label)) << label;
  EXPECT_EQ(PromptTargets(*h), 3);

  ASSERT_TRUE(h->Tap("评价：不满意"));
  EXPECT_FALSE(h->targets().Find("评价：满意")) << "the choices go once one is tapped";
  for (const char* label :
       {"原因：等候太久", "原因：操作太难", "原因：字太小", "原因：信息不清楚", "原因：其他"})
    EXPECT_TRUE(h->targets().Find(label)) << label;
  EXPECT_EQ(Ratings(db), "signup unsatisfied - " + std::to_string(occurrence) + " -")
      << "recorded at once: a resident who walks away now still counts";

  ASSERT_TRUE(h->Tap("原因：字太小"));
  EXPECT_NE(h->FrameText().find("谢谢您的评价"), std::string::npos);
  EXPECT_EQ(PromptTargets(*h), 0) << "the buttons go";
  EXPECT_NE(h->FrameText().find("报名成功"), std::string::npos) << "still the result";
  EXPECT_TRUE(h->targets().Find("完成"));
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM ratings"), 1);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM ratings WHERE reason = 'text_too_small'"), 1);
  EXPECT_EQ(OutboxOps(db, "rating"), 0) << "the journal takes ratings only when a batch is written";
  QueueRatingsForSync(db, *LocalDateTime::ParseIso("2026-11-27T23:00"));
  EXPECT_EQ(OutboxOps(db, "rating"), 1) << "the rating and its reason, once";
  ASSERT_EQ(db::QueryInt(db, "SELECT count(*) FROM signups WHERE phone_last4 = '5678'"), 1);
  EXPECT_EQ(db::QueryInt(db,
                         "SELECT count(*) FROM outbox o JOIN signups s ON s.phone_last4 = '5678' "
                         "WHERE o.kind = 'rating' AND (instr(o.payload, '5678') OR instr(o.payload, s.id) OR "
                         "instr(o.payload, s.confirmation_code) OR instr(o.payload, s.phone_hash))"),
            0);
}

TEST(RatingPrompt, ADoubleTapRecordsOneRating) {
  db::Database db = DemoDatabase();
  auto h = SignedUp(db, OpenOccurrenceWithSeats(db));
  const std::optional<ui::Target> fair = h->targets().Find("评价：基本满意");
  ASSERT_TRUE(fair);
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(fair->center_x(), fair->center_y());
  h->Frames(30);
  for (int tap = 0; tap < 2; ++tap) {  // two taps 1/30 s apart, on the same spot
    io.MouseDown[0] = true;
    h->Frame();
    io.MouseDown[0] = false;
    h->Frame();
  }
  h->Settle();
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM ratings"), 1);
  QueueRatingsForSync(db, *LocalDateTime::ParseIso("2026-11-27T23:00"));
  EXPECT_EQ(OutboxOps(db, "rating"), 1) << "the second tap landed on a reason under the guard: nothing";
  EXPECT_TRUE(h->targets().Find("原因：其他"));
}

TEST(RatingPrompt, TheResultCountsDownAsBefore) {
  db::Database db = DemoDatabase();
  auto h = SignedUp(db, OpenOccurrenceWithSeats(db));
  ASSERT_TRUE(h->Tap("评价：满意"));
  EXPECT_NE(h->FrameText().find("谢谢您的评价"), std::string::npos);
  EXPECT_EQ(PromptTargets(*h), 0) << "no reason after 满意";
  h->Wait(31);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome) << "the result went home on its own time";
  EXPECT_EQ(Ratings(db).substr(0, 17), "signup satisfied ");
}

TEST(RatingPrompt, ABookingAndAVolunteerCheckInAreRatedToo) {
  db::Database db = DemoDatabase();
  {
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kRoomBooking;
    options.site_code = "fusheng";
    HeadlessUi h(db, options);
    h.Settle();
    ASSERT_TRUE(h.Tap("福圣社区 调解室"));
    ASSERT_TRUE(h.Tap("10:00 可预约"));
    ASSERT_TRUE(h.Tap("下一步"));
    TypeDigits(h, "13812345678");
    ASSERT_TRUE(h.Tap("下一步"));
    ASSERT_TRUE(h.Tap("邻里纠纷"));
    ASSERT_TRUE(h.Tap("确认预约"));
    ASSERT_TRUE(h.Tap("评价：满意"));
  }
  {
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kVolunteer;
    HeadlessUi h(db, options);
    h.Settle();
    EXPECT_FALSE(h.targets().Find("评价：满意"));
    Scan(h, "V0001");
    EXPECT_FALSE(h.targets().Find("评价：满意")) << "nothing done yet: nothing to rate";
    ASSERT_TRUE(h.Tap("签到"));
    ASSERT_TRUE(h.Tap("评价：基本满意"));
    ASSERT_TRUE(h.Tap("原因：等候太久"));
    EXPECT_NE(h.FrameText().find("谢谢您的评价"), std::string::npos);
  }
  const int64_t room = db::QueryInt(db,
                                    "SELECT r.id FROM rooms r JOIN sites s ON s.id = r.site_id "
                                    "WHERE s.code = 'fusheng' AND r.bookable = 1 ORDER BY r.id LIMIT 1");
  db::Statement q(db,
                  "SELECT flow, choice, coalesce(reason, '-'), site_code, room_id IS NULL, "
                  "occurrence_id IS NULL, coalesce(room_id, 0) FROM ratings ORDER BY flow");  // ids are random
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(0) + " " + q.ColumnText(1) + " " + q.ColumnText(2) + " " + q.ColumnText(3),
            "booking satisfied - fusheng");
  EXPECT_EQ(q.ColumnInt(6), room);
  EXPECT_EQ(q.ColumnInt(5), 1) << "a booking names its room, no activity";
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(0) + " " + q.ColumnText(1) + " " + q.ColumnText(2), "checkin fair waited_too_long");
  EXPECT_EQ(q.ColumnInt(4), 1) << "a check-in names its activity, no room";
  EXPECT_FALSE(q.Step());
}

}  // namespace
}  // namespace kiosk::test
