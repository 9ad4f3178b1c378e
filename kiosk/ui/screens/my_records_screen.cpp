// kiosk/ui/screens/my_records_screen.cpp — the 我的报名与预约 flow: keypad, list (bookings, then
// sign-ups) with 朗读, cancel, 我已到达.
#include "kiosk/ui/screens/my_records_screen.h"

#include <imgui.h>

#include <algorithm>
#include <utility>

#include "kiosk/core/signup/signups.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/activity_row.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/list_pager.h"
#include "kiosk/ui/widgets/read_aloud_button.h"

namespace kiosk::ui {

void MyRecordsScreen::Reset() { *this = MyRecordsScreen{policy_}; }

void MyRecordsScreen::GoTo(ScreenContext& ctx, Step step) { flow_.GoTo(ctx.touch, step); }

void MyRecordsScreen::GoBack(ScreenContext& ctx) {
  switch (step()) {
    case Step::kCancelAsk:
    case Step::kCancelResult:
      Load(ctx);  // back to the list, as it is now
      return;
    case Step::kMessage:
      GoTo(ctx, Step::kPhone);  // a system error: start again
      break;
    case Step::kPhone:
    case Step::kList:
      if (!flow_.Back(ctx.touch)) {
        ctx.nav.Back();
        return;
      }
      break;
  }
  if (step() == Step::kPhone) person_ = {};  // the number and the list are gone
}

void MyRecordsScreen::Load(ScreenContext& ctx) {
  try {
    person_.signups = SignUpsForPhone(ctx.db, person_.phone, ctx.now, ctx.phone_hash_key);
    person_.bookings = BookingsForPhone(ctx.db, person_.phone, ctx.now, ctx.phone_hash_key, policy_);
    person_.centre_phone = CentrePhone(ctx.db);
  } catch (const std::exception& error) {
    person_.signups.clear();
    person_.bookings.clear();
    message_ = StorageFailureMessage("my records", error, ctx.settings.lang);
    GoTo(ctx, Step::kMessage);
    return;
  }
  person_.chosen_id.clear();
  person_.cancel_done = false;
  GoTo(ctx, Step::kList);
}

std::string MyRecordsScreen::ConflictText(ScreenContext& ctx, Str what, bool spoken) const {
  std::string text = ctx.T(what);
  text += person_.centre_phone.empty() || spoken
              ? std::string(ctx.T(Str::kConflictAskStaff))
              : FormatText(ctx.T(Str::kConflictCall), person_.centre_phone);
  return text;
}

const MyBooking* MyRecordsScreen::ChosenBooking() const {
  for (const MyBooking& b : person_.bookings)
    if (b.booking_id == person_.chosen_id) return &b;
  return nullptr;
}

const MySignUp* MyRecordsScreen::Chosen() const {
  if (person_.chosen_is_booking) return nullptr;
  for (const MySignUp& s : person_.signups)
    if (s.signup_id == person_.chosen_id) return &s;
  return nullptr;
}

std::vector<std::string> MyRecordsScreen::SignUpLines(ScreenContext& ctx, const MySignUp& s,
                                                      bool spoken) const {
  const Lang lang = ctx.settings.lang;
  std::vector<std::string> lines = {s.title, WhenText(s.start, s.end, lang) + " · " + s.venue};
  std::string status;
  switch (s.status) {
    case MySignUpStatus::kConfirmed:
      status = ctx.T(Str::kStatusConfirmed);
      break;
    case MySignUpStatus::kWaitlisted:
      status = FormatInt(ctx.T(Str::kWaitlistPosition), s.waitlist_position.value_or(1));
      break;
    case MySignUpStatus::kConflict:
      status = ConflictText(ctx, Str::kSignupConflictPlain, spoken);
      break;
  }
  if (s.confirmation_code && s.status != MySignUpStatus::kConflict)
    status += "  ·  " + std::string(ctx.T(Str::kConfirmationCode)) + " " + *s.confirmation_code;
  lines.push_back(status);
  if (s.occurrence_cancelled) lines.emplace_back(ctx.T(Str::kSignupCancelled));
  return lines;
}

std::vector<std::string> MyRecordsScreen::BookingLines(ScreenContext& ctx, const MyBooking& b,
                                                       bool spoken) const {
  const Lang lang = ctx.settings.lang;
  std::string status;  // the code, never the matter
  if (b.conflict) {
    status = ConflictText(ctx, Str::kBookingConflictPlain, spoken);
  } else {
    status = ctx.T(b.arrived ? Str::kStatusArrived : Str::kSlotTaken);
    status += "  ·  " + std::string(ctx.T(Str::kConfirmationCode)) + " " + b.confirmation_code;
  }
  return {RoomNameText(b.room, lang), WhenText(b.start, b.end, lang), status};
}

std::string MyRecordsScreen::ListSpeech(ScreenContext& ctx) const {
  const char* stop = ctx.settings.lang == Lang::kZh ? "。" : ". ";
  std::string text =
      std::string(ctx.T(Str::kTileMyRecords)) + stop;  // the heading, without the phone's digits
  const auto say = [&](const std::vector<std::string>& lines) {
    for (const std::string& line : lines) text += line + stop;
  };
  if (!person_.bookings.empty()) {
    text += std::string(ctx.T(Str::kMyBookingsHeading)) + stop;
    for (const MyBooking& b : person_.bookings) say(BookingLines(ctx, b, true));
    if (!person_.signups.empty()) text += std::string(ctx.T(Str::kMySignupsHeading)) + stop;
  }
  for (const MySignUp& s : person_.signups) say(SignUpLines(ctx, s, true));
  return text;
}

// Draws a record's lines (SignUpLines / BookingLines) in a column: the first larger, the second
// muted, the rest plain.
static void DrawRecordLines(const std::vector<std::string>& lines, float width) {
  ImGui::BeginGroup();
  for (size_t i = 0; i < lines.size(); ++i) WrappedText(lines[i], width, i == 0 ? 1.1f : 1.0f, i == 1);
  ImGui::EndGroup();
}

void MyRecordsScreen::DrawRow(ScreenContext& ctx, const MySignUp& s, float width) {
  const Lang lang = ctx.settings.lang;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float button_w = std::max(MinTargetPx() * 2.2f, Em(5.5f));
  const float text_w = width - button_w - style.ItemSpacing.x * 2;
  DrawRecordLines(SignUpLines(ctx, s, false), text_w);
  const float row_h = std::max(ImGui::GetItemRectMax().y - p.y, MinTargetPx());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float by = p.y + (row_h - MinTargetPx()) / 2;
  // Whole or not at all: never a sliver of a button at the list's edge.
  if (s.can_cancel && by >= draw->GetClipRectMin().y - 0.5f &&
      by + MinTargetPx() <= draw->GetClipRectMax().y + 0.5f) {
    ImGui::SetCursorScreenPos(ImVec2(p.x + width - button_w, by));
    // Labelled with the sign-up it cancels: the list's buttons differ for a reader or a driver.
    if (TouchButtonShowing(ctx.touch, ActionTargetLabel(ctx.T(Str::kCancelSignup), s.title, s.start, lang),
                           ctx.T(Str::kCancelSignup), ImVec2(button_w, MinTargetPx()), buttons::kSecondary,
                           s.signup_id)) {
      person_.chosen_id = s.signup_id;
      person_.chosen_is_booking = false;
      person_.cancel_done = false;
      GoTo(ctx, Step::kCancelAsk);
    }
  }
  const float bottom = p.y + row_h + style.ItemSpacing.y;
  draw->AddLine(ImVec2(p.x, bottom), ImVec2(p.x + width, bottom), palette::Rgb(palette::kBorder), 1.0f);
  ImGui::SetCursorScreenPos(ImVec2(p.x, bottom + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
}

void MyRecordsScreen::DrawBookingRow(ScreenContext& ctx, const MyBooking& b, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float button_w = std::max(MinTargetPx() * 2.2f, Em(5.5f));
  const int buttons = (b.can_cancel ? 1 : 0) + (b.can_arrive ? 1 : 0);
  const float text_w = width - (button_w + style.ItemSpacing.x) * static_cast<float>(std::max(buttons, 1)) -
                       style.ItemSpacing.x;
  DrawRecordLines(BookingLines(ctx, b, false), text_w);
  const float row_h = std::max(ImGui::GetItemRectMax().y - p.y, MinTargetPx());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float by = p.y + (row_h - MinTargetPx()) / 2;
  const bool whole =
      by >= draw->GetClipRectMin().y - 0.5f && by + MinTargetPx() <= draw->GetClipRectMax().y + 0.5f;
  float bx = p.x + width - button_w;
  if (whole && b.can_cancel) {
    ImGui::SetCursorScreenPos(ImVec2(bx, by));
    if (TouchButton(ctx.touch, ctx.T(Str::kCancelBooking), ImVec2(button_w, MinTargetPx()),
                    buttons::kSecondary, b.booking_id)) {
      person_.chosen_id = b.booking_id;
      person_.chosen_is_booking = true;
      person_.cancel_done = false;
      GoTo(ctx, Step::kCancelAsk);
    }
    bx -= button_w + style.ItemSpacing.x;
  }
  if (whole && b.can_arrive) {
    ImGui::SetCursorScreenPos(ImVec2(bx, by));
    if (TouchButton(ctx.touch, ctx.T(Str::kArriveButton), ImVec2(button_w, MinTargetPx()), buttons::kPrimary,
                    b.booking_id))
      Arrive(ctx, b);
  }
  const float bottom = p.y + row_h + style.ItemSpacing.y;
  draw->AddLine(ImVec2(p.x, bottom), ImVec2(p.x + width, bottom), palette::Rgb(palette::kBorder), 1.0f);
  ImGui::SetCursorScreenPos(ImVec2(p.x, bottom + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
}

void MyRecordsScreen::Arrive(ScreenContext& ctx, const MyBooking& b) {
  try {
    const ArriveOutcome outcome = ArriveByCode(ctx.db, b.confirmation_code, ctx.now, policy_);
    if (std::holds_alternative<Arrived>(outcome)) {
      message_ = ctx.T(Str::kArriveDone);
    } else {
      message_ =
          ctx.T(std::get<ArriveRefused>(outcome).reason == ArriveRefusal::kTooEarly ? Str::kArriveTooEarly
                                                                                    : Str::kArriveNotFound);
    }
  } catch (const std::exception& error) {
    message_ = StorageFailureMessage("my records", error, ctx.settings.lang);
  }
  GoTo(ctx, Step::kCancelResult);
}

void MyRecordsScreen::DrawList(ScreenContext& ctx) {
  if (person_.signups.empty() && person_.bookings.empty()) {
    if (MessageWithButton(ctx, ctx.T(Str::kMyNone), ctx.T(Str::kBack))) GoBack(ctx);
    return;
  }
  // The heading with 朗读 at its right: the list's words, said once (ListSpeech).
  const ImVec2 head = ImGui::GetCursorScreenPos();
  const float speak_w = std::max(MinTargetPx() * 2, Em(5));
  ImGui::SetCursorScreenPos(ImVec2(head.x, head.y + (MinTargetPx() - ImGui::GetFontSize()) / 2));
  DrawSectionHeading(FormatText(ctx.T(Str::kMyHeading), PhoneLast4(person_.phone)).c_str());
  ImGui::SetCursorScreenPos(ImVec2(head.x + ImGui::GetContentRegionAvail().x - speak_w, head.y));
  ReadAloudButton(ctx, ListSpeech(ctx), ImVec2(speak_w, MinTargetPx()));
  ImGui::SetCursorScreenPos(ImVec2(head.x, head.y + MinTargetPx() + ImGui::GetStyle().ItemSpacing.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.4f)));
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  ImGui::BeginChild("my_signups", ImVec2(avail.x, avail.y - ListPagerHeight()), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  if (flow_.TakeScrollReset()) ImGui::SetScrollY(0);
  // A tap may change the step, never this frame's rows.
  const std::vector<MyBooking> bookings = person_.bookings;
  const std::vector<MySignUp> rows = person_.signups;
  if (!bookings.empty()) {
    WrappedText(ctx.T(Str::kMyBookingsHeading), ImGui::GetContentRegionAvail().x, 1.0f, true);
    for (const MyBooking& b : bookings) DrawBookingRow(ctx, b, ImGui::GetContentRegionAvail().x);
    if (!rows.empty())
      WrappedText(ctx.T(Str::kMySignupsHeading), ImGui::GetContentRegionAvail().x, 1.0f, true);
  }
  for (const MySignUp& s : rows) DrawRow(ctx, s, ImGui::GetContentRegionAvail().x);
  ctx.touch.DragScrollCurrentWindow();
  const ListPage page = ListPageInside(&page_turn_);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + avail.y - ListPagerHeight()));
  page_turn_ = ListPagerBar(ctx.touch, page, ctx.settings.lang, avail.x);
}

void MyRecordsScreen::DrawCancelAsk(ScreenContext& ctx) {
  const MySignUp* chosen = Chosen();
  const MyBooking* booking = ChosenBooking();
  if (!chosen && !booking) {
    Load(ctx);
    return;
  }
  const Lang lang = ctx.settings.lang;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, Em(28));
  const float x = ImGui::GetCursorScreenPos().x + (avail.x - width) / 2;
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + Em(1)));
  ImGui::BeginGroup();
  if (booking) {
    WrappedText(RoomNameText(booking->room, lang), width, 1.1f);
    WrappedText(WhenText(booking->start, booking->end, lang), width, 1.0f, true);
  } else {
    WrappedText(chosen->title, width, 1.1f);
    WrappedText(WhenText(chosen->start, chosen->end, lang) + " · " + chosen->venue, width, 1.0f, true);
  }
  ImGui::Dummy(ImVec2(0, Em(0.8f)));
  HeadingText(ctx.T(booking ? Str::kCancelBookingAsk : Str::kCancelAsk), width);
  ImGui::Dummy(ImVec2(0, Em(1.2f)));
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const float button_w = (width - gap) / 2, button_h = MinTargetPx() * 1.3f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool yes =
      TouchButton(ctx.touch, ctx.T(Str::kCancelYes), ImVec2(button_w, button_h), buttons::kPrimary);
  ImGui::SetCursorScreenPos(ImVec2(p.x + button_w + gap, p.y));
  const bool keep =
      TouchButton(ctx.touch, ctx.T(Str::kCancelKeep), ImVec2(button_w, button_h), buttons::kSecondary);
  ImGui::EndGroup();
  if (keep) {
    GoTo(ctx, Step::kList);
    return;
  }
  if (!yes || person_.cancel_done) return;
  person_.cancel_done = true;  // one call per confirmation, whatever the finger does
  if (booking) {
    CancelChosenBooking(ctx);
  } else {
    CancelChosenSignUp(ctx);
  }
  GoTo(ctx, Step::kCancelResult);
}

