// kiosk/ui/screens/signup_pick_step.cpp — 报名参加 from home: the activities open for sign-up
// now, earliest first, each an ActivityRow with its time, place and seats (or 已满 and the
// waitlist), dragged to scroll; tapping a row opens its detail, its 报名 button starts its
// sign-up. Also the activity summary the later steps show.
#include <imgui.h>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/activity_row.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/list_pager.h"

namespace kiosk::ui {
namespace {

constexpr int kListed = 60;

}  // namespace

void SignupScreen::DrawPick(ScreenContext& ctx) {
  const Lang lang = ctx.settings.lang;
  if (!state_.open_loaded) {
    try {
      state_.open = OccurrencesOpenForSignUp(ctx.db, ctx.now, kListed);
    } catch (const std::exception& error) {
      ShowMessage(ctx, StorageFailureMessage("sign-up", error, ctx.settings.lang));
      return;
    }
    state_.open_loaded = true;
  }
  DrawSectionHeading(ctx.T(Str::kSignupPickHeading));
  if (state_.open.empty()) {
    WrappedText(ctx.T(Str::kSignupNoneOpen), ImGui::GetContentRegionAvail().x, 1.2f);
    return;
  }
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.4f)));
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  ImGui::BeginChild("open_for_signup", ImVec2(avail.x, avail.y - ListPagerHeight()), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  if (state_.flow.TakeScrollReset()) ImGui::SetScrollY(0);
  std::optional<int64_t> chosen, opened;
  for (const OpenForSignUp& o : state_.open) {
    const std::string place = PlaceText(o.site, o.venue);
    const std::string seats = SeatsText(o.seats, lang);
    ActivityRowFacts row;
    row.occurrence_id = o.occurrence_id;
    row.title = o.title;
    row.start = o.start;
    row.end = o.end;
    row.show_date = true;
    row.place = place;
    row.seats = seats;
    row.full = o.seats.Full();
    const ActivityRowTap tap = ActivityRowWithAction(ctx.touch, row, ctx.T(Str::kRowSignUp), lang);
    if (tap.action) chosen = o.occurrence_id;
    if (tap.row) opened = o.occurrence_id;
  }
  ctx.touch.DragScrollCurrentWindow();
  const ListPage page = ListPageInside(&state_.page_turn);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + avail.y - ListPagerHeight()));
  state_.page_turn = ListPagerBar(ctx.touch, page, lang, avail.x);
  if (chosen) ChooseOccurrence(ctx, *chosen);
  if (opened && ctx.selection) {  // the activity's detail, a view of the calendar screen
    ctx.selection->open_detail_request = *opened;
    ctx.nav.Push(ScreenId::kCalendar);
  }
}

void SignupScreen::DrawActivitySummary(ScreenContext& ctx, float width) {
  if (state_.facts) {
    WrappedText(state_.facts->title, width, 1.2f);
    FactRow(ctx.T(Str::kDetailWhen), WhenText(state_.facts->start, state_.facts->end, ctx.settings.lang),
            width);
    FactRow(ctx.T(Str::kDetailWhere), state_.facts->venue, width);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
  }
  WrappedText(ctx.T(Str::kPhonePrompt), width, 1.1f);
}

}  // namespace kiosk::ui
