// kiosk/ui/screens/admin_today_view.cpp — the admin's 今日 (sign-ups with names and last four
// digits, volunteers' check-ins) and 今日预约 (room bookings with their matters, the no-shows).
#include <imgui.h>

#include "kiosk/ui/screens/admin_screen.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
namespace {

Str MatterLabel(const std::string& code) {
  if (code == "family") return Str::kMatterFamily;
  if (code == "neighbour") return Str::kMatterNeighbour;
  if (code == "property") return Str::kMatterProperty;
  if (code == "labour") return Str::kMatterLabour;
  return Str::kMatterOther;
}

}  // namespace

void AdminScreen::DrawToday(ScreenContext& ctx, float width) {
  const Lang lang = ctx.settings.lang;
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
}

void AdminScreen::DrawBookings(ScreenContext& ctx, float width) {
  const Lang lang = ctx.settings.lang;
  HeadingText(ctx.T(Str::kAdminBookings), width);
  int shown = 0, no_shows = 0;
  for (const AdminBooking& b : bookings_) {
    if (b.status == "no_show") {
      ++no_shows;
      continue;
    }
    ++shown;
    const std::string matter = b.matter ? std::string(ctx.T(MatterLabel(*b.matter))) : std::string("-");
    const std::string state =
        b.status == "conflict" ? "conflict" : ctx.T(b.arrived ? Str::kAdminArrived : Str::kAdminNotArrived);
    WrappedText(b.start.HourMinute() + "–" + b.end.HourMinute() + "  " + b.room + "  " +
                    PhoneTailText(b.phone_last4, lang) + "  " + matter + "  " + state,
                width);
  }
  if (shown == 0) WrappedText(ctx.T(Str::kAdminNoBookings), width, 1.0f, true);
  ImGui::Dummy(ImVec2(0, Em(0.6f)));
  HeadingText(ctx.T(Str::kAdminNoShows), width);
  for (const AdminBooking& b : bookings_)
    if (b.status == "no_show")
      WrappedText(b.start.HourMinute() + "–" + b.end.HourMinute() + "  " + b.room + "  " +
                      PhoneTailText(b.phone_last4, lang),
                  width);
  if (no_shows == 0) WrappedText(ctx.T(Str::kAdminNone), width, 1.0f, true);
}

}  // namespace kiosk::ui