void MyRecordsScreen::CancelChosenBooking(ScreenContext& ctx) {
  try {
    const BookingCancelOutcome outcome = CancelBooking(ctx.db, person_.chosen_id, ctx.now);
    if (std::holds_alternative<BookingCancelled>(outcome)) {
      message_ = ctx.T(Str::kCancelBookingDone);
      return;
    }
    switch (std::get<BookingCancelRefused>(outcome).reason) {
      case BookingCancelRefusal::kAlreadyCancelled:
        message_ = ctx.T(Str::kCancelBookingDone);
        break;
      case BookingCancelRefusal::kStarted:
        message_ = ctx.T(Str::kCancelBookingStarted);
        break;
      case BookingCancelRefusal::kNotFound:
      case BookingCancelRefusal::kNotConfirmed:
        message_ = ctx.T(Str::kCancelNotFound);
        break;
    }
  } catch (const std::exception& error) {  // storage failure: rolled back, nothing changed
    message_ = StorageFailureMessage("my records", error, ctx.settings.lang);
  }
}

void MyRecordsScreen::CancelChosenSignUp(ScreenContext& ctx) {
  try {
    const CancelOutcome outcome = CancelSignUp(ctx.db, person_.chosen_id, ctx.now);
    if (std::holds_alternative<SignUpCancelled>(outcome)) {
      message_ = ctx.T(Str::kCancelDone);
    } else {
      switch (std::get<CancelRefused>(outcome).reason) {
        case CancelRefusal::kAlreadyCancelled:
          message_ = ctx.T(Str::kCancelDone);
          break;
        case CancelRefusal::kInvalidPhone:
        case CancelRefusal::kNotFound:
          message_ = ctx.T(Str::kCancelNotFound);
          break;
        case CancelRefusal::kConflict:
          message_ = ctx.T(Str::kCancelConflict);
          break;
        case CancelRefusal::kOccurrenceOver:
          message_ = ctx.T(Str::kCancelOver);
          break;
      }
    }
  } catch (const std::exception& error) {  // storage failure: rolled back, nothing changed
    message_ = StorageFailureMessage("my records", error, ctx.settings.lang);
  }
}

void MyRecordsScreen::Draw(ScreenContext& ctx) {
  bool back = false;
  if (std::optional<std::string> phone = std::exchange(preview_phone_, std::nullopt)) {
    person_.phone = std::move(*phone);
    Load(ctx);
  }
  DrawTopBar(ctx, ctx.T(Str::kTileMyRecords), &back);
  switch (step()) {
    case Step::kPhone:
      if (keypad_.DrawPage(
              ctx, [&](float width) { WrappedText(ctx.T(Str::kPhonePrompt), width, 1.2f); },
              ctx.T(Str::kKeyNext))) {
        person_.phone = keypad_.digits();
        keypad_.Reset();  // from here on only the last four digits are shown
        Load(ctx);
      }
      break;
    case Step::kList:
      DrawList(ctx);
      break;
    case Step::kCancelAsk:
      DrawCancelAsk(ctx);
      break;
    case Step::kCancelResult:
      if (MessageWithButton(ctx, message_, ctx.T(Str::kBackToList))) back = true;
      break;
    case Step::kMessage:
      if (MessageWithButton(ctx, message_, ctx.T(Str::kBack))) back = true;
      break;
  }
  if (back) GoBack(ctx);
}

}  // namespace kiosk::ui
