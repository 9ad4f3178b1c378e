// tests/ui/idle_banner_test.cpp — the kindly idle reset, as a resident meets it: "还在使用吗？"
// over every screen that holds something for one person, its countdown, 继续使用 restoring the
// full time without tapping what lies under it, the reset clearing every form (the typed text
// is found nowhere afterwards), 再看一会 on the result, and 大字 off again for the next person.
#include "kiosk/ui/screens/idle_banner.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "flow_test_support.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/widgets/activity_row.h"

namespace kiosk::test {
namespace {

constexpr double kIdle = 60, kWarning = 15;

class IdleBannerTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> Open(ui::ScreenId screen, std::optional<int64_t> occurrence = std::nullopt,
                                   bool keep_large_text = false) {
    ui::UiOptions options;
    options.start_screen = screen;
    options.start_occurrence = occurrence;
    options.keep_large_text = keep_large_text;
    auto h = std::make_unique<HeadlessUi>(db_, options);
    h->Settle();
    return h;
  }
  // Everything the UI shows on every public screen it can reach by tapping from home: the words
  // drawn and the labels of the targets. Leaves the UI on home.
  std::string EverythingShown(HeadlessUi& h) {
    std::string all;
    const auto look = [&] {
      all += h.FrameText();
      for (const ui::Target& t : h.targets().last_frame()) all += "\n" + t.label + "\n";
    };
    look();
    for (const char* tile : {"活动日历", "报名参加", "志愿者签到", "我的报名与预约", "调解室预约"}) {
      EXPECT_TRUE(h.Tap(tile)) << tile;
      look();
      if (std::string_view(tile) == "活动日历" && h.Tap("搜索")) look();
      if (std::string_view(tile) == "报名参加" && h.Tap(FirstOpenTitle())) look();
      EXPECT_TRUE(h.Tap("首页"));
    }
    look();
    return all;
  }
  std::string FirstOpenTitle() {
    const auto open = OccurrencesOpenForSignUp(db_, TestNow(), 1);
    return open.empty() ? std::string("(none open)")
                        : ui::ActionTargetLabel("报名", open[0].title, open[0].start, ui::Lang::kZh);
  }
  db::Database db_ = DemoDatabase();
};

TEST(IdleWatch, PhasesFollowTheClock) {
  ui::IdleWatch idle(kIdle, kWarning);
  using Phase = ui::IdleWatch::Phase;
  EXPECT_EQ(idle.PhaseAt(100, true), Phase::kAtRest) << "nobody touched it: nothing to clear";
  idle.NoteInput(10);
  EXPECT_EQ(idle.PhaseAt(69.9, true), Phase::kInUse);
  EXPECT_EQ(idle.PhaseAt(70, true), Phase::kWarning);
  EXPECT_EQ(idle.SecondsLeft(70), 15);
  EXPECT_EQ(idle.SecondsLeft(84.5), 1);
  EXPECT_EQ(idle.PhaseAt(85, true), Phase::kResetDue);
  EXPECT_EQ(idle.PhaseAt(70, false), Phase::kResetDue) << "nothing held: no banner, reset at once";
  EXPECT_NEAR(*idle.SecondsUntilNextChange(50, true), 20, 1e-9);
  EXPECT_NEAR(*idle.SecondsUntilNextChange(72.25, true), 0.75, 1e-9) << "the countdown's next number";
  idle.NoteReset();
  EXPECT_EQ(idle.PhaseAt(85, true), Phase::kAtRest);
  EXPECT_FALSE(idle.SecondsUntilNextChange(85, true));
}

TEST_F(IdleBannerTest, BannerShowsOnEveryScreenHoldingSomething) {
  struct Case {
    const char* what;
    ui::ScreenId screen;
    std::function<void(HeadlessUi&)> fill;
  };
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  const std::vector<Case> cases = {
      {"sign-up keypad", ui::ScreenId::kSignup, [](HeadlessUi& h) { TypeDigits(h, "138123"); }},
      {"volunteer keypad", ui::ScreenId::kVolunteer, [](HeadlessUi& h) { TypeDigits(h, "139000"); }},
      {"my sign-ups keypad", ui::ScreenId::kMyRecords, [](HeadlessUi& h) { TypeDigits(h, "137777"); }},
      {"calendar", ui::ScreenId::kCalendar,
       [](HeadlessUi& h) {
         ImGui::GetIO().MousePos = ImVec2(5, 500);  // someone is there: the pointer moved
         h.Frames(2);
       }},
      {"home with 大字", ui::ScreenId::kHome, [](HeadlessUi& h) { ASSERT_TRUE(h.Tap("大字")); }},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    auto h =
        Open(c.screen, c.screen == ui::ScreenId::kSignup ? std::optional<int64_t>(occurrence) : std::nullopt);
    c.fill(*h);
    h->Wait(kIdle - 1);
    EXPECT_FALSE(h->ui().idle_banner_shown()) << "not before the idle time";
    h->Wait(1.5);
    ASSERT_TRUE(h->ui().idle_banner_shown());
    // The banner is a window of its own over the screen (ImGui's log, FrameText, reads only the
    // screen's window): its button is the one thing left to tap.
    EXPECT_TRUE(h->targets().Find("继续使用"));
    EXPECT_EQ(h->targets().last_frame().size(), 1u) << "nothing under the banner can be tapped";
    EXPECT_EQ(h->ui().current_screen(), c.screen) << "the screen stays under the banner";
    ASSERT_TRUE(h->ui().SecondsUntilNextDeadline());
    EXPECT_LE(*h->ui().SecondsUntilNextDeadline(), 1.0) << "the app wakes for each second";
    h->Wait(kWarning);
    EXPECT_FALSE(h->ui().idle_banner_shown());
    EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
    EXPECT_FALSE(h->ui().large_text()) << "大字 off for the next person";
  }
}

TEST_F(IdleBannerTest, HomeAtRestHasNoBannerAndGoesToTheAttractLoop) {
  auto h = Open(ui::ScreenId::kHome);
  ASSERT_TRUE(h->Tap("English"));
  ASSERT_TRUE(h->Tap("中文"));  // touched, but nothing held: no one to ask
  h->Wait(kIdle + 0.5);
  EXPECT_FALSE(h->ui().idle_banner_shown());
  EXPECT_TRUE(h->ui().attract_shown());
}

TEST_F(IdleBannerTest, KeepUsingRestoresTheFullTimeAndKeepsTheForm) {
  auto h = Open(ui::ScreenId::kSignup, OpenOccurrenceWithSeats(db_));
  TypeDigits(*h, "138123");
  const auto key5 = h->targets().Find("5");
  ASSERT_TRUE(key5);
  h->Wait(kIdle + 5);
  ASSERT_TRUE(h->ui().idle_banner_shown());
  EXPECT_FALSE(h->targets().Find("5")) << "the keypad under the banner cannot be tapped";
  ASSERT_TRUE(h->Tap("继续使用"));
  EXPECT_FALSE(h->ui().idle_banner_shown());
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kSignup);
  EXPECT_NE(h->FrameText().find("138 123"), std::string::npos) << "what was typed is still there";
  h->Wait(kIdle - 2);
  EXPECT_FALSE(h->ui().idle_banner_shown()) << "the full idle time again";
  h->Wait(2.5);
  EXPECT_TRUE(h->ui().idle_banner_shown());
  // A tap anywhere on the dimmed screen, here right over the keypad's 5, also keeps it, and
  // does not type a 5.
  h->TapAt(ImVec2(key5->center_x(), key5->center_y()));
  EXPECT_FALSE(h->ui().idle_banner_shown());
  const std::string text = h->FrameText();
  EXPECT_NE(text.find("138 123"), std::string::npos);
  EXPECT_EQ(text.find("138 1235"), std::string::npos) << "the tap reached the keypad under the banner";
}

