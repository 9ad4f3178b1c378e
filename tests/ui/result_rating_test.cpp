// 好差评 on every layout (issue 11, item 8): every completed flow — a sign-up confirmed, a sign-up
// waitlisted, a booking, a volunteer's check-in and check-out — on 21.5", 23.8" and 32" panels,
// landscape and portrait, Chinese and English, normal and 大字, ends on a screen that offers the
// three choices as whole targets; the screen meets the physical goals (elder_measure.h), no text
// runs across a target's edge, the countdown is clear of every target; and a double tap on a
// choice records exactly one rating operation.
#include <gtest/gtest.h>
#include <imgui_internal.h>  // ImMin, ImMax

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "elder_measure.h"
#include "flow_test_support.h"
#include "kiosk/core/text/utf8.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/screens/result_preview.h"
#include "kiosk/ui/strings.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::test {
namespace {

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size() && i < 40; ++i) out += "\n  " + lines[i];
  if (lines.size() > 40) out += "\n  … and " + std::to_string(lines.size() - 40) + " more";
  return out;
}

class ResultRating : public ::testing::TestWithParam<Panel> {
 protected:
  // One completed flow's screen: every check, then a double tap on `choice`.
  void CheckRatedResult(HeadlessUi& h, db::Database& db, const std::string& where, ui::Str choice) {
    ++results_;
    const ui::Lang lang = h.ui().lang();
    const auto target = [&](ui::Str c) {
      return ui::FormatText(ui::Tr(ui::Str::kRatingTarget, lang), ui::Tr(c, lang));
    };
    for (ui::Str c : {ui::Str::kRatingSatisfied, ui::Str::kRatingFair, ui::Str::kRatingUnsatisfied}) {
      // Registered only when drawn whole and visible (touch_widgets.h): a cut-off choice is missing.
      const std::optional<ui::Target> t = h.targets().Find(target(c));
      if (!t) {
        findings_.push_back(where + ": no whole 「" + target(c) + "」");
        continue;
      }
      if (t->y < 0 || t->y + t->h > h.display().y || t->x < 0 || t->x + t->w > h.display().x)
        findings_.push_back(where + ": 「" + target(c) + "」 is not inside the window");
    }
    for (std::string& f : CheckFrame(h, panel_, where)) findings_.push_back(std::move(f));
    for (std::string& f : CheckTextClearOfTargets(h, where)) findings_.push_back(std::move(f));
    CheckCountdownClear(h, where);

    // Where the code waits behind 显示二维码: it shows, with 收起二维码, and the prompt stays.
    if (h.targets().Find(ui::Tr(ui::Str::kShowQr, lang))) {
      ++qr_buttons_;
      h.Tap(ui::Tr(ui::Str::kShowQr, lang));
      h.Settle();
      if (!h.targets().Find(ui::Tr(ui::Str::kHideQr, lang)) || !h.targets().Find(target(choice)))
        findings_.push_back(where + ": 显示二维码 did not show the code with 收起二维码 and the prompt");
      for (std::string& f : CheckFrame(h, panel_, where + " (QR shown)")) findings_.push_back(std::move(f));
      for (std::string& f : CheckTextClearOfTargets(h, where + " (QR shown)"))
        findings_.push_back(std::move(f));
      h.Tap(ui::Tr(ui::Str::kHideQr, lang));
      h.Settle();
      if (!h.targets().Find(ui::Tr(ui::Str::kShowQr, lang)))
        findings_.push_back(where + ": 收起二维码 did not bring the words back");
    }
    const std::optional<ui::Target> tapped = h.targets().Find(target(choice));
    if (!tapped) return;
    const int64_t before = db::QueryInt(db, "SELECT count(*) FROM ratings");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(tapped->center_x(), tapped->center_y());
    h.Frames(30);
    for (int tap = 0; tap < 2; ++tap) {  // two taps 1/30 s apart, on the same spot
      io.MouseDown[0] = true;
      h.Frame();
      io.MouseDown[0] = false;
      h.Frame();
    }
    h.Settle();
    // Ratings enter the journal only when a batch is written (ratings.h): count the ratings held.
    const int64_t recorded = db::QueryInt(db, "SELECT count(*) FROM ratings") - before;
    if (recorded != 1)
      findings_.push_back(where + ": a double tap on 「" + target(choice) + "」 recorded " +
                          std::to_string(recorded) + " ratings, not 1");
    io.MousePos = ImVec2(-1, -1);
  }

