// kiosk/ui/screens/admin_system_view.cpp — the admin's 本机状态: the kiosk's latest health record
// (health_record.h) and the screen schedule (kiosk.toml opening_hours).
#include <imgui.h>

#include "kiosk/core/health/health_record.h"
#include "kiosk/ui/screens/admin_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

void AdminScreen::DrawSystem(ScreenContext& ctx, const AdminAccess& access, float width) {
  HeadingText(ctx.T(Str::kAdminViewSystem), width);
  if (health_) {
    WrappedText(health_->kiosk_id + "  " + health_->reported_at, width, 1.0f, true);
    WrappedText(HealthLine(*health_, ctx.settings.lang == Lang::kZh), width);
  } else {
    WrappedText(ctx.T(Str::kAdminNoHealth), width, 1.0f, true);
  }
  ImGui::Dummy(ImVec2(0, Em(0.6f)));
  HeadingText(ctx.T(Str::kAdminSchedule), width);
  if (access.opening_hours)
    WrappedText(FormatText(ctx.T(Str::kAdminScheduleText),
                           access.opening_hours->opens.Text() + "–" + access.opening_hours->closes.Text()),
                width);
  else
    WrappedText(ctx.T(Str::kAdminScheduleAlways), width);
}

}  // namespace kiosk::ui