TEST_F(IdleBannerTest, EveryFormIsClearedAndNothingTypedSurvives) {
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  struct Form {
    const char* what;
    ui::ScreenId screen;
    std::function<void(HeadlessUi&)> fill;
    std::vector<std::string> typed;  // as the screen shows it while filled
  };
  const std::vector<Form> forms = {
      {"sign-up number and name",
       ui::ScreenId::kSignup,
       [](HeadlessUi& h) {
         TypeDigits(h, "13812345678");
         ASSERT_TRUE(h.Tap("下一步"));
         for (const char* key : {"L", "I", "N", "A"}) ASSERT_TRUE(h.Tap(key));
         h.Settle();
         ASSERT_TRUE(h.Tap("李娜"));
       },
       {"李娜"}},
      {"sign-up number",
       ui::ScreenId::kSignup,
       [](HeadlessUi& h) { TypeDigits(h, "1381234"); },
       {"138 1234"}},
      {"volunteer number",
       ui::ScreenId::kVolunteer,
       [](HeadlessUi& h) { TypeDigits(h, "1390000"); },
       {"139 0000"}},
      {"my sign-ups number",
       ui::ScreenId::kMyRecords,
       [](HeadlessUi& h) { TypeDigits(h, "1376543"); },
       {"137 6543"}},
      {"calendar search",
       ui::ScreenId::kHome,
       [](HeadlessUi& h) {
         ASSERT_TRUE(h.Tap("活动日历"));
         ASSERT_TRUE(h.Tap("搜索"));
         for (const char* key : {"T", "I", "A", "O", "J", "I", "E"}) ASSERT_TRUE(h.Tap(key));
         h.Settle();
       },
       {"\n调解\n"}},  // the pinyin candidate for the letters typed, a target of its own
  };
  for (const Form& form : forms) {
    SCOPED_TRACE(form.what);
    auto h = Open(form.screen,
                  form.screen == ui::ScreenId::kSignup ? std::optional<int64_t>(occurrence) : std::nullopt);
    form.fill(*h);
    std::string filled = h->FrameText();
    for (const ui::Target& t : h->targets().last_frame()) filled += "\n" + t.label + "\n";
    for (const std::string& typed : form.typed)
      ASSERT_NE(filled.find(typed), std::string::npos) << "shown while filled: " << typed;
    h->Wait(kIdle + kWarning + 0.5);
    ASSERT_TRUE(h->ui().attract_shown());
    ASSERT_TRUE(h->Tap("轻触屏幕开始"));
    const std::string after = EverythingShown(*h);
    for (const std::string& typed : form.typed)
      EXPECT_EQ(after.find(typed), std::string::npos) << "survived the reset: " << typed;
  }
}

