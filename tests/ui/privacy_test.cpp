// tests/ui/privacy_test.cpp — no public screen ever shows another resident's name, phone (or its
// last four digits) or what a booking is about. Every public screen (all but admin) is rendered
// in every state a resident can reach — home (with this community's rooms), the attract loop, the
// idle banner, the calendar's views and detail, the sign-up, volunteer, 我的报名与预约 and booking
// steps (a day with every slot state), the room panel both ways — over the demo data plus many
// bookings and sign-ups with distinctive names, phones and matters; and the text that reaches
// ImGui's draw lists (decoded glyph by glyph from the font atlas) and the target labels is
// searched for them. The last test plants one in public data and checks the search finds it.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "flow_test_support.h"
#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

// Other residents: their records fill the database; nothing of them may be shown.
struct Resident {
  const char* phone;
  const char* name;
};
constexpr Resident kResidents[] = {
    {"13900007394", "Zqxjvk"}, {"13900008261", "Wpfbgy"}, {"13700006173", "Xkcdqm"},
    {"15900005928", "Jvqzpw"}, {"18600004719", "Qqzvxk"},
};
constexpr const char* kMatterWords[] = {"家庭纠纷", "邻里纠纷",  "物业纠纷", "劳动纠纷",
                                        "family",   "neighbour", "property", "labour"};
// The resident at the screen (their own tail 尾号1357 may show to them).
constexpr const char* kMe = "13600001357";

std::string NoSpaces(std::string text) {
  std::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
  return text;
}

// The text the last rendered frame drew: each draw list's glyph quads mapped back to code points
// through the font atlas (every font's glyph UVs), runs split where the pen jumps.
std::vector<std::string> DrawnText() {
  std::map<std::pair<float, float>, const ImFontGlyph*> by_uv;
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
    for (const ImFontGlyph& glyph : font->Glyphs)
      if (glyph.Visible) by_uv.emplace(std::make_pair(glyph.U0, glyph.V0), &glyph);
  std::vector<std::string> runs;
  const ImDrawData* data = ImGui::GetDrawData();
  if (!data) return runs;
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
    std::string run;
    float last_x = -1e9f, last_y1 = -1e9f, last_y2 = -1e9f;
    for (int i = 0; i + 3 < v.Size;) {
      const auto found = by_uv.find({v[i].uv.x, v[i].uv.y});
      if (found == by_uv.end() || v[i + 2].uv.x != found->second->U1 || v[i + 2].uv.y != found->second->V1) {
        ++i;
        continue;
      }
      // The same line: the glyph overlaps the last one vertically and follows it closely.
      const bool same_line = v[i].pos.y < last_y2 && v[i + 2].pos.y > last_y1 && v[i].pos.x >= last_x - 4 &&
                             v[i].pos.x - last_x < ImGui::GetFontSize() * 3;
      if (!same_line && !run.empty()) runs.push_back(std::exchange(run, {}));
      char utf8[5] = {};
      ImTextCharToUtf8(utf8, found->second->Codepoint);
      run += utf8;
      last_x = v[i + 2].pos.x;
      last_y1 = v[i].pos.y;
      last_y2 = v[i + 2].pos.y;
      i += 4;
    }
    if (!run.empty()) runs.push_back(run);
  }
  return runs;
}

