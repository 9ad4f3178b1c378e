// Activity detail and the calendar's navigation: seats left or 已满 with the waitlist, the
// buttons that lead on with the occurrence selected, Back one view at a time, Home resets.
#include <gtest/gtest.h>

#include <string>

#include "headless_ui.h"
#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/ui/texture_provider.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb_image_write.h>
#pragma GCC diagnostic pop

namespace kiosk::test {
namespace {

constexpr const char* kBottles = "存旧瓶筑新绿·环保手工课";

// Opens the calendar, the day (next month if need be), then the activity titled `title`,
// dragging the agenda up until its row shows — as a resident would.
void OpenDetail(HeadlessUi& h, const std::string& day, const std::string& title) {
  ASSERT_TRUE(h.Tap("活动日历"));
  if (!h.FindPrefix(day)) {
    ASSERT_TRUE(h.Tap("下个月"));
  }
  const auto cell = h.FindPrefix(day);
  ASSERT_TRUE(cell) << day;
  h.TapAt(ImVec2(cell->center_x(), cell->center_y()));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kDay);
  // Rows are labelled "title date time": the first row whose label starts with the title.
  const std::string row = title + " ";
  for (int drag = 0; drag < 10 && !h.FindPrefix(row); ++drag)
    h.Drag(ImVec2(h.display().x / 2, h.display().y * 0.8f), ImVec2(h.display().x / 2, h.display().y * 0.45f),
           10);
  h.Frames(180);  // let the flick come to rest before aiming, as a person does
  const auto target = h.FindPrefix(row);
  ASSERT_TRUE(target) << title;
  h.TapAt(ImVec2(target->center_x(), target->center_y()));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kDetail);
}

TEST(ActivityDetail, FullActivitySaysFullAndTheWaitlist) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenDetail(h, "2026-11-28", kBottles);
  const std::string text = h.FrameText();
  EXPECT_NE(text.find("已满 · 候补2人"), std::string::npos) << text;
  EXPECT_NE(text.find("招募志愿者"), std::string::npos);
  EXPECT_NE(text.find("塑料瓶"), std::string::npos) << "the description";
  EXPECT_NE(text.find("同福社区"), std::string::npos) << "the place";
  EXPECT_TRUE(h.FindPrefix("我要报名："));
  EXPECT_TRUE(h.FindPrefix("志愿者签到："));
}

TEST(ActivityDetail, SeatsLeftFollowTheSignUps) {
  db::Database db = DemoDatabase();
  // A week later the same activity has no sign-ups yet: all 15 seats are free.
  HeadlessUi h(db, {});
  OpenDetail(h, "2026-12-05", kBottles);
  EXPECT_NE(h.FrameText().find("余15位（共15位）"), std::string::npos);
  // Two confirmed sign-ups arrive (a sync): after a reload, two fewer.
  db.Exec(
      "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, status) "
      "SELECT 'T-' || n, 'T', '2026-11-27T09:00', o.id, printf('%064d', n), '0000', 'confirmed' "
      "FROM occurrences o JOIN events e ON e.id = o.event_id, (SELECT 1 AS n UNION SELECT 2) "
      "WHERE e.uid = 'ta-bottles' AND o.start_at LIKE '2026-12-05%'");
  h.ui().ReloadData();
  EXPECT_NE(h.FrameText().find("余13位（共15位）"), std::string::npos);
}

TEST(ActivityDetail, SignUpAndVolunteerButtonsCarryTheOccurrence) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenDetail(h, "2026-11-28", kBottles);
  const int64_t expected = db::QueryInt(db,
                                        "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id "
                                        "WHERE e.uid = 'ta-bottles' AND o.start_at LIKE '2026-11-28%'");
  ASSERT_TRUE(h.TapPrefix("我要报名："));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kSignup);
  EXPECT_EQ(h.ui().selection().occurrence_id, expected);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kCalendar);
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kDetail) << "back to the same activity";
  ASSERT_TRUE(h.TapPrefix("志愿者签到："));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kVolunteer);
  EXPECT_EQ(h.ui().selection().occurrence_id, expected);
}

TEST(CalendarNavigation, BackGoesOneStepAtATime) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenDetail(h, "2026-11-28", kBottles);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kDay);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
}