TEST_F(IdleBannerTest, ResultStaysLongerWithStayLonger) {
  auto h = Open(ui::ScreenId::kSignup, OpenOccurrenceWithSeats(db_));
  TypeDigits(*h, "13812345678");
  ASSERT_TRUE(h->Tap("下一步"));
  ASSERT_TRUE(h->Tap("跳过"));
  ASSERT_TRUE(h->Tap("确认报名"));
  h->Wait(10);
  EXPECT_NE(h->FrameText().find("5秒后返回首页"), std::string::npos);
  ASSERT_TRUE(h->Tap("再看一会"));
  EXPECT_NE(h->FrameText().find("15秒后返回首页"), std::string::npos) << "the full time again";
  h->Wait(10);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kSignup) << "still showing the code";
  h->Wait(6);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
}

TEST_F(IdleBannerTest, LargeTextStaysOnlyWhenKioskTomlSaysSo) {
  for (const bool keep : {false, true}) {
    SCOPED_TRACE(keep ? "keep_large_text = true" : "default");
    auto h = Open(ui::ScreenId::kHome, std::nullopt, keep);
    ASSERT_TRUE(h->Tap("大字"));
    ASSERT_TRUE(h->Tap("报名参加"));
    ASSERT_TRUE(h->ui().large_text());
    h->Wait(kIdle + kWarning + 0.5);
    EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
    EXPECT_EQ(h->ui().large_text(), keep);
  }
}

}  // namespace
}  // namespace kiosk::test