class PrivacyTest : public ::testing::Test {
 protected:
  PrivacyTest() {
    // Sign-ups with names on the open activities, bookings with every matter in every room.
    const auto open = OccurrencesOpenForSignUp(db_, TestNow(), 8);
    for (size_t i = 0; i < std::size(kResidents); ++i) {
      for (size_t o = 0; o < open.size(); o += 2) {
        SignUpRequest request;
        request.occurrence_id = open[(o + i) % open.size()].occurrence_id;
        request.phone = kResidents[i].phone;
        request.display_name = kResidents[i].name;
        request.accept_waitlist = true;
        SignUp(db_, request, TestNow(), kDemoPhoneHashKey);
      }
    }
    const BookingMatter matters[] = {BookingMatter::kFamily, BookingMatter::kNeighbour,
                                     BookingMatter::kProperty, BookingMatter::kLabour, BookingMatter::kOther};
    int n = 0;
    for (const RoomFacts& room : BookableRooms(db_, "fusheng")) {
      for (int day = 0; day < 3; ++day) {
        for (const char* start : {"14:00", "15:30"}) {
          const LocalDateTime at =
              *LocalDateTime::ParseIso(TestNow().date.AddDays(day).Iso() + "T" + std::string(start));
          Book(db_,
               BookingRequest{room.id, at, AddMinutesForTest(at, room.slot_minutes),
                              kResidents[n % std::size(kResidents)].phone, matters[n % 5]},
               TestNow(), kDemoPhoneHashKey, policy_);
          ++n;
        }
      }
    }
    EXPECT_GE(CountRows(db_, "SELECT count(*) FROM bookings WHERE status = 'confirmed'"), 10);
    EXPECT_GE(CountRows(db_, "SELECT count(*) FROM signups WHERE display_name IS NOT NULL"), 10);
  }

  static LocalDateTime AddMinutesForTest(const LocalDateTime& t, int minutes) {
    const int total = t.hour * 60 + t.minute + minutes;
    return LocalDateTime{t.date, total / 60, total % 60};
  }

  std::unique_ptr<HeadlessUi> Open(ui::UiOptions options, ImVec2 display = ImVec2(1920, 1080)) {
    options.site_code = "fusheng";
    auto h = std::make_unique<HeadlessUi>(db_, std::move(options), display);
    h->Settle();
    // A leaked name drawn with a glyph the atlas lacks would show as '?' and escape the search.
    for (const Resident& r : kResidents)
      for (const char* text : {r.name, r.phone})
        for (const char* c = text; *c; ++c)
          EXPECT_NE(h->font()->FindGlyphNoFallback(static_cast<ImWchar>(*c)), nullptr) << *c;
    return h;
  }
  std::unique_ptr<HeadlessUi> OpenAt(ui::ScreenId screen, ImVec2 display = ImVec2(1920, 1080)) {
    ui::UiOptions options;
    options.start_screen = screen;
    return Open(std::move(options), display);
  }

 public:
  // What of the private data the screen shows now ("" when nothing). `matter_step`: the matter
  // buttons are the one place their words belong.
  static std::vector<std::string> Leaks(HeadlessUi& h, bool matter_step = false) {
    h.Frame();
    std::vector<std::string> texts = DrawnText();
    for (const ui::Target& target : h.targets().last_frame()) texts.push_back(target.label);
    std::vector<std::string> leaks;
    for (const std::string& raw : texts) {
      const std::string text = NoSpaces(raw);
      for (const Resident& r : kResidents) {
        const std::string phone = r.phone;
        for (const std::string& secret : {std::string(r.name), phone, phone.substr(7)})
          if (text.find(secret) != std::string::npos) leaks.push_back(secret + " in \"" + raw + "\"");
      }
      if (matter_step) continue;
      for (const char* word : kMatterWords)
        if (text.find(word) != std::string::npos) leaks.push_back(std::string(word) + " in \"" + raw + "\"");
    }
    return leaks;
  }
  static void ExpectNoLeak(HeadlessUi& h, const std::string& where, bool matter_step = false) {
    const std::vector<std::string> leaks = Leaks(h, matter_step);
    EXPECT_TRUE(leaks.empty()) << where << ": " << ::testing::PrintToString(leaks);
    EXPECT_FALSE(DrawnText().empty()) << where << ": nothing was drawn at all";
  }

 protected:
  BookingPolicy policy_;
  db::Database db_ = DemoDatabase();
};

TEST_F(PrivacyTest, HomeAttractAndTheIdleBanner) {
  auto h = OpenAt(ui::ScreenId::kHome);
  ExpectNoLeak(*h, "home");
  EXPECT_NE(h->FrameText().find("本社区房间"), std::string::npos) << "home lists this community's rooms";
  h->Wait(61);
  ASSERT_TRUE(h->ui().attract_shown());
  ExpectNoLeak(*h, "attract loop");
  h.reset();  // one ImGui context at a time
  auto flow = OpenAt(ui::ScreenId::kMyRecords);
  TypeDigits(*flow, kMe);
  flow->Wait(65);  // the banner comes after idle_reset_seconds (60) and counts down 15 more
  ASSERT_TRUE(flow->ui().idle_banner_shown());
  ExpectNoLeak(*flow, "idle banner");
}

