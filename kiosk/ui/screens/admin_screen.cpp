// kiosk/ui/screens/admin_screen.cpp — the PIN with its lock, and today's overview for staff.
#include "kiosk/ui/screens/admin_screen.h"

#include <imgui.h>

#include <algorithm>
#include <variant>

#include "kiosk/core/admin/admin_audit.h"
#include "kiosk/core/admin/admin_pin.h"
#include "kiosk/core/sync/sync_status.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_widgets.h"
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

}  // namespace

void AdminScreen::Reset() { *this = AdminScreen{}; }

void AdminScreen::Audit(ScreenContext& ctx, const char* action, const std::string& detail) {
  try {
    RecordAdminAction(ctx.db, ctx.now.Iso(), action, detail);
  } catch (const db::SqliteError&) {  // said on screen: an admin action with no audit is a fault
    audit_failed_ = true;
  }
}

void AdminScreen::Draw(ScreenContext& ctx, const AdminAccess& access) {
  bool back = false;
  DrawTopBar(ctx, ctx.T(Str::kAdminTitle), &back);
  if (back && !flow_.Back(ctx.touch)) ctx.nav.Back();
  if (audit_failed_) NoticeBox(ctx.T(Str::kSystemError), ImGui::GetContentRegionAvail().x);
  switch (flow_.step()) {
    case Step::kPin:
      DrawPin(ctx, access);
      break;
    case Step::kOverview:
      DrawOverview(ctx);
      break;
  }
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
    activities_ = TodaysSignUps(ctx.db, ctx.now.date);
    last_sync_ = sync::LastGoodSync(ctx.db);
    sync_stale_ = sync::SyncIsStale(last_sync_, ctx.now);
    checkins_ = TodaysCheckIns(ctx.db, ctx.now.date);
    Audit(ctx, "view_today",
          std::to_string(activities_.size()) + " activities, " + std::to_string(checkins_.size()) +
              " check-ins");
    flow_.GoTo(ctx.touch, Step::kOverview);
    flow_.ForgetWayBack();  // Back leaves the admin; it never returns to the PIN
  } else if (const auto* wrong = std::get_if<PinWrong>(&result)) {
    Audit(ctx, "pin_wrong", std::to_string(wrong->tries_left) + " tries left");
    keypad_.SetMessage(FormatInt(ctx.T(Str::kAdminPinWrong), wrong->tries_left));
  } else {
    Audit(ctx, "pin_locked", "locked for 15 minutes");
  }
}

void AdminScreen::DrawOverview(ScreenContext& ctx) {
  const Lang lang = ctx.settings.lang;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float button_h = MinTargetPx() * 1.2f;
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("admin-today", ImVec2(avail.x, avail.y - button_h - gap), false);
  const float width = ImGui::GetContentRegionAvail().x;
  if (sync_stale_) {
    NoticeBox(last_sync_ ? FormatText(ctx.T(Str::kAdminSyncStale), FormatShortDate(last_sync_->date, lang) +
                                                                       " " + last_sync_->HourMinute())
                         : std::string(ctx.T(Str::kAdminNeverSynced)),
              width);
  }
  HeadingText(ctx.T(Str::kAdminTodaySignups), width);
  for (const AdminActivity& a : activities_) {
    WrappedText(a.start.HourMinute() + "  " + a.title, width, 1.1f);
    if (a.signups.empty()) WrappedText(std::string("    ") + ctx.T(Str::kAdminNoSignups), width, 1.0f, true);
    for (const AdminSignUp& s : a.signups) {
      const std::string state = s.waitlist_position
                                    ? FormatInt(ctx.T(Str::kWaitlistPosition), *s.waitlist_position)
                                    : std::string(ctx.T(Str::kSignupDone));
      WrappedText("    " + (s.name.empty() ? std::string("-") : s.name) + "  " +
                      PhoneTailText(s.phone_last4, lang) + "  " + state,
                  width);
    }
  }
  ImGui::Dummy(ImVec2(0, Em(0.6f)));
  HeadingText(ctx.T(Str::kAdminCheckins), width);
  for (const AdminCheckIn& c : checkins_) {
    const std::string out =
        c.checked_out ? c.checked_out->HourMinute() : std::string(ctx.T(Str::kAdminOpenCheckout));
    WrappedText(c.volunteer + "  " + c.activity + "  " + c.checked_in.HourMinute() + "–" + out, width, 1.0f,
                false);
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