TEST(CalendarNavigation, HomeResetsEverything) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("活动日历"));
  ASSERT_TRUE(h.Tap("筛选"));
  ASSERT_TRUE(h.Tap("环保"));
  ASSERT_TRUE(h.Tap("完成"));
  ASSERT_TRUE(h.Tap("下个月"));
  const auto cell = h.FindPrefix("2026-12-05");
  ASSERT_TRUE(cell);
  h.TapAt(ImVec2(cell->center_x(), cell->center_y()));
  ASSERT_TRUE(h.TapPrefix(std::string(kBottles) + " ")) << "the environment filter leaves it near the top";
  ASSERT_TRUE(h.Tap("首页"));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
  EXPECT_FALSE(h.ui().selection().occurrence_id) << "nothing picked stays for the next person";
  ASSERT_TRUE(h.Tap("活动日历"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
  EXPECT_TRUE(h.FindPrefix("2026-11-27")) << "this month again";
  EXPECT_TRUE(
      h.targets().Find("2026-11-27 " + std::to_string(OccurrencesOnDay(db, {2026, 11, 27}).size()) + "项"))
      << "no filter any more";
}

TEST(CalendarNavigation, IdleResetClearsTheCalendar) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenDetail(h, "2026-11-28", kBottles);
  h.ui().ResetAll();
  h.Settle();
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
  EXPECT_FALSE(h.ui().selection().occurrence_id);
  ASSERT_TRUE(h.Tap("活动日历"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
}

TEST(CalendarNavigation, HomeRowOpensThatActivitysDetailAndBackReturnsHome) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_FALSE(today.empty());
  ASSERT_TRUE(h.Tap(RowLabel(today.front())));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kCalendar);
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kDetail);
  EXPECT_EQ(h.ui().selection().occurrence_id, today.front().occurrence_id);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
}

// A poster in the database reaches the texture provider decoded, at most 1024 px a side.
class RecordingTextures final : public ui::TextureProvider {
 public:
  ui::PosterTexture Poster(int64_t event_id, const PosterImage& image) override {
    last_event = event_id;
    width = image.width;
    height = image.height;
    ++calls;
    return {reinterpret_cast<ImTextureID>(static_cast<intptr_t>(7)), image.width, image.height};
  }
  void Clear() override { ++clears; }
  int64_t last_event = 0;
  int width = 0, height = 0, calls = 0, clears = 0;
};

std::vector<uint8_t> Png(int w, int h) {
  std::vector<uint8_t> rgba(static_cast<size_t>(w) * h * 4, 200);
  std::vector<uint8_t> out;
  stbi_write_png_to_func(
      [](void* ctx, void* data, int size) {
        auto* v = static_cast<std::vector<uint8_t>*>(ctx);
        v->insert(v->end(), static_cast<uint8_t*>(data), static_cast<uint8_t*>(data) + size);
      },
      &out, w, h, 4, rgba.data(), w * 4);
  return out;
}

TEST(ActivityDetail, PosterGoesToTheTextureProvider) {
  db::Database db = DemoDatabase();
  const auto png = Png(2048, 1024);
  db::Statement(db, "UPDATE events SET poster = ?1 WHERE uid = 'ta-bottles'")
      .Bind(1, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()))
      .Run();
  db.Exec("UPDATE events SET poster = CAST(poster AS BLOB) WHERE uid = 'ta-bottles'");
  RecordingTextures textures;
  ui::UiOptions options;
  options.textures = &textures;
  HeadlessUi h(db, options);
  OpenDetail(h, "2026-11-28", kBottles);
  EXPECT_GT(textures.calls, 0);
  EXPECT_EQ(textures.last_event, db::QueryInt(db, "SELECT id FROM events WHERE uid = 'ta-bottles'"));
  EXPECT_EQ(textures.width, 1024);
  EXPECT_EQ(textures.height, 512);
  h.ui().ReloadData();
  EXPECT_EQ(textures.clears, 1);
}

TEST(ActivityDetail, UnreadablePosterStillShowsTheActivity) {
  db::Database db = DemoDatabase();
  db.Exec("UPDATE events SET poster = x'474946383961' WHERE uid = 'ta-bottles'");  // a GIF header
  RecordingTextures textures;
  ui::UiOptions options;
  options.textures = &textures;
  HeadlessUi h(db, options);
  OpenDetail(h, "2026-11-28", kBottles);
  EXPECT_EQ(textures.calls, 0);
  EXPECT_NE(h.FrameText().find("已满"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::test