  // The countdown ("30秒后返回首页", found by its characters in the order drawn, for any second
  // left): drawn, whole in the window, and clear of every target (it once ran under English 大字's
  // 朗读 button).
  void CheckCountdownClear(HeadlessUi& h, const std::string& where) {
    const ui::Lang lang = h.ui().lang();
    if (!h.targets().Find(ui::Tr(ui::Str::kStayLonger, lang))) return;  // no countdown (volunteer's duties)
    const std::vector<DrawnGlyph> glyphs = DrawnGlyphs();
    std::optional<std::pair<ImVec2, ImVec2>> box;  // drawn quads, and the part shown
    std::pair<ImVec2, ImVec2> shown;
    for (int seconds = 1; seconds <= 30 && !box; ++seconds) {
      std::vector<char32_t> text;
      ForEachCodePoint(ui::FormatInt(ui::Tr(ui::Str::kReturnHomeIn, lang), seconds),
                       [&](char32_t c, std::string_view) {
                         if (c > 0x20) text.push_back(c);
                       });
      for (size_t i = 0; i + text.size() <= glyphs.size() && !box; ++i) {
        size_t n = 0;
        while (n < text.size() && glyphs[i + n].codepoint == text[n]) ++n;
        if (n < text.size()) continue;
        box = {glyphs[i].min, glyphs[i].max};
        shown = {glyphs[i].shown_min, glyphs[i].shown_max};
        for (size_t k = i; k < i + n; ++k) {
          const DrawnGlyph& g = glyphs[k];
          box = {ImMin(box->first, g.min), ImMax(box->second, g.max)};
          shown = {ImMin(shown.first, g.shown_min), ImMax(shown.second, g.shown_max)};
        }
      }
    }
    if (!box) {
      findings_.push_back(where + ": no countdown drawn");
      return;
    }
    const auto same = [](ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; };
    if (!same(box->first, shown.first) || !same(box->second, shown.second) ||
        box->second.y > h.display().y + 0.5f)
      findings_.push_back(where + ": the countdown is cut off");
    for (const ui::Target& t : h.targets().last_frame())
      if (box->first.x < t.x + t.w && t.x < box->second.x && box->first.y < t.y + t.h && t.y < box->second.y)
        findings_.push_back(where + ": the countdown overlaps 「" + t.label + "」");
  }

  display::PanelGeometry panel_;
  std::vector<std::string> findings_;
  int results_ = 0;
  int qr_buttons_ = 0;  // results whose code waits behind 显示二维码
};

