// tests/ui/elder_walk.cpp — the walk over every screen state.
#include "elder_walk.h"

#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/calendar_view.h"
#include "kiosk/ui/strings.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::test {

void WalkEveryScreen(db::Database& db, const ui::UiOptions& base, ImVec2 display,
                     const std::function<void(const std::string& name, HeadlessUi& h)>& visit) {
  const auto T = [&](ui::Str id) { return std::string(ui::Tr(id, base.lang)); };
  const auto open = [&](ui::ScreenId screen, std::optional<ui::CalendarView> view,
                        std::optional<int64_t> occurrence) {
    ui::UiOptions options = base;
    options.start_screen = screen;
    options.start_calendar_view = view;
    options.start_occurrence = occurrence;
    options.site_code = "fusheng";
    auto h = std::make_unique<HeadlessUi>(db, options, display);
    h->Settle();
    return h;
  };
  for (ui::ScreenId screen : ui::AllScreens())
    visit(std::string(ui::ScreenName(screen)), *open(screen, {}, {}));
  for (ui::CalendarView view : ui::AllCalendarViews())
    visit(std::string(ui::CalendarViewName(view)), *open(ui::ScreenId::kCalendar, view, {}));
  {
    auto h = open(ui::ScreenId::kSignup, {}, FullBottlesOccurrence(db));
    visit("signup keypad", *h);
    TypeDigits(*h, "13900000001");
    ASSERT_TRUE(h->Tap(T(ui::Str::kKeyNext)));
    visit("signup is-this-you", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kNo)));
    for (const char* key : {"Z", "W"}) ASSERT_TRUE(h->Tap(key));
    h->Settle();
    visit("signup name", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kSkip)));
    visit("signup confirm", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kConfirmSignUp)));
    visit("signup waitlist offer", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kJoinWaitlist)));
    visit("signup result", *h);  // with 好差评's three choices under the code where they fit
  }
  {
    auto h = open(ui::ScreenId::kVolunteer, {}, {});
    Scan(*h, "V0001");
    visit("volunteer duties", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kCheckIn)));
    visit("volunteer checked in", *h);  // with 好差评 under the banner
    ASSERT_TRUE(
        h->Tap(ui::FormatText(ui::Tr(ui::Str::kRatingTarget, base.lang), T(ui::Str::kRatingUnsatisfied))));
    visit("volunteer rating reasons", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kMyHours)));
    visit("volunteer hours", *h);
  }
  {
    // The first room of the list (this kiosk's community first: a room button is 1.6 targets
    // tall), its slot grid, then the rest of the booking as a resident goes: a free slot, the
    // number, the matter, the confirmation and the code.
    auto h = open(ui::ScreenId::kRoomBooking, {}, {});
    std::optional<ui::Target> room;
    for (const ui::Target& t : h->targets().last_frame())
      if (!room && t.h >= ui::MinTargetPx() * 1.5f && t.label != T(ui::Str::kArriveButton)) room = t;
    ASSERT_TRUE(room) << "no room to book";
    h->TapAt(ImVec2(room->center_x(), room->center_y()));
    visit("booking grid", *h);
    std::optional<ui::Target> slot;
    for (const ui::Target& t : h->targets().last_frame())
      if (!slot && t.label.ends_with(T(ui::Str::kSlotFree))) slot = t;
    ASSERT_TRUE(slot) << "no free slot on the first day shown";
    h->TapAt(ImVec2(slot->center_x(), slot->center_y()));
    ASSERT_TRUE(h->Tap(T(ui::Str::kKeyNext)));
    visit("booking phone", *h);
    TypeDigits(*h, "13900000001");  // the walk's resident: 我的报名与预约 then lists the booking too
    ASSERT_TRUE(h->Tap(T(ui::Str::kKeyNext)));
    visit("booking matter", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kMatterOther)));
    visit("booking confirm", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kConfirmBook)));
    visit("booking result", *h);
  }
  {
    auto h = open(ui::ScreenId::kMyRecords, {}, {});
    TypeDigits(*h, "13900000001");
    ASSERT_TRUE(h->Tap(T(ui::Str::kKeyNext)));
    visit("mine list", *h);                                 // a booking and a sign-up: rows of both kinds
    // The sign-up's 取消报名 (below the booking, on a later page where the panel is small).
    for (int turn = 0; turn < 3 && !h->FindPrefix(T(ui::Str::kCancelSignup)); ++turn)
      ASSERT_TRUE(h->Tap(T(ui::Str::kNextPage)));
    ASSERT_TRUE(h->TapPrefix(T(ui::Str::kCancelSignup)));
    visit("mine cancel", *h);
  }
  {
    // Search with a query typed and its results, then the handwriting pad with a stroke written
    // (its candidates showing) in place of the letter keys.
    auto h = open(ui::ScreenId::kCalendar, ui::CalendarView::kSearch, {});
    for (const char* key : {"S", "H"}) ASSERT_TRUE(h->Tap(key));
    h->Settle();
    visit("search typed", *h);
    ASSERT_TRUE(h->Tap(T(ui::Str::kKeyHandwriting)));
    const std::optional<ui::Target> pad = h->FindPrefix(T(ui::Str::kHandwritingPad));
    ASSERT_TRUE(pad) << "no handwriting pad";
    h->Drag(ImVec2(pad->x + pad->w * 0.2f, pad->center_y()), ImVec2(pad->x + pad->w * 0.8f, pad->center_y()));
    h->Settle();
    visit("handwriting pad", *h);
  }
  {
    // The idle banner over a half-typed number, then the attract loop (short idle times: the
    // walk measures the screens, not the timing, which idle_banner_test checks).
    ui::UiOptions options = base;
    options.start_screen = ui::ScreenId::kSignup;
    options.start_occurrence = FullBottlesOccurrence(db);
    options.site_code = "fusheng";
    options.idle_reset_seconds = 2;
    options.idle_warning_seconds = 2;
    HeadlessUi h(db, options, display);
    h.Settle();
    TypeDigits(h, "139");
    h.Wait(2.5);
    ASSERT_TRUE(h.ui().idle_banner_shown());
    visit("idle banner", h);
    h.Wait(2.5);
    ASSERT_TRUE(h.ui().attract_shown());
    visit("attract", h);
  }
}

}  // namespace kiosk::test