TEST_F(PrivacyTest, EveryCalendarView) {
  for (const ui::CalendarView view :
       {ui::CalendarView::kMonth, ui::CalendarView::kWeek, ui::CalendarView::kDay, ui::CalendarView::kDetail,
        ui::CalendarView::kSearch, ui::CalendarView::kFilters}) {
    ui::UiOptions options;
    options.start_calendar_view = view;
    auto h = Open(std::move(options));
    ASSERT_EQ(h->ui().calendar_view(), view);
    ExpectNoLeak(*h, std::string(ui::CalendarViewName(view)));
  }
}

TEST_F(PrivacyTest, SignUpAndVolunteerSteps) {
  auto h = OpenAt(ui::ScreenId::kSignup);
  ExpectNoLeak(*h, "sign-up list");
  const int64_t open = OpenOccurrenceWithSeats(db_);
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kSignup;
  options.start_occurrence = open;
  h.reset();
  h = Open(std::move(options));
  ExpectNoLeak(*h, "sign-up keypad");
  TypeDigits(*h, kMe);
  ASSERT_TRUE(h->Tap("下一步"));
  ExpectNoLeak(*h, "sign-up name");
  ASSERT_TRUE(h->Tap("跳过"));
  ExpectNoLeak(*h, "sign-up confirm");
  ASSERT_TRUE(h->Tap("确认报名"));
  ExpectNoLeak(*h, "sign-up result");
  ASSERT_TRUE(h->Tap("评价：不满意"));
  ExpectNoLeak(*h, "sign-up result, rating reasons");
  ASSERT_TRUE(h->Tap("原因：信息不清楚"));
  ExpectNoLeak(*h, "sign-up result, rated");

  h.reset();
  auto v = OpenAt(ui::ScreenId::kVolunteer);
  ExpectNoLeak(*v, "volunteer keypad");
  Scan(*v, "V0001");
  ExpectNoLeak(*v, "volunteer duties");
  ASSERT_TRUE(v->Tap("签到"));
  ASSERT_TRUE(v->targets().Find("评价：满意"));
  ExpectNoLeak(*v, "volunteer checked in, rating prompt");
}

TEST_F(PrivacyTest, MyRecordsWithEveryKindOfRecord) {
  // Mine: a sign-up, one lost at the office merge, a booking and one lost at the merge.
  const auto open = OccurrencesOpenForSignUp(db_, TestNow(), 8);
  ASSERT_GE(open.size(), 2u);
  SignUpRequest request;
  request.occurrence_id = open[0].occurrence_id;
  request.phone = kMe;
  ASSERT_TRUE(std::holds_alternative<SignUpConfirmed>(SignUp(db_, request, TestNow(), kDemoPhoneHashKey)));
  request.occurrence_id = open[1].occurrence_id;
  const auto lost = SignUp(db_, request, TestNow(), kDemoPhoneHashKey);
  ASSERT_TRUE(std::holds_alternative<SignUpConfirmed>(lost));
  db_.Exec("UPDATE signups SET status = 'conflict' WHERE id = '" + std::get<SignUpConfirmed>(lost).signup_id +
           "'");
  const int64_t room = BookableRooms(db_, "fusheng").front().id;
  const LocalDate day = TestNow().date.AddDays(1);
  for (const char* start : {"10:00", "11:00"}) {
    const LocalDateTime at = *LocalDateTime::ParseIso(day.Iso() + "T" + start);
    const auto booked =
        Book(db_, BookingRequest{room, at, AddMinutesForTest(at, 30), kMe, BookingMatter::kLabour}, TestNow(),
             kDemoPhoneHashKey, policy_);
    ASSERT_TRUE(std::holds_alternative<BookingConfirmed>(booked)) << start;
    if (std::string(start) == "11:00") {
      const std::string id = std::get<BookingConfirmed>(booked).booking_id;
      db_.Exec("DELETE FROM booking_slots WHERE booking_id = '" + id + "'");
      db_.Exec("UPDATE bookings SET status = 'conflict' WHERE id = '" + id + "'");
    }
  }
  auto h = OpenAt(ui::ScreenId::kMyRecords);
  ExpectNoLeak(*h, "my records keypad");
  TypeDigits(*h, kMe);
  ASSERT_TRUE(h->Tap("下一步"));
  const std::string list = h->FrameText();
  EXPECT_NE(list.find("此报名未成功"), std::string::npos);
  EXPECT_NE(list.find("此预约未成功"), std::string::npos);
  ExpectNoLeak(*h, "my records list");
  ASSERT_TRUE(h->Tap("取消预约"));
  ExpectNoLeak(*h, "cancel booking ask");
  ASSERT_TRUE(h->Tap("确定取消"));
  ExpectNoLeak(*h, "cancel booking result");
}