TEST_P(ResultRating, EveryCompletedFlowOffersTheRating) {
  const Panel layout = GetParam();
  panel_ = {layout.inches, static_cast<int>(layout.display.x), static_cast<int>(layout.display.y)};
  db::Database db = DemoDatabase();
  const int64_t open = OpenOccurrenceWithSeats(db, 4), full = FullBottlesOccurrence(db);
  int phone = 0;
  for (ui::Lang lang : {ui::Lang::kZh, ui::Lang::kEn})
    for (bool large : {false, true}) {
      const std::string where =
          std::string(layout.name) + (lang == ui::Lang::kZh ? " zh" : " en") + (large ? " 大字 " : " ");
      const auto T = [&](ui::Str id) { return std::string(ui::Tr(id, lang)); };
      ui::UiOptions base;
      base.lang = lang;
      base.large_text = large;
      base.panel_diagonal_inches = layout.inches;
      base.site_code = "fusheng";
      TestClock clock;
      base.clock = clock.fn();
      const auto open_at = [&](ui::ScreenId screen, std::optional<int64_t> occurrence) {
        ui::UiOptions options = base;
        options.start_screen = screen;
        options.start_occurrence = occurrence;
        auto h = std::make_unique<HeadlessUi>(db, options, layout.display);
        h->Settle();
        return h;
      };
      const auto sign_up = [&](int64_t occurrence, bool waitlist, const std::string& name, ui::Str choice) {
        auto h = open_at(ui::ScreenId::kSignup, occurrence);
        TypeDigits(*h, "1380000" + std::to_string(1000 + ++phone));  // a new resident each time
        ASSERT_TRUE(h->Tap(T(ui::Str::kKeyNext))) << where << name;
        ASSERT_TRUE(h->Tap(T(ui::Str::kSkip))) << where << name;
        ASSERT_TRUE(h->Tap(T(ui::Str::kConfirmSignUp))) << where << name;
        if (waitlist) {
          ASSERT_TRUE(h->Tap(T(ui::Str::kJoinWaitlist))) << where << name;
        }
        h->Settle();
        CheckRatedResult(*h, db, where + name, choice);
      };
      sign_up(open, false, "signup confirmed", ui::Str::kRatingSatisfied);
      sign_up(full, true, "signup waitlisted", ui::Str::kRatingFair);
      {
        auto h = open_at(ui::ScreenId::kRoomBooking, {});
        std::optional<ui::Target> room;  // this community's first room (a room button is 1.6 targets tall)
        for (const ui::Target& t : h->targets().last_frame())
          if (!room && t.h >= ui::MinTargetPx() * 1.5f && t.label != T(ui::Str::kArriveButton)) room = t;
        ASSERT_TRUE(room) << where << "no room to book";
        h->TapAt(ImVec2(room->center_x(), room->center_y()));
        std::optional<ui::Target> slot;  // a free slot not booked by an earlier layout
        for (const ui::Target& t : h->targets().last_frame())
          if (!slot && t.label.ends_with(T(ui::Str::kSlotFree))) slot = t;
        ASSERT_TRUE(slot) << where << "no free slot";
        h->TapAt(ImVec2(slot->center_x(), slot->center_y()));
        ASSERT_TRUE(h->Tap(T(ui::Str::kKeyNext))) << where;
        TypeDigits(*h, "1390000" + std::to_string(1000 + ++phone));
        ASSERT_TRUE(h->Tap(T(ui::Str::kKeyNext))) << where;
        ASSERT_TRUE(h->Tap(T(ui::Str::kMatterOther))) << where;
        ASSERT_TRUE(h->Tap(T(ui::Str::kConfirmBook))) << where;
        h->Settle();
        CheckRatedResult(*h, db, where + "booking confirmed", ui::Str::kRatingUnsatisfied);
      }
      {
        *clock.now = TestNow();
        auto h = open_at(ui::ScreenId::kVolunteer, {});
        Scan(*h, "V0001");
        ASSERT_TRUE(h->Tap(T(ui::Str::kCheckIn))) << where << "nothing to check in to";
        h->Settle();
        CheckRatedResult(*h, db, where + "volunteer check-in", ui::Str::kRatingSatisfied);
        // Back at noon, a new visit: the check-in's prompt is gone and the duty shows 签退.
        *clock.now = LocalDateTime{TestNow().date, 12, 0};
        h->ui().ResetAll();
        h->ui().NavigateTo(ui::ScreenId::kVolunteer);
        h->Settle();
        Scan(*h, "V0001");
        ASSERT_TRUE(h->Tap(T(ui::Str::kCheckOut))) << where;
        h->Settle();
        CheckRatedResult(*h, db, where + "volunteer check-out", ui::Str::kRatingFair);
        // Cancelled: the next layout's volunteer checks in again to the same duty.
        db.Exec("DELETE FROM checkins");
      }
    }
  std::printf("%s: %d of %d results show 显示二维码 in place of the code\n", layout.name, qr_buttons_,
              results_);
  EXPECT_EQ(results_, 4 * 5) << "every flow of every language and text size reached its result";
  EXPECT_TRUE(findings_.empty()) << findings_.size() << " findings:" << Join(findings_);
}

// kiosk --screen signup-result|signup-waitlisted|volunteer-checked-in|volunteer-checked-out (the
// screenshots of tools/demo): each runs the real flow on the demo and shows its result with the prompt.
TEST(ResultPreview, EachCompletedFlowCanBeShownForAScreenshot) {
  db::Database db = DemoDatabase();
  for (const auto& [name, says] :
       std::vector<std::pair<std::string, std::string>>{{"signup-result", "报名成功"},
                                                        {"signup-waitlisted", "已加入候补"},
                                                        {"volunteer-checked-in", "签到成功"},
                                                        {"volunteer-checked-out", "签退成功"}}) {
    const std::optional<ui::ResultPreview> preview = ui::ResultPreviewFromName(name);
    ASSERT_TRUE(preview) << name;
    ui::UiOptions options;
    options.start_screen = ui::ResultPreviewScreen(*preview);
    options.result_preview = preview;
    HeadlessUi h(db, options);
    h.Settle();
    EXPECT_NE(h.FrameText().find(says), std::string::npos) << name << ":\n" << h.FrameText();
    EXPECT_TRUE(h.targets().Find("评价：满意")) << name;
    db.Exec("DELETE FROM checkins");  // the next volunteer preview checks in afresh
  }
  EXPECT_FALSE(ui::ResultPreviewFromName("booking-result")) << "booking's own preview (booking_preview.h)";
}

INSTANTIATE_TEST_SUITE_P(Panels, ResultRating, ::testing::ValuesIn(AllPanels()), PanelTestName);

}  // namespace
}  // namespace kiosk::test
