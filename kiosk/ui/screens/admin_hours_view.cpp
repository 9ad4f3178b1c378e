// kiosk/ui/screens/admin_hours_view.cpp — the admin's 更正时长: the check-ins to check (open,
// closed by the kiosk, corrected before); tap one, set the check-out in 15-minute steps, choose a
// reason, save (hours_correction.h: one 'correct_hours' operation and its audit entry).
#include <imgui.h>

#include <algorithm>
#include <variant>

#include "kiosk/core/time/minute_time.h"
#include "kiosk/ui/screens/admin_screen.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
namespace {

constexpr Str kReasons[] = {Str::kAdminReasonForgot, Str::kAdminReasonWrongTime, Str::kAdminReasonOther};

Str RefusalText(CorrectionRefusal reason) {
  switch (reason) {
    case CorrectionRefusal::kNoSuchCheckin:
      return Str::kAdminCorrectionGone;
    case CorrectionRefusal::kNoReason:
      return Str::kAdminCorrectionNoReason;
    case CorrectionRefusal::kNotAfterCheckIn:
      return Str::kAdminCorrectionNotAfter;
    case CorrectionRefusal::kInTheFuture:
      return Str::kAdminCorrectionFuture;
  }
  return Str::kSystemError;
}

std::string DayAndTime(const LocalDateTime& t) { return t.date.Iso().substr(5) + " " + t.HourMinute(); }

}  // namespace

void AdminScreen::DrawHours(ScreenContext& ctx, float width) {
  if (correcting_) {
    DrawCorrection(ctx, width);
    return;
  }
  HeadingText(ctx.T(Str::kAdminHoursHeading), width);
  if (!correction_message_.empty()) WrappedText(correction_message_, width, 1.1f);
  if (correctable_.empty()) WrappedText(ctx.T(Str::kAdminNothingToCorrect), width, 1.0f, true);
  const float row_h = MinTargetPx() * 1.2f;
  for (size_t i = 0; i < correctable_.size(); ++i) {
    const CorrectableCheckin& c = correctable_[i];
    const std::string out = c.checked_out_at ? DayAndTime(*c.checked_out_at) : ctx.T(Str::kAdminOpenCheckout);
    std::string mark;
    if (c.correction)
      mark = ctx.T(Str::kAdminCorrectedMark);
    else if (c.auto_closed)
      mark = ctx.T(Str::kAdminAutoClosedMark);
    const std::string label = c.volunteer + "  " + c.activity + "  " + DayAndTime(c.checked_in_at) + " – " +
                              out + (mark.empty() ? "" : "  (" + mark + ")");
    if (TouchButton(ctx.touch, label, ImVec2(width, row_h), buttons::kSecondary, c.checkin_id)) {
      correcting_ = i;
      // Start from what is recorded, else the activity's end, else an hour after the check-in.
      correct_to_ =
          c.checked_out_at ? *c.checked_out_at : c.activity_end.value_or(AddMinutes(c.checked_in_at, 60));
      if (*correct_to_ > ctx.now) correct_to_ = ctx.now;
      reason_ = -1;
      correction_message_.clear();
    }
  }
}

void AdminScreen::DrawCorrection(ScreenContext& ctx, float width) {
  const CorrectableCheckin& c = correctable_[*correcting_];
  const float button_h = MinTargetPx() * 1.2f, gap = ImGui::GetStyle().ItemSpacing.x;
  HeadingText(c.volunteer + "  " + c.activity, width);
  WrappedText(DayAndTime(c.checked_in_at) + " " + ctx.T(Str::kCheckIn), width);
  WrappedText(FormatText(ctx.T(Str::kAdminCheckoutAt), DayAndTime(*correct_to_)), width, 1.3f);
  const float step_w = std::min((width - gap) / 2, Em(10));
  if (TouchButton(ctx.touch, ctx.T(Str::kAdminEarlier), ImVec2(step_w, button_h), buttons::kSecondary))
    correct_to_ = AddMinutes(*correct_to_, -15);
  ImGui::SameLine(0, gap);
  if (TouchButton(ctx.touch, ctx.T(Str::kAdminLater), ImVec2(step_w, button_h), buttons::kSecondary))
    correct_to_ = AddMinutes(*correct_to_, 15);
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  HeadingText(ctx.T(Str::kAdminReasonHeading), width);
  const float reason_w = std::min((width - 2 * gap) / 3, Em(10));
  for (int i = 0; i < static_cast<int>(std::size(kReasons)); ++i) {
    if (i > 0) ImGui::SameLine(0, gap);
    if (TouchToggle(ctx.touch, ctx.T(kReasons[i]), reason_ == i, ImVec2(reason_w, button_h))) reason_ = i;
  }
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  if (!correction_message_.empty()) NoticeBox(correction_message_, width);
  if (!TouchButton(ctx.touch, ctx.T(Str::kAdminSaveCorrection), ImVec2(std::min(width, Em(12)), button_h),
                   buttons::kPrimary))
    return;
  // The stored reason names both languages, whichever the staff member reads.
  const std::string reason =
      reason_ < 0 ? std::string()
                  : std::string(Tr(kReasons[reason_], Lang::kZh)) + " / " + Tr(kReasons[reason_], Lang::kEn);
  try {
    const CorrectionOutcome outcome = CorrectHours(ctx.db, c.checkin_id, *correct_to_, reason, ctx.now);
    if (const auto* done = std::get_if<HoursCorrected>(&outcome)) {
      correctable_ = CorrectableCheckins(ctx.db, ctx.now);
      correcting_.reset();
      correction_message_ =
          FormatText(ctx.T(Str::kAdminCorrectionSaved), HoursMinutesText(done->minutes, ctx.settings.lang));
    } else {
      correction_message_ = ctx.T(RefusalText(std::get<CorrectionRefused>(outcome).reason));
    }
  } catch (const std::exception& error) {  // storage failure: rolled back, nothing changed
    correction_message_ = StorageFailureMessage("hours correction", error, ctx.settings.lang);
  }
}

}  // namespace kiosk::ui
