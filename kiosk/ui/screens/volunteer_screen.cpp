// kiosk/ui/screens/volunteer_screen.cpp — the volunteer flow's frame and decisions: who it is
// (keypad or scanned card), check-in and check-out through kiosk/core/volunteer/checkins.h, and the hours.
//
// [SECTION] Lifetime and steps
// [SECTION] Identify: keypad or scanner
// [SECTION] Check-in and check-out
// [SECTION] Frame
#include "kiosk/ui/screens/volunteer_screen.h"

#include <imgui.h>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

//-----------------------------------------------------------------------------
// [SECTION] Lifetime and steps
//-----------------------------------------------------------------------------

void VolunteerScreen::Reset() { *this = VolunteerScreen{}; }

void VolunteerScreen::GoTo(ScreenContext& ctx, Step step) {
  step_ = step;
  reset_scroll_ = true;
  ctx.touch.GuardAfterChange();  // the finger that tapped must not also tap the next step
}

void VolunteerScreen::GoBack(ScreenContext& ctx) {
  switch (step_) {
    case Step::kIdentify:
      ctx.nav.Back();
      return;
    case Step::kHours:
      GoTo(ctx, Step::kDuties);
      return;
    case Step::kDuties:
    case Step::kMessage:
      volunteer_.reset();
      duties_.clear();
      banner_.clear();
      hours_.reset();
      GoTo(ctx, Step::kIdentify);
      return;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Identify: keypad or scanner
//-----------------------------------------------------------------------------

void VolunteerScreen::Identify(ScreenContext& ctx, const RosterResult& found) {
  if (const auto* miss = std::get_if<RosterMiss>(&found)) {
    // Back on the keypad, saying why in words; whatever was typed is cleared.
    keypad_.Reset();
    keypad_.SetMessage(
        ctx.T(*miss == RosterMiss::kInactive ? Str::kVolunteerInactive : Str::kVolunteerNotFound));
    volunteer_.reset();
    duties_.clear();
    banner_.clear();
    hours_.reset();
    if (step_ != Step::kIdentify) GoTo(ctx, Step::kIdentify);
    return;
  }
  volunteer_ = std::get<Volunteer>(found);
  keypad_.Reset();  // the number is not kept on screen
  banner_.clear();
  hours_.reset();
  LoadDuties(ctx);
}

void VolunteerScreen::TakeScan(ScreenContext& ctx, const std::string& text) {
  const ScannedCode scanned = ParseScannedCode(text);
  if (const auto* rejected = std::get_if<ScanRejected>(&scanned)) {
    if (rejected->problem == ScanProblem::kEmpty) return;  // a stray Enter: nothing to say
    keypad_.Reset();
    keypad_.SetMessage(ctx.T(rejected->problem == ScanProblem::kInvalidPhone ? Str::kPhoneInvalid
                                                                             : Str::kScanNotRecognised));
    volunteer_.reset();
    if (step_ != Step::kIdentify) GoTo(ctx, Step::kIdentify);
    return;
  }
  try {
    Identify(ctx, RosterLookup(ctx.db, scanned, ctx.phone_hash_key));
  } catch (const std::exception&) {
    message_ = ctx.T(Str::kSystemError);
    GoTo(ctx, Step::kMessage);
  }
}

void VolunteerScreen::LoadDuties(ScreenContext& ctx) {
  if (!volunteer_) return;
  try {
    duties_ = TodaysDuties(ctx.db, volunteer_->id, ctx.now);
  } catch (const std::exception&) {
    message_ = ctx.T(Str::kSystemError);
    GoTo(ctx, Step::kMessage);
    return;
  }
  if (step_ != Step::kDuties) GoTo(ctx, Step::kDuties);
}

//-----------------------------------------------------------------------------
// [SECTION] Check-in and check-out
//-----------------------------------------------------------------------------

namespace {

std::string RefusalText(CheckInRefusal reason, Lang lang) {
  switch (reason) {
    case CheckInRefusal::kUnknownVolunteer:
      return Tr(Str::kVolunteerNotFound, lang);
    case CheckInRefusal::kOccurrenceGone:
      return Tr(Str::kDetailGone, lang);
    case CheckInRefusal::kOccurrenceCancelled:
      return Tr(Str::kSignupCancelled, lang);
    case CheckInRefusal::kNotOnDuty:
      return Tr(Str::kNotOnDuty, lang);
    case CheckInRefusal::kTooEarly:
      return Tr(Str::kDutyOver, lang);  // replaced with the time below
    case CheckInRefusal::kOver:
      return Tr(Str::kSignupOver, lang);
  }
  return {};
}

}  // namespace

void VolunteerScreen::DoCheckIn(ScreenContext& ctx, int64_t occurrence_id) {
  if (!volunteer_) return;
  const Lang lang = ctx.settings.lang;
  try {
    const CheckInOutcome outcome = CheckIn(ctx.db, volunteer_->id, occurrence_id, ctx.now);
    if (const auto* in = std::get_if<CheckedIn>(&outcome)) {
      banner_ = FormatText(Tr(Str::kCheckInDone, lang), in->at.HourMinute());
    } else if (const auto* already = std::get_if<AlreadyCheckedIn>(&outcome)) {
      banner_ = FormatText(Tr(Str::kCheckedInAt, lang), already->since.HourMinute());
    } else if (const auto* out = std::get_if<AlreadyCheckedOut>(&outcome)) {
      banner_ = FormatText(Tr(Str::kCheckedOutServed, lang), HoursMinutesText(out->minutes, lang));
    } else {
      const CheckInRefusal reason = std::get<CheckInRefused>(outcome).reason;
      banner_ = RefusalText(reason, lang);
      if (reason == CheckInRefusal::kTooEarly) {
        for (const Duty& d : duties_)
          if (d.occurrence_id == occurrence_id)
            banner_ = FormatText(Tr(Str::kCheckInFrom, lang), d.check_in_opens.HourMinute());
      }
    }
  } catch (const std::exception&) {
    banner_ = Tr(Str::kSystemError, lang);
  }
  LoadDuties(ctx);
}

void VolunteerScreen::DoCheckOut(ScreenContext& ctx, int64_t occurrence_id) {
  if (!volunteer_) return;
  const Lang lang = ctx.settings.lang;
  try {
    const CheckOutOutcome outcome = CheckOut(ctx.db, volunteer_->id, occurrence_id, ctx.now);
    if (const auto* out = std::get_if<CheckedOut>(&outcome)) {
      banner_ = FormatText(Tr(Str::kCheckOutDone, lang), HoursMinutesText(out->minutes, lang));
    } else if (const auto* already = std::get_if<AlreadyCheckedOut>(&outcome)) {
      banner_ = already->auto_closed
                    ? std::string(Tr(Str::kAutoClosed, lang))
                    : FormatText(Tr(Str::kCheckedOutServed, lang), HoursMinutesText(already->minutes, lang));
    } else {
      const CheckOutRefusal reason = std::get<CheckOutRefused>(outcome).reason;
      banner_ =
          Tr(reason == CheckOutRefusal::kNotCheckedIn ? Str::kNotCheckedIn : Str::kVolunteerNotFound, lang);
    }
  } catch (const std::exception&) {
    banner_ = Tr(Str::kSystemError, lang);
  }
  LoadDuties(ctx);
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void VolunteerScreen::DrawIdentify(ScreenContext& ctx) {
  if (keypad_.DrawPage(
          ctx, [&](float width) { WrappedText(ctx.T(Str::kVolunteerPrompt), width, 1.2f); },
          ctx.T(Str::kKeyNext))) {
    const std::string phone = keypad_.digits();
    try {
      Identify(ctx, FindVolunteerByPhone(ctx.db, phone, ctx.phone_hash_key));
    } catch (const std::exception&) {
      message_ = ctx.T(Str::kSystemError);
      GoTo(ctx, Step::kMessage);
    }
  }
}

void VolunteerScreen::Draw(ScreenContext& ctx) {
  if (!picked_occurrence_ && ctx.selection) picked_occurrence_ = ctx.selection->occurrence_id;
  // A scanned card counts on every step: the next volunteer may scan while the last one's list shows.
  if (const std::optional<std::string> scan = scanner_.Poll()) TakeScan(ctx, *scan);

  bool back = false;
  DrawTopBar(ctx, ctx.T(Str::kTileVolunteer), &back);
  switch (step_) {
    case Step::kIdentify:
      DrawIdentify(ctx);
      break;
    case Step::kDuties:
      DrawDuties(ctx);
      break;
    case Step::kHours:
      DrawHours(ctx);
      break;
    case Step::kMessage:
      if (MessageWithButton(ctx, message_, ctx.T(Str::kBack))) back = true;
      break;
  }
  if (back) GoBack(ctx);
}

}  // namespace kiosk::ui
