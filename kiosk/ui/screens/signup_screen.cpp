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

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

//-----------------------------------------------------------------------------
// [SECTION] Lifetime and steps
//-----------------------------------------------------------------------------

SignupScreen::SignupScreen() = default;
SignupScreen::~SignupScreen() = default;

void SignupScreen::Reset() {
  started_ = false;
  step_ = Step::kPick;
  history_.clear();
  came_with_activity_ = false;
  facts_.reset();
  open_.clear();
  open_loaded_ = false;
  reset_scroll_ = true;
  keypad_.Reset();
  phone_.clear();
  known_.reset();
  name_.reset();
  name_keyboard_.Reset();
  name_message_.reset();
  submitted_ = false;
  waitlist_position_offer_ = 0;
  result_kind_ = ResultKind::kConfirmed;
  code_.clear();
  position_.reset();
  qr_ = QrModules{};
  result_started_ = -1;
  message_.clear();
}

std::optional<double> SignupScreen::SecondsUntilNextTick() const {
  if (step_ != Step::kResult || result_started_ < 0) return std::nullopt;
  const double elapsed = ImGui::GetTime() - result_started_;
  return std::max(0.0, std::ceil(elapsed + 1e-6) - elapsed);
}

void SignupScreen::Start(ScreenContext& ctx) {
  started_ = true;
  if (ctx.selection && ctx.selection->occurrence_id) {
    came_with_activity_ = true;
    ChooseOccurrence(ctx, *ctx.selection->occurrence_id);
    history_.clear();  // Back from the first step leaves the screen (to the activity)
  } else {
    step_ = Step::kPick;
  }
}

void SignupScreen::GoTo(ScreenContext& ctx, Step step) {
  history_.push_back(step_);
  step_ = step;
  reset_scroll_ = true;
  ctx.touch.GuardAfterChange();  // the finger that tapped must not also tap the next step
}

void SignupScreen::GoBack(ScreenContext& ctx) {
  // After a write (result) or a refusal there is nothing to go back to inside the flow.
  if (history_.empty() || step_ == Step::kResult) {
    ctx.nav.Back();
    return;
  }
  step_ = history_.back();
  history_.pop_back();
  reset_scroll_ = true;
  if (step_ == Step::kPick) {
    facts_.reset();
    open_loaded_ = false;  // seats may have changed
  }
  if (step_ == Step::kPhone) phone_.clear();  // typed again: the number is not kept behind
  if (step_ == Step::kConfirm || step_ == Step::kFullOffer) submitted_ = false;
  ctx.touch.GuardAfterChange();
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
  message_ = std::move(text);
  GoTo(ctx, Step::kMessage);
}

void SignupScreen::ChooseOccurrence(ScreenContext& ctx, int64_t occurrence_id) {
  try {
    facts_ = LoadOccurrenceFacts(ctx.db, occurrence_id);
    const Availability availability = CheckAvailability(ctx.db, occurrence_id, ctx.now);
    if (!facts_ || availability.window != SignUpWindow::kOpen) {
      ShowMessage(ctx, WindowMessage(availability, ctx.settings.lang));
      return;
    }
  } catch (const std::exception&) {  // db::SqliteError, or a stored time that is not a date
    ShowMessage(ctx, ctx.T(Str::kSystemError));
    return;
  }
  GoTo(ctx, Step::kPhone);
}

void SignupScreen::SubmitPhone(ScreenContext& ctx) {
  phone_ = keypad_.digits();
  keypad_.Reset();  // from here on only the last four digits are shown
  try {
    known_ = PreviousName(ctx.db, phone_, ctx.phone_hash_key);
  } catch (const std::exception&) {
    known_.reset();  // not knowing the name only means asking for it
  }
  name_.reset();
  name_keyboard_.Reset();
  name_message_.reset();
  GoTo(ctx, known_ ? Step::kIsThisYou : Step::kName);
}

