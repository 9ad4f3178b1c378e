// kiosk/ui/screens/signup_screen.cpp — the sign-up flow's frame and its decisions: which step
// comes next, the calls into the sign-up rules, and what each outcome shows.
//
// [SECTION] Lifetime and steps
// [SECTION] Decisions: activity, phone, sign-up
// [SECTION] Frame
#include "kiosk/ui/screens/signup_screen.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <cmath>
#include <utility>

#include "kiosk/core/signup/signup_listing.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

//-----------------------------------------------------------------------------
// [SECTION] Lifetime and steps
//-----------------------------------------------------------------------------

SignupScreen::SignupScreen() = default;
SignupScreen::~SignupScreen() = default;

void SignupScreen::Reset() {
  state_ = {};
  name_keyboard_.Reset();  // kept outside State only because it keeps its pinyin engine open
}

std::optional<double> SignupScreen::SecondsUntilNextTick() const {
  if (step() != Step::kResult || state_.result_started < 0) return std::nullopt;
  const double elapsed = ImGui::GetTime() - state_.result_started;
  return std::max(0.0, std::ceil(elapsed + 1e-6) - elapsed);
}

void SignupScreen::Start(ScreenContext& ctx) {
  state_.started = true;
  if (ctx.selection && ctx.selection->occurrence_id) {
    state_.came_with_activity = true;
    ChooseOccurrence(ctx, *ctx.selection->occurrence_id);
    state_.flow.ForgetWayBack();  // Back from the first step leaves the screen (to the activity)
  }
}

void SignupScreen::GoTo(ScreenContext& ctx, Step step) { state_.flow.GoTo(ctx.touch, step); }

