// kiosk/ui/screens/admin_sync_view.cpp — the admin's 同步: 立即同步 with its progress and result,
// the sync log, the conflicts the office kept.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/ui/screens/admin_screen.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

void AdminScreen::SyncFinished(ScreenContext& ctx, const SyncJobResult& result) {
  sync_result_ = result;
  Audit(ctx, "sync_now", std::string(result.ok ? "ok: " : "failed: ") + result.line);
  if (flow_.step() != Step::kOverview) return;
  // What the views show may have changed: the sync view re-reads now, the others when opened.
  sync_runs_ = RecentSyncRuns(ctx.db, 10);
  conflicts_ = SyncConflicts(ctx.db, 50);
}

void AdminScreen::DrawSync(ScreenContext& ctx, const AdminAccess& access, float width) {
  const bool running = access.sync_job && access.sync_job->running();
  const float button_h = MinTargetPx() * 1.2f;
  if (running) {
    const int seconds = static_cast<int>(ImGui::GetTime() - access.sync_job->started());
    WrappedText(FormatInt(ctx.T(Str::kAdminSyncRunning), seconds), width, 1.2f);
    // A bar that moves while the sync works (it reports no fraction): the UI is visibly alive.
    const float phase = static_cast<float>(ImGui::GetTime() - access.sync_job->started()) * 0.5f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float bar_w = width * 0.25f, x = (width - bar_w) * (0.5f + 0.5f * std::sin(phase * 3.14159f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + Em(0.5f)), palette::Rgb(palette::kSurface));
    draw->AddRectFilled(ImVec2(at.x + x, at.y), ImVec2(at.x + x + bar_w, at.y + Em(0.5f)),
                        palette::Rgb(palette::kPartyRed));
    ImGui::Dummy(ImVec2(width, Em(0.8f)));
  } else if (TouchButton(ctx.touch, ctx.T(Str::kAdminSyncNow), ImVec2(std::min(width, Em(12)), button_h),
                         buttons::kPrimary)) {
    if (access.sync_job && access.sync_job->Start(access.run_sync, access.wake, ImGui::GetTime())) {
      sync_result_.reset();
      Audit(ctx, "sync_started", "");
    } else {
      sync_result_ = SyncJobResult{false, "没有配置同步 / sync is not set up on this kiosk"};
    }
  }
  if (sync_result_) {
    WrappedText(ctx.T(sync_result_->ok ? Str::kAdminSyncOk : Str::kAdminSyncFailed), width, 1.1f);
    WrappedText(sync_result_->line, width, 1.0f, true);
  }
  ImGui::Dummy(ImVec2(0, Em(0.6f)));
  HeadingText(ctx.T(Str::kAdminSyncLog), width);
  if (sync_runs_.empty()) WrappedText(ctx.T(Str::kAdminNeverSynced), width, 1.0f, true);
  for (const SyncRun& run : sync_runs_)
    WrappedText(run.finished_at + "  " + ctx.T(run.ok ? Str::kAdminSyncOk : Str::kAdminSyncFailed) + "  " +
                    run.message,
                width);
  ImGui::Dummy(ImVec2(0, Em(0.6f)));
  HeadingText(ctx.T(Str::kAdminConflicts), width);
  if (conflicts_.empty()) WrappedText(ctx.T(Str::kAdminNone), width, 1.0f, true);
  for (const SyncConflict& c : conflicts_)
    WrappedText(c.record_id + "  " + c.kind + "  " + c.when + "  " + c.what +
                    (c.phone_last4.empty() ? "" : "  " + PhoneTailText(c.phone_last4, ctx.settings.lang)),
                width);
}

}  // namespace kiosk::ui
