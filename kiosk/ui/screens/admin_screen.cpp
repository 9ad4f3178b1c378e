// kiosk/ui/screens/admin_screen.cpp — the PIN with its lock, the row of views and 退出.
// The views are drawn in admin_*_view.cpp.
#include "kiosk/ui/screens/admin_screen.h"

#include <imgui.h>

#include <algorithm>
#include <variant>

#include "kiosk/core/admin/admin_audit.h"
#include "kiosk/core/admin/admin_pin.h"
#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/health/health_record.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/sync_status.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
namespace {

// "14分05秒" / "14 min 05 s".
std::string MinutesSeconds(int64_t seconds, Lang lang) {
  const int m = static_cast<int>(seconds / 60), s = static_cast<int>(seconds % 60);
  char text[32];
  std::snprintf(text, sizeof text, lang == Lang::kZh ? "%d分%02d秒" : "%d min %02d s", m, s);
  return text;
}

struct ViewTab {
  AdminScreen::View view;
  Str label;
  const char* audit;  // the audit word for opening it
};
constexpr ViewTab kTabs[] = {{AdminScreen::View::kToday, Str::kAdminViewToday, "view_today"},
                             {AdminScreen::View::kBookings, Str::kAdminViewBookings, "view_bookings"},
                             {AdminScreen::View::kSync, Str::kAdminViewSync, "view_sync"},
                             {AdminScreen::View::kHours, Str::kAdminViewHours, "view_hours"},
                             {AdminScreen::View::kSystem, Str::kAdminViewSystem, "view_system"}};

}  // namespace

void AdminScreen::Reset() { *this = AdminScreen{}; }

void AdminScreen::Audit(ScreenContext& ctx, const char* action, const std::string& detail) {
  try {
    RecordAdminAction(ctx.db, ctx.now.Iso(), action, detail);
  } catch (const db::SqliteError& error) {  // said on screen: an admin action with no audit is a fault
    audit_failure_ = StorageFailureMessage("admin audit", error, ctx.settings.lang);
  }
}

void AdminScreen::Draw(ScreenContext& ctx, const AdminAccess& access) {
  bool back = false;
  DrawTopBar(ctx, ctx.T(Str::kAdminTitle), &back);
  if (back && correcting_) {
    correcting_.reset();  // Back from a correction returns to the list, not out of the admin
  } else if (back && !flow_.Back(ctx.touch)) {
    ctx.nav.Back();
  }
  if (!audit_failure_.empty()) NoticeBox(audit_failure_, ImGui::GetContentRegionAvail().x);
  switch (flow_.step()) {
    case Step::kPin:
      DrawPin(ctx, access);
      break;
    case Step::kOverview:
      DrawOverview(ctx, access);
      break;
  }
}

std::optional<double> AdminScreen::SecondsUntilNextTick(bool syncing) const {
  if (locked_) return 1.0;
  if (flow_.step() == Step::kOverview && view_ == View::kSync && syncing) return 0.25;  // the moving bar
  return std::nullopt;
}

void AdminScreen::DrawPin(ScreenContext& ctx, const AdminAccess& access) {
  const int64_t now = access.unix_now();
  const std::optional<int64_t> lock = AdminPinLock(ctx.db, now);
  locked_ = lock.has_value();
  const float width = ImGui::GetContentRegionAvail().x;
  if (access.pin_hash.empty()) {
    WrappedText(ctx.T(Str::kAdminNoPin), width, 1.2f);
    return;
  }
  if (lock) {
    WrappedText(FormatText(ctx.T(Str::kAdminLocked), MinutesSeconds(*lock - now, ctx.settings.lang)), width,
                1.2f);
    return;
  }
  const auto context = [&](float w) { HeadingText(ctx.T(Str::kAdminPinPrompt), w); };
  if (!keypad_.DrawPage(ctx, context, ctx.T(Str::kAdminEnter))) return;
  const PinResult result = TryAdminPin(ctx.db, access.pin_hash, keypad_.digits(), now);
  keypad_.Reset();  // the PIN is gone from memory the moment it was checked
  if (std::holds_alternative<PinAccepted>(result)) {
    Audit(ctx, "pin_accepted", "");
    last_sync_ = sync::LastGoodSync(ctx.db);
    sync_stale_ = sync::SyncIsStale(last_sync_, ctx.now);
    flow_.GoTo(ctx.touch, Step::kOverview);
    flow_.ForgetWayBack();  // Back leaves the admin; it never returns to the PIN
    Open(ctx, access, View::kToday);
  } else if (const auto* wrong = std::get_if<PinWrong>(&result)) {
    Audit(ctx, "pin_wrong", std::to_string(wrong->tries_left) + " tries left");
    keypad_.SetMessage(FormatInt(ctx.T(Str::kAdminPinWrong), wrong->tries_left));
  } else {
    Audit(ctx, "pin_locked", "locked for 15 minutes");
  }
}