void SignupScreen::GoBack(ScreenContext& ctx) {
  // After a write (result) or a refusal there is nothing to go back to inside the flow.
  if (step() == Step::kResult || !state_.flow.Back(ctx.touch)) {
    ctx.nav.Back();
    return;
  }
  if (step() == Step::kPick) {
    state_.facts.reset();
    state_.open_loaded = false;  // seats may have changed
  }
  if (step() == Step::kPhone) state_.phone.clear();  // typed again: the number is not kept behind
  if (step() == Step::kConfirm || step() == Step::kFullOffer) state_.submitted = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Decisions: activity, phone, sign-up
//-----------------------------------------------------------------------------

std::string SignupScreen::WindowMessage(const Availability& availability, Lang lang) const {
  switch (availability.window) {
    case SignUpWindow::kOpen:
      return {};
    case SignUpWindow::kNotOpenYet: {
      std::string when;
      if (availability.opens_at)
        when = FormatShortDate(availability.opens_at->date, lang) + " " + availability.opens_at->HourMinute();
      return FormatText(Tr(Str::kSignupNotOpen, lang), when);
    }
    case SignUpWindow::kClosed:
      return Tr(Str::kSignupClosed, lang);
    case SignUpWindow::kOver:
      return Tr(Str::kSignupOver, lang);
    case SignUpWindow::kCancelled:
      return Tr(Str::kSignupCancelled, lang);
    case SignUpWindow::kGone:
      return Tr(Str::kDetailGone, lang);
  }
  return {};
}

void SignupScreen::ShowMessage(ScreenContext& ctx, std::string text) {
  state_.message = std::move(text);
  GoTo(ctx, Step::kMessage);
}

void SignupScreen::ChooseOccurrence(ScreenContext& ctx, int64_t occurrence_id) {
  try {
    state_.facts = LoadOccurrenceFacts(ctx.db, occurrence_id);
    const Availability availability = CheckAvailability(ctx.db, occurrence_id, ctx.now);
    if (!state_.facts || availability.window != SignUpWindow::kOpen) {
      ShowMessage(ctx, WindowMessage(availability, ctx.settings.lang));
      return;
    }
  } catch (const std::exception& error) {  // db::SqliteError, or a stored time that is not a date
    ShowMessage(ctx, StorageFailureMessage("sign-up", error, ctx.settings.lang));
    return;
  }
  GoTo(ctx, Step::kPhone);
}

void SignupScreen::SubmitPhone(ScreenContext& ctx) {
  state_.phone = state_.keypad.digits();
  state_.keypad.Reset();  // from here on only the last four digits are shown
  try {
    state_.known = PreviousName(ctx.db, state_.phone, ctx.phone_hash_key);
  } catch (const std::exception&) {
    state_.known.reset();  // not knowing the name only means asking for it
  }
  state_.name.reset();
  name_keyboard_.Reset();
  state_.name_message.reset();
  GoTo(ctx, state_.known ? Step::kIsThisYou : Step::kName);
}

void SignupScreen::ShowResult(ScreenContext& ctx, ResultKind kind, std::string code,
                              std::optional<int> position) {
  state_.result_kind = kind;
  state_.code = std::move(code);
  state_.position = position;
  std::string payload = state_.facts ? state_.facts->title + "\n" +
                                           WhenText(state_.facts->start, state_.facts->end, Lang::kZh) +
                                           "\n" + state_.facts->venue
                                     : std::string();
  // Appended piece by piece: `"literal" + std::string` trips GCC 12's -O3 -Wrestrict false positive.
  if (!state_.code.empty()) {
    payload += '\n';
    payload += Tr(Str::kConfirmationCode, Lang::kZh);
    payload += ' ';
    payload += state_.code;
  }
  if (state_.position) {
    payload += '\n';
    payload += FormatInt(Tr(Str::kWaitlistPosition, Lang::kZh), *state_.position);
  }
  state_.qr = EncodeQr(payload);
  state_.qr_text = payload;
  state_.result_started = ImGui::GetTime();
  state_.phone.clear();  // written: the number is not needed any more
  GoTo(ctx, Step::kResult);
  state_.flow.ForgetWayBack();
}

void SignupScreen::Submit(ScreenContext& ctx, bool accept_waitlist) {
  if (state_.submitted || !state_.facts) return;  // a double tap: the first one already decided
  state_.submitted = true;
  const SignUpRequest request{.occurrence_id = state_.facts->occurrence_id,
                              .phone = state_.phone,
                              .display_name = state_.name,
                              .role = SignUpRole::kResident,
                              .accept_waitlist = accept_waitlist};
  SignUpOutcome outcome;
  try {
    outcome = SignUp(ctx.db, request, ctx.now, ctx.phone_hash_key);
  } catch (const std::exception& error) {  // storage failure: the transaction rolled back
    state_.phone.clear();
    ShowMessage(ctx, StorageFailureMessage("sign-up", error, ctx.settings.lang));
    state_.flow.ForgetWayBack();
    return;
  }
  if (const auto* ok = std::get_if<SignUpConfirmed>(&outcome)) {
    ShowResult(ctx, ResultKind::kConfirmed, ok->confirmation_code, std::nullopt);
  } else if (const auto* wait = std::get_if<SignUpWaitlisted>(&outcome)) {
    ShowResult(ctx, ResultKind::kWaitlisted, wait->confirmation_code, wait->position);
  } else if (const auto* already = std::get_if<AlreadySignedUp>(&outcome)) {
    ShowResult(ctx, ResultKind::kAlready, already->confirmation_code.value_or(""),
               already->waitlist_position);
  } else {
    const SignUpRefusal reason = std::get<SignUpRefused>(outcome).reason;
    state_.submitted = false;  // nothing was written: the resident may act again
    switch (reason) {
      case SignUpRefusal::kFull:
        try {
          state_.waitlist_position_offer =
              CheckAvailability(ctx.db, state_.facts->occurrence_id, ctx.now).seats.NextWaitlistPosition();
        } catch (const std::exception& error) {
          ShowMessage(ctx, StorageFailureMessage("sign-up", error, ctx.settings.lang));
          return;
        }
        GoTo(ctx, Step::kFullOffer);
        break;
      case SignUpRefusal::kInvalidPhone:  // the keypad checked it; say so there all the same
        state_.keypad.SetMessage(ctx.T(Str::kPhoneInvalid));
        GoTo(ctx, Step::kPhone);
        break;
      case SignUpRefusal::kInvalidName:
        state_.name_message = ctx.T(Str::kNameInvalid);
        GoTo(ctx, Step::kName);
        break;
      case SignUpRefusal::kOccurrenceGone:
      case SignUpRefusal::kOccurrenceCancelled:
      case SignUpRefusal::kNotOpenYet:
      case SignUpRefusal::kClosed:
      case SignUpRefusal::kOccurrenceOver:
      case SignUpRefusal::kNotAVolunteer: {
        Availability availability;
        try {
          availability = CheckAvailability(ctx.db, state_.facts->occurrence_id, ctx.now);
        } catch (const std::exception&) {
          availability.window = SignUpWindow::kGone;
        }
        state_.phone.clear();
        ShowMessage(ctx, WindowMessage(availability, ctx.settings.lang));
        state_.flow.ForgetWayBack();
        break;
      }
    }
  }
}

void SignupScreen::RequestGlyphs(ScreenContext& ctx, const std::string& text) {
  if (!ctx.extra_glyphs || FontHasAll(text)) return;
  ctx.extra_glyphs->append(text);
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void SignupScreen::RunPreview(ScreenContext& ctx, bool waitlisted) {
  try {
    for (const OpenForSignUp& o : OccurrencesOpenForSignUp(ctx.db, ctx.now, 200)) {
      if (o.seats.Full() != waitlisted) continue;
      ChooseOccurrence(ctx, o.occurrence_id);
      if (step() != Step::kPhone) return;
      state_.phone = "13800138000";
      Submit(ctx, waitlisted);
      return;
    }
  } catch (const std::exception& error) {
    ShowMessage(ctx, StorageFailureMessage("sign-up", error, ctx.settings.lang));
  }
}

void SignupScreen::Draw(ScreenContext& ctx) {
  if (!state_.started) Start(ctx);
  if (const std::optional<bool> waitlisted = std::exchange(state_.preview_waitlisted, std::nullopt))
    RunPreview(ctx, *waitlisted);
  bool back = false;
  DrawTopBar(ctx, ctx.T(Str::kTileSignup), &back);
  switch (step()) {
    case Step::kPick:
      DrawPick(ctx);
      break;
    case Step::kPhone:
      if (state_.keypad.DrawPage(
              ctx, [&](float width) { DrawActivitySummary(ctx, width); }, ctx.T(Str::kKeyNext)))
        SubmitPhone(ctx);
      break;
    case Step::kIsThisYou:
      DrawIsThisYou(ctx);
      break;
    case Step::kName:
      DrawName(ctx);
      break;
    case Step::kConfirm:
      DrawConfirm(ctx);
      break;
    case Step::kFullOffer:
      DrawFullOffer(ctx);
      break;
    case Step::kResult:
      DrawResult(ctx);
      break;
    case Step::kMessage:
      if (MessageWithButton(ctx, state_.message, ctx.T(Str::kBack))) back = true;
      break;
  }
  if (back) GoBack(ctx);
}

}  // namespace kiosk::ui
