// kiosk/ui/screens/volunteer_screen.cpp — the volunteer flow's frame and decisions: who it is
// (keypad or scanned card), check-in and check-out through kiosk/core/volunteer/checkins.h, and the hours.
//
// [SECTION] Lifetime and steps
// [SECTION] Identify: keypad or scanner
// [SECTION] Check-in and check-out
// [SECTION] Frame
#include "kiosk/ui/screens/volunteer_screen.h"

#include <imgui.h>

#include <utility>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

//-----------------------------------------------------------------------------
// [SECTION] Lifetime and steps
//-----------------------------------------------------------------------------

void VolunteerScreen::Reset() { *this = VolunteerScreen{}; }

void VolunteerScreen::GoTo(ScreenContext& ctx, Step step) { flow_.GoTo(ctx.touch, step); }

void VolunteerScreen::GoBack(ScreenContext& ctx) {
  // A message (a system error) goes back to the start, as Back from the duties does.
  if (step() == Step::kMessage) {
    GoTo(ctx, Step::kIdentify);
  } else if (!flow_.Back(ctx.touch)) {
    ctx.nav.Back();
    return;
  }
  if (step() == Step::kIdentify) person_ = {};  // the next volunteer starts afresh
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
    person_ = {};
    if (step() != Step::kIdentify) GoTo(ctx, Step::kIdentify);
    return;
  }
  person_ = {.volunteer = std::get<Volunteer>(found),
             .duties = {},
             .banner = {},
             .hours = {},
             .rated = {},
             .rating = {}};
  keypad_.Reset();  // the number is not kept on screen
  LoadDuties(ctx);
}

void VolunteerScreen::TakeScan(ScreenContext& ctx, const std::string& text) {
  const ScannedCode scanned = ParseScannedCode(text);
  if (const auto* rejected = std::get_if<ScanRejected>(&scanned)) {
    if (rejected->problem == ScanProblem::kEmpty) return;  // a stray Enter: nothing to say
    keypad_.Reset();
    keypad_.SetMessage(ctx.T(rejected->problem == ScanProblem::kInvalidPhone ? Str::kPhoneInvalid
                                                                             : Str::kScanNotRecognised));
    person_ = {};
    if (step() != Step::kIdentify) GoTo(ctx, Step::kIdentify);
    return;
  }
  try {
    Identify(ctx, RosterLookup(ctx.db, scanned, ctx.phone_hash_key));
  } catch (const std::exception& error) {
    message_ = StorageFailureMessage("volunteer check-in/out", error, ctx.settings.lang);
    GoTo(ctx, Step::kMessage);
  }
}

void VolunteerScreen::LoadDuties(ScreenContext& ctx) {
  if (!person_.volunteer) return;
  try {
    person_.duties = TodaysDuties(ctx.db, person_.volunteer->id, ctx.now);
  } catch (const std::exception& error) {
    message_ = StorageFailureMessage("volunteer check-in/out", error, ctx.settings.lang);
    GoTo(ctx, Step::kMessage);
    return;
  }
  if (step() != Step::kDuties) GoTo(ctx, Step::kDuties);
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
  if (!person_.volunteer) return;
  const Lang lang = ctx.settings.lang;
  try {
    const CheckInOutcome outcome = CheckIn(ctx.db, person_.volunteer->id, occurrence_id, ctx.now);
    person_.rated = std::holds_alternative<CheckedIn>(outcome)
                        ? std::optional(RatedThing{RatedFlow::kCheckin, occurrence_id, std::nullopt})
                        : std::nullopt;
    if (const auto* in = std::get_if<CheckedIn>(&outcome)) {
      person_.banner = FormatText(Tr(Str::kCheckInDone, lang), in->at.HourMinute());
    } else if (const auto* already = std::get_if<AlreadyCheckedIn>(&outcome)) {
      person_.banner = FormatText(Tr(Str::kCheckedInAt, lang), already->since.HourMinute());
    } else if (const auto* out = std::get_if<AlreadyCheckedOut>(&outcome)) {
      person_.banner = FormatText(Tr(Str::kCheckedOutServed, lang), HoursMinutesText(out->minutes, lang));
    } else {
      const CheckInRefusal reason = std::get<CheckInRefused>(outcome).reason;
      person_.banner = RefusalText(reason, lang);
      if (reason == CheckInRefusal::kTooEarly) {
        for (const Duty& d : person_.duties)
          if (d.occurrence_id == occurrence_id)
            person_.banner = FormatText(Tr(Str::kCheckInFrom, lang), d.check_in_opens.HourMinute());
      }
    }
  } catch (const std::exception& error) {
    person_.banner = StorageFailureMessage("volunteer check-in/out", error, lang);
  }
  LoadDuties(ctx);
}

void VolunteerScreen::DoCheckOut(ScreenContext& ctx, int64_t occurrence_id) {
  if (!person_.volunteer) return;
  const Lang lang = ctx.settings.lang;
  try {
    const CheckOutOutcome outcome = CheckOut(ctx.db, person_.volunteer->id, occurrence_id, ctx.now);
    person_.rated = std::holds_alternative<CheckedOut>(outcome)
                        ? std::optional(RatedThing{RatedFlow::kCheckout, occurrence_id, std::nullopt})
                        : std::nullopt;
    if (const auto* out = std::get_if<CheckedOut>(&outcome)) {
      person_.banner = FormatText(Tr(Str::kCheckOutDone, lang), HoursMinutesText(out->minutes, lang));
    } else if (const auto* already = std::get_if<AlreadyCheckedOut>(&outcome)) {
      person_.banner = already->auto_closed ? std::string(Tr(Str::kAutoClosed, lang))
                                            : FormatText(Tr(Str::kCheckedOutServed, lang),
                                                         HoursMinutesText(already->minutes, lang));
    } else {
      const CheckOutRefusal reason = std::get<CheckOutRefused>(outcome).reason;
      person_.banner =
          Tr(reason == CheckOutRefusal::kNotCheckedIn ? Str::kNotCheckedIn : Str::kVolunteerNotFound, lang);
    }
  } catch (const std::exception& error) {
    person_.banner = StorageFailureMessage("volunteer check-in/out", error, lang);
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
    } catch (const std::exception& error) {
      message_ = StorageFailureMessage("volunteer check-in/out", error, ctx.settings.lang);
      GoTo(ctx, Step::kMessage);
    }
  }
}

void VolunteerScreen::RunPreview(ScreenContext& ctx, bool check_out) {
  TakeScan(ctx, "V0001");
  for (const Duty& d : person_.duties) {
    if (d.state != DutyState::kCanCheckIn) continue;
    const int64_t occurrence_id = d.occurrence_id;  // the list is reloaded by the check-in
    DoCheckIn(ctx, occurrence_id);
    if (check_out) DoCheckOut(ctx, occurrence_id);
    return;
  }
}

void VolunteerScreen::Draw(ScreenContext& ctx) {
  if (const std::optional<bool> check_out = std::exchange(preview_check_out_, std::nullopt))
    RunPreview(ctx, *check_out);
  if (!picked_occurrence_ && ctx.selection) picked_occurrence_ = ctx.selection->occurrence_id;
  // A scanned card counts on every step: the next volunteer may scan while the last one's list shows.
  if (const std::optional<std::string> scan = scanner_.Poll()) TakeScan(ctx, *scan);

  bool back = false;
  DrawTopBar(ctx, ctx.T(Str::kTileVolunteer), &back);
  switch (step()) {
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