// Reads what a view shows, once as it opens (and after a sync or a correction), and audits it.
void AdminScreen::Open(ScreenContext& ctx, const AdminAccess& access, View view) {
  view_ = view;
  std::string detail;
  try {
    switch (view) {
      case View::kToday:
        activities_ = TodaysSignUps(ctx.db, ctx.now.date);
        checkins_ = TodaysCheckIns(ctx.db, ctx.now.date);
        detail = std::to_string(activities_.size()) + " activities, " + std::to_string(checkins_.size()) +
                 " check-ins";
        break;
      case View::kBookings:
        ReleaseNoShows(ctx.db, ctx.now, access.booking_policy);  // what every screen already counts
        bookings_ = TodaysBookings(ctx.db, ctx.now.date);
        detail = std::to_string(bookings_.size()) + " bookings";
        break;
      case View::kSync:
        sync_runs_ = RecentSyncRuns(ctx.db, 10);
        conflicts_ = SyncConflicts(ctx.db, 50);
        detail =
            std::to_string(sync_runs_.size()) + " runs, " + std::to_string(conflicts_.size()) + " conflicts";
        break;
      case View::kHours:
        correctable_ = CorrectableCheckins(ctx.db, ctx.now);
        correcting_.reset();
        detail = std::to_string(correctable_.size()) + " check-ins to check";
        break;
      case View::kSystem:
        health_ = LatestHealth(ctx.db, KioskId(ctx.db));
        detail = health_ ? health_->reported_at : "no health record";
        break;
    }
  } catch (const std::exception& error) {
    audit_failure_ = StorageFailureMessage("admin view", error, ctx.settings.lang);
    detail = error.what();
  }
  for (const ViewTab& tab : kTabs)
    if (tab.view == view) Audit(ctx, tab.audit, detail);
}

void AdminScreen::DrawOverview(ScreenContext& ctx, const AdminAccess& access) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float button_h = MinTargetPx() * 1.2f;
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  // The views: one row of buttons across the top, the chosen one in the primary colour.
  const float tab_w = (avail.x - gap * (std::size(kTabs) - 1)) / std::size(kTabs);
  for (const ViewTab& tab : kTabs) {
    if (&tab != kTabs) ImGui::SameLine(0, gap);
    const ButtonColors& colors = tab.view == view_ ? buttons::kPrimary : buttons::kSecondary;
    if (TouchButton(ctx.touch, ctx.T(tab.label), ImVec2(tab_w, button_h), colors) && tab.view != view_)
      Open(ctx, access, tab.view);
  }
  const float body_h = ImGui::GetContentRegionAvail().y - button_h - gap;
  ImGui::BeginChild("admin-view", ImVec2(avail.x, body_h), false);
  const float width = ImGui::GetContentRegionAvail().x;
  if (sync_stale_ && (view_ == View::kToday || view_ == View::kSync)) {  // the data here may be old
    NoticeBox(last_sync_ ? FormatText(ctx.T(Str::kAdminSyncStale),
                                      FormatShortDate(last_sync_->date, ctx.settings.lang) + " " +
                                          last_sync_->HourMinute())
                         : std::string(ctx.T(Str::kAdminNeverSynced)),
              width);
  }
  switch (view_) {
    case View::kToday:
      DrawToday(ctx, width);
      break;
    case View::kBookings:
      DrawBookings(ctx, width);
      break;
    case View::kSync:
      DrawSync(ctx, access, width);
      break;
    case View::kHours:
      DrawHours(ctx, width);
      break;
    case View::kSystem:
      DrawSystem(ctx, access, width);
      break;
  }
  ctx.touch.DragScrollCurrentWindow();
  ImGui::EndChild();
  const float button_w = std::min(avail.x, Em(10));
  ImGui::SetCursorScreenPos(
      ImVec2(ImGui::GetCursorScreenPos().x + avail.x - button_w, ImGui::GetCursorScreenPos().y));
  if (TouchButton(ctx.touch, ctx.T(Str::kAdminExit), ImVec2(button_w, button_h), buttons::kPrimary)) {
    Audit(ctx, "exit", "quit to the desktop");
    quit_requested_ = true;
  }
}

}  // namespace kiosk::ui
