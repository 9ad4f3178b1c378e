// The step screens (sign-up, my sign-ups, volunteer): StepFlow's forward / Back / guard rules, and
// Reset() leaving nothing typed behind — the screen objects' own bytes are searched for the number
// and the name after a resident typed them, so a field Reset forgot to clear is found.
#include <gtest/gtest.h>
#include <imgui.h>

#include <string>
#include <string_view>

#include "flow_test_support.h"
#include "headless_ui.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/my_records_screen.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/screens/volunteer_screen.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/theme.h"

namespace kiosk::test {
namespace {

enum class Step { kFirst, kSecond, kThird };

// The guard reads ImGui's clock: a bare context is enough.
struct BareImGui {
  BareImGui() : context(ImGui::CreateContext()) {}
  ~BareImGui() { ImGui::DestroyContext(context); }
  ImGuiContext* context;
};

TEST(StepFlow, BackReturnsStepByStepThenLeaves) {
  BareImGui imgui;
  ui::TouchLayer touch;
  ui::StepFlow<Step> flow;
  EXPECT_EQ(flow.step(), Step::kFirst);
  flow.GoTo(touch, Step::kSecond);
  flow.GoTo(touch, Step::kThird);
  ASSERT_TRUE(flow.Back(touch));
  EXPECT_EQ(flow.step(), Step::kSecond);
  ASSERT_TRUE(flow.Back(touch));
  EXPECT_EQ(flow.step(), Step::kFirst);
  EXPECT_FALSE(flow.Back(touch)) << "Back from the first step leaves the screen";
}

TEST(StepFlow, GoingToAStepOnTheWayBackReturnsToItAndForgetWayBackLeaves) {
  BareImGui imgui;
  ui::TouchLayer touch;
  ui::StepFlow<Step> flow;
  flow.GoTo(touch, Step::kSecond);
  flow.GoTo(touch, Step::kThird);
  flow.GoTo(touch, Step::kSecond);  // e.g. a refusal sends the resident back to the name
  ASSERT_TRUE(flow.Back(touch));
  EXPECT_EQ(flow.step(), Step::kFirst) << "Back walked through a loop";
  flow.GoTo(touch, Step::kThird);
  flow.ForgetWayBack();
  EXPECT_FALSE(flow.Back(touch));
  EXPECT_TRUE(flow.TakeScrollReset());
  EXPECT_FALSE(flow.TakeScrollReset()) << "once per change";
}

// Draws one screen object by itself, as KioskUi does, so a test can reach the object.
template <typename Screen>
class ScreenDriver {
 public:
  explicit ScreenDriver(db::Database& db, std::optional<int64_t> occurrence = std::nullopt)
      : db_(db), headless_(db, {}) {
    selection_.occurrence_id = occurrence;
    Frames(3);
  }
  Screen& screen() { return screen_; }
  void Frames(int n) {
    for (int i = 0; i < n; ++i) Frame();
  }
  bool Tap(std::string_view label) {
    const auto t = touch_.registry().Find(label);
    if (!t) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(t->center_x(), t->center_y());
    Frames(30);  // past the double-tap guard, as a person would be
    io.MouseDown[0] = true;
    Frame();
    io.MouseDown[0] = false;
    Frames(3);
    return true;
  }

 private:
  void Frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1920, 1080);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    touch_.BeginFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ui::ScreenContext ctx{db_,    touch_, nav_, settings_, TestNow(), &selection_, nullptr, kDemoPhoneHashKey,
                          nullptr};
    screen_.Draw(ctx);
    ImGui::End();
    touch_.EndFrame();
    ImGui::Render();
  }

  db::Database& db_;
  HeadlessUi headless_;  // the ImGui context, fonts and style
  ui::TouchLayer touch_;
  ui::Navigator nav_;
  ui::DisplaySettings settings_;
  ui::Selection selection_;
  Screen screen_;
};

constexpr std::string_view kPhone = "13900000001";  // V0001 张伟 on the demo roster

// True when the object's own bytes hold `text` (std::string keeps short text inside the object).
template <typename T>
bool Holds(const T& object, std::string_view text) {
  const std::string_view bytes(reinterpret_cast<const char*>(&object), sizeof object);
  return bytes.find(text) != std::string_view::npos;
}

void TypeOn(ScreenDriver<ui::SignupScreen>& d, std::string_view digits) {
  for (const char c : digits) ASSERT_TRUE(d.Tap(std::string(1, c)));
}

TEST(StepScreenReset, SignupLeavesNoNumberBehind) {
  db::Database db = DemoDatabase();
  ScreenDriver<ui::SignupScreen> d(db, OpenOccurrenceWithSeats(db));
  TypeOn(d, kPhone);
  EXPECT_TRUE(Holds(d.screen(), kPhone)) << "the search cannot see the typed number";
  ASSERT_TRUE(d.Tap("下一步"));
  ASSERT_TRUE(d.Tap("是"));  // 张*，是您吗？
  ASSERT_EQ(d.screen().step(), ui::SignupScreen::Step::kConfirm);
  EXPECT_TRUE(Holds(d.screen(), kPhone));
  d.screen().Reset();
  EXPECT_FALSE(Holds(d.screen(), kPhone)) << "Reset left the number behind";
  // (The name sits in std::optional members: destroying one leaves its old bytes in place, so a
  // byte search cannot tell a cleared name from a kept one; the typed name is checked below.)
  EXPECT_EQ(d.screen().step(), ui::SignupScreen::Step::kPick);
}

TEST(StepScreenReset, SignupLeavesNoTypedNameBehind) {
  db::Database db = DemoDatabase();
  ScreenDriver<ui::SignupScreen> d(db, OpenOccurrenceWithSeats(db));
  TypeOn(d, "13812345678");
  ASSERT_TRUE(d.Tap("下一步"));
  for (const char* key : {"W", "A", "N", "G"}) ASSERT_TRUE(d.Tap(key));  // letters not yet chosen
  EXPECT_TRUE(Holds(d.screen(), "wang")) << "the search cannot see the typed letters";
  d.screen().Reset();
  EXPECT_FALSE(Holds(d.screen(), "wang")) << "Reset left the typed letters behind";
  EXPECT_FALSE(Holds(d.screen(), "13812345678"));
}

TEST(StepScreenReset, MyRecordsLeavesNoNumberBehind) {
  db::Database db = DemoDatabase();
  ScreenDriver<ui::MyRecordsScreen> d(db);
  for (const char c : kPhone) ASSERT_TRUE(d.Tap(std::string(1, c)));
  ASSERT_TRUE(d.Tap("下一步"));
  ASSERT_EQ(d.screen().step(), ui::MyRecordsScreen::Step::kList);
  EXPECT_TRUE(Holds(d.screen(), kPhone)) << "the search cannot see the number";
  d.screen().Reset();
  EXPECT_FALSE(Holds(d.screen(), kPhone)) << "Reset left the number behind";
  EXPECT_EQ(d.screen().step(), ui::MyRecordsScreen::Step::kPhone);
}

TEST(StepScreenReset, VolunteerLeavesNoNumberBehind) {
  db::Database db = DemoDatabase();
  ScreenDriver<ui::VolunteerScreen> d(db);
  for (const char c : kPhone.substr(0, 9)) ASSERT_TRUE(d.Tap(std::string(1, c)));  // half typed
  EXPECT_TRUE(Holds(d.screen(), kPhone.substr(0, 9))) << "the search cannot see the digits";
  d.screen().Reset();
  EXPECT_FALSE(Holds(d.screen(), kPhone.substr(0, 9))) << "Reset left the digits behind";
}

}  // namespace
}  // namespace kiosk::test