TEST_F(PrivacyTest, EveryBookingStepAndTheRoomPanel) {
  auto h = OpenAt(ui::ScreenId::kRoomBooking);
  ExpectNoLeak(*h, "room list");
  ASSERT_TRUE(h->Tap("福圣社区 调解室"));
  // Today at 09:30: 09:00 past, 12:00 lunch, 14:00 taken, the rest free.
  ASSERT_TRUE(h->targets().Find("09:00 已过"));
  ASSERT_TRUE(h->targets().Find("12:00 不开放"));
  ASSERT_TRUE(h->targets().Find("14:00 已预约"));
  ASSERT_TRUE(h->targets().Find("10:00 可预约"));
  ExpectNoLeak(*h, "slot grid with every state");
  ASSERT_TRUE(h->Tap("10:00 可预约"));
  ASSERT_TRUE(h->Tap("下一步"));
  ExpectNoLeak(*h, "booking keypad");
  TypeDigits(*h, kMe);
  ASSERT_TRUE(h->Tap("下一步"));
  ExpectNoLeak(*h, "matter buttons", true);
  ASSERT_TRUE(h->Tap("劳动纠纷"));
  ExpectNoLeak(*h, "booking confirm");
  ASSERT_TRUE(h->Tap("确认预约"));
  ExpectNoLeak(*h, "booking result");
  ASSERT_TRUE(h->Tap("评价：基本满意"));
  ExpectNoLeak(*h, "booking result, rating reasons");

  h.reset();
  h = OpenAt(ui::ScreenId::kRoomBooking);
  ASSERT_TRUE(h->Tap("我已到达"));
  ExpectNoLeak(*h, "arrive keypad");
  TypeDigits(*h, kResidents[0].phone);  // typed by that resident: the keypad shows it while typing
  ASSERT_TRUE(h->Tap("我已到达"));
  ExpectNoLeak(*h, "arrive message");
  h.reset();

  for (const ImVec2 display : {ImVec2(1920, 1080), ImVec2(1080, 1920)}) {
    ui::UiOptions options;
    options.room_panel = "fusheng-mediation";
    auto panel = Open(std::move(options), display);
    EXPECT_NE(panel->FrameText().find("已预约"), std::string::npos) << "today's booked times";
    ExpectNoLeak(*panel, display.x > display.y ? "room panel, landscape" : "room panel, portrait");
  }
}

TEST_F(PrivacyTest, TheSearchFindsAPlantedNameAndPhoneTail) {
  // A name and a phone's last four digits in public data (an event title) must be found.
  const std::string planted =
      std::string(kResidents[1].name) + " 尾号" + std::string(kResidents[2].phone).substr(7);
  db_.Exec("UPDATE events SET title = '" + planted + "' WHERE title = '党群服务中心志愿者值班'");
  auto day = OpenAt(ui::ScreenId::kHome);  // home lists it first of today's activities
  std::vector<std::string> leaks = Leaks(*day);
  ASSERT_NE(day->FrameText().find(planted), std::string::npos) << "home shows the planted title";
  const std::string all = ::testing::PrintToString(leaks);
  EXPECT_NE(all.find(kResidents[1].name), std::string::npos) << all;
  EXPECT_NE(all.find(std::string(kResidents[2].phone).substr(7)), std::string::npos) << all;
}

}  // namespace
}  // namespace kiosk::test