void SignupScreen::ShowResult(ScreenContext& ctx, ResultKind kind, std::string code,
                              std::optional<int> position) {
  result_kind_ = kind;
  code_ = std::move(code);
  position_ = position;
  std::string payload =
      facts_ ? facts_->title + "\n" + WhenText(facts_->start, facts_->end, Lang::kZh) + "\n" + facts_->venue
             : std::string();
  // Appended piece by piece: `"literal" + std::string` trips GCC 12's -O3 -Wrestrict false positive.
  if (!code_.empty()) {
    payload += '\n';
    payload += Tr(Str::kConfirmationCode, Lang::kZh);
    payload += ' ';
    payload += code_;
  }
  if (position_) {
    payload += '\n';
    payload += FormatInt(Tr(Str::kWaitlistPosition, Lang::kZh), *position_);
  }
  qr_ = EncodeQr(payload);
  result_started_ = ImGui::GetTime();
  phone_.clear();  // written: the number is not needed any more
  GoTo(ctx, Step::kResult);
  history_.clear();
}

void SignupScreen::Submit(ScreenContext& ctx, bool accept_waitlist) {
  if (submitted_ || !facts_) return;  // a double tap: the first one already decided
  submitted_ = true;
  const SignUpRequest request{.occurrence_id = facts_->occurrence_id,
                              .phone = phone_,
                              .display_name = name_,
                              .role = SignUpRole::kResident,
                              .accept_waitlist = accept_waitlist};
  SignUpOutcome outcome;
  try {
    outcome = SignUp(ctx.db, request, ctx.now, ctx.phone_hash_key);
  } catch (const std::exception&) {  // storage failure: the transaction rolled back
    phone_.clear();
    ShowMessage(ctx, ctx.T(Str::kSystemError));
    history_.clear();
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
    submitted_ = false;  // nothing was written: the resident may act again
    switch (reason) {
      case SignUpRefusal::kFull:
        try {
          waitlist_position_offer_ =
              CheckAvailability(ctx.db, facts_->occurrence_id, ctx.now).seats.NextWaitlistPosition();
        } catch (const std::exception&) {
          ShowMessage(ctx, ctx.T(Str::kSystemError));
          return;
        }
        GoTo(ctx, Step::kFullOffer);
        break;
      case SignUpRefusal::kInvalidPhone:  // the keypad checked it; say so there all the same
        keypad_.SetMessage(ctx.T(Str::kPhoneInvalid));
        history_.clear();
        step_ = Step::kPhone;
        break;
      case SignUpRefusal::kInvalidName:
        name_message_ = ctx.T(Str::kNameInvalid);
        step_ = Step::kName;
        break;
      case SignUpRefusal::kOccurrenceGone:
      case SignUpRefusal::kOccurrenceCancelled:
      case SignUpRefusal::kNotOpenYet:
      case SignUpRefusal::kClosed:
      case SignUpRefusal::kOccurrenceOver:
      case SignUpRefusal::kNotAVolunteer: {
        Availability availability;
        try {
          availability = CheckAvailability(ctx.db, facts_->occurrence_id, ctx.now);
        } catch (const std::exception&) {
          availability.window = SignUpWindow::kGone;
        }
        phone_.clear();
        ShowMessage(ctx, WindowMessage(availability, ctx.settings.lang));
        history_.clear();
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

void SignupScreen::Draw(ScreenContext& ctx) {
  if (!started_) Start(ctx);
  bool back = false;
  DrawTopBar(ctx, ctx.T(Str::kTileSignup), &back);
  switch (step_) {
    case Step::kPick:
      DrawPick(ctx);
      break;
    case Step::kPhone:
      if (keypad_.DrawPage(
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
      if (MessageWithButton(ctx, message_, ctx.T(Str::kBack))) back = true;
      break;
  }
  if (back) GoBack(ctx);
}

}  // namespace kiosk::ui
