// Layout: in landscape, portrait and 大字, on every screen and every flow step, each target —
// every one, list rows and full-width buttons too — is at least the minimum touch size in both
// directions and lies fully inside the window; no two targets overlap.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "flow_test_support.h"
#include "headless_ui.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/calendar_view.h"
#include "kiosk/ui/strings.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::test {
namespace {

struct Variant {
  const char* name;
  ImVec2 display;
  bool large;
  ui::Lang lang;
};

class LayoutTest : public ::testing::TestWithParam<Variant> {};

// Every top-level screen, then every view inside the calendar.
struct Start {
  ui::ScreenId screen;
  std::optional<ui::CalendarView> view;
  std::string name() const {
    return view ? std::string(ui::CalendarViewName(*view)) : std::string(ui::ScreenName(screen));
  }
};

std::vector<Start> AllStarts() {
  std::vector<Start> starts;
  for (ui::ScreenId screen : ui::AllScreens()) starts.push_back({screen, std::nullopt});
  for (ui::CalendarView view : ui::AllCalendarViews()) starts.push_back({ui::ScreenId::kCalendar, view});
  return starts;
}

// Every target at least the minimum touch size (19 mm: 72 px at a 1080 px short side), fully
// inside the window, none overlapping.
void CheckTargets(const HeadlessUi& h, const Variant& v, const std::string& screen_name) {
  const float min_side = 72.0f * std::min(v.display.x, v.display.y) / 1080.0f;
  const auto& targets = h.targets().last_frame();
  ASSERT_FALSE(targets.empty()) << screen_name;
  for (const auto& t : targets) {
    const std::string where = screen_name + " / " + t.label;
    EXPECT_GE(t.x, 0) << where;
    EXPECT_GE(t.y, 0) << where;
    EXPECT_LE(t.x + t.w, v.display.x + 0.5f) << where;
    EXPECT_LE(t.y + t.h, v.display.y + 0.5f) << where;
    // Every target, list rows and full-width buttons included: a row cut by the list's edge is
    // a target only while a whole minimum of it shows (ActivityRow), so no exception is needed.
    EXPECT_GE(t.w, min_side - 0.5f) << where;
    EXPECT_GE(t.h, min_side - 0.5f) << where;
  }
  for (size_t i = 0; i < targets.size(); ++i)
    for (size_t j = i + 1; j < targets.size(); ++j) {
      const auto &a = targets[i], &b = targets[j];
      const bool overlap = a.x < b.x + b.w - 0.5f && b.x < a.x + a.w - 0.5f && a.y < b.y + b.h - 0.5f &&
                           b.y < a.y + a.h - 0.5f;
      EXPECT_FALSE(overlap) << screen_name << ": " << a.label << " overlaps " << b.label;
    }
}

TEST_P(LayoutTest, TargetsAreBigEnoughInsideTheWindowAndApart) {
  const Variant v = GetParam();
  db::Database db = DemoDatabase();
  for (const Start& start : AllStarts()) {
    ui::UiOptions options;
    options.large_text = v.large;
    options.lang = v.lang;
    options.start_screen = start.screen;
    options.start_calendar_view = start.view;
    HeadlessUi h(db, options, v.display);
    h.Settle();
    const std::string screen_name = start.name();
    if (start.view) {
      ASSERT_EQ(h.ui().calendar_view(), *start.view) << screen_name;
    }
    CheckTargets(h, v, screen_name);
  }
}

// The steps inside the sign-up, my sign-ups and volunteer flows, reached by tapping.
TEST_P(LayoutTest, FlowStepsKeepTheirTargetsBigInsideAndApart) {
  const Variant v = GetParam();
  const auto T = [&](ui::Str id) { return std::string(ui::Tr(id, v.lang)); };
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.large_text = v.large;
  options.lang = v.lang;
  options.start_screen = ui::ScreenId::kSignup;
  options.start_occurrence = FullBottlesOccurrence(db);
  {
    HeadlessUi h(db, options, v.display);
    h.Settle();
    CheckTargets(h, v, "signup keypad");
    TypeDigits(h, "13900000001");
    ASSERT_TRUE(h.Tap(T(ui::Str::kKeyNext)));
    CheckTargets(h, v, "signup is-this-you");
    ASSERT_TRUE(h.Tap(T(ui::Str::kNo)));
    for (const char* key : {"Z", "W"}) ASSERT_TRUE(h.Tap(key));
    h.Settle();
    CheckTargets(h, v, "signup name");
    ASSERT_TRUE(h.Tap(T(ui::Str::kSkip)));
    CheckTargets(h, v, "signup confirm");
    ASSERT_TRUE(h.Tap(T(ui::Str::kConfirmSignUp)));
    CheckTargets(h, v, "signup waitlist offer");
    ASSERT_TRUE(h.Tap(T(ui::Str::kJoinWaitlist)));
    CheckTargets(h, v, "signup result");
  }
  options.start_screen = ui::ScreenId::kMyRecords;
  options.start_occurrence.reset();
  {
    HeadlessUi h(db, options, v.display);
    h.Settle();
    TypeDigits(h, "13900000001");
    ASSERT_TRUE(h.Tap(T(ui::Str::kKeyNext)));
    CheckTargets(h, v, "my sign-ups list");
    ASSERT_TRUE(h.TapPrefix(T(ui::Str::kCancelSignup)));
    CheckTargets(h, v, "my sign-ups cancel");
  }
  options.start_screen = ui::ScreenId::kVolunteer;
  {
    HeadlessUi h(db, options, v.display);
    h.Settle();
    Scan(h, "V0001");
    CheckTargets(h, v, "volunteer duties");
    ASSERT_TRUE(h.Tap(T(ui::Str::kCheckIn)));
    CheckTargets(h, v, "volunteer checked in");
    ASSERT_TRUE(
        h.Tap(ui::FormatText(ui::Tr(ui::Str::kRatingTarget, v.lang), T(ui::Str::kRatingUnsatisfied))));
    CheckTargets(h, v, "volunteer rating reasons");
    ASSERT_TRUE(h.Tap(T(ui::Str::kMyHours)));
    CheckTargets(h, v, "volunteer hours");
  }
}

INSTANTIATE_TEST_SUITE_P(Variants, LayoutTest,
                         ::testing::Values(Variant{"landscape", ImVec2(1920, 1080), false, ui::Lang::kZh},
                                           Variant{"portrait", ImVec2(1080, 1920), false, ui::Lang::kZh},
                                           Variant{"large", ImVec2(1920, 1080), true, ui::Lang::kZh},
                                           Variant{"portrait_large", ImVec2(1080, 1920), true, ui::Lang::kZh},
                                           Variant{"english_large", ImVec2(1920, 1080), true, ui::Lang::kEn}),
                         [](const ::testing::TestParamInfo<Variant>& param_info) {
                           return std::string(param_info.param.name);
                         });

}  // namespace
}  // namespace kiosk::test
