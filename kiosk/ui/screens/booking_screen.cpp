// kiosk/ui/screens/booking_screen.cpp — the booking flow's frame and its decisions: which step
// comes next, the calls into the booking rules, and what each outcome shows.
//
// [SECTION] Lifetime and steps
// [SECTION] Decisions: room, slots, booking
// [SECTION] Frame
#include "kiosk/ui/screens/booking_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "kiosk/core/booking/booking_qr.h"
#include "kiosk/core/people/scanned_code.h"
#include "kiosk/core/time/minute_time.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

//-----------------------------------------------------------------------------
// [SECTION] Lifetime and steps
//-----------------------------------------------------------------------------

BookingScreen::BookingScreen(BookingPolicy policy, std::string site_code)
    : policy_(policy), site_code_(std::move(site_code)) {}

std::optional<double> BookingScreen::SecondsUntilNextTick() const {
  if (step() != Step::kResult || state_.result_until < 0) return std::nullopt;
  const double left = state_.result_until - ImGui::GetTime();
  return std::max(0.0, left - std::floor(left));
}

void BookingScreen::GoBack(ScreenContext& ctx) {
  if (step() == Step::kMessage && state_.message_back_to_grid) {
    LoadSchedule(ctx);  // the grid as it is now: a slot someone just took shows 已预约
    GoTo(ctx, Step::kGrid);
    return;
  }
  if (step() == Step::kResult || !state_.flow.Back(ctx.touch)) {
    ctx.nav.Back();
    return;
  }
  if (step() == Step::kRooms) {
    state_.schedule.reset();
    state_.rooms_loaded = false;  // statuses may have changed
  }
  if (step() == Step::kGrid) LoadSchedule(ctx);  // taken slots may have changed
  if (step() == Step::kPhone) state_.phone.clear();
  if (step() == Step::kConfirm) state_.submitted = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Decisions: room, slots, booking
//-----------------------------------------------------------------------------

void BookingScreen::ShowMessage(ScreenContext& ctx, std::string text, bool back_to_grid) {
  state_.message = std::move(text);
  state_.message_back_to_grid = back_to_grid;
  GoTo(ctx, Step::kMessage);
}

void BookingScreen::LoadRooms(ScreenContext& ctx) {
  state_.rooms_loaded = true;
  state_.rooms.clear();
  try {
    state_.rooms = RoomsNow(ctx.db, site_code_, ctx.now, policy_);
  } catch (const std::exception& error) {
    ShowMessage(ctx, StorageFailureMessage("room booking", error, ctx.settings.lang), false);
  }
}

void BookingScreen::ChooseRoom(ScreenContext& ctx, const RoomFacts& room) {
  try {
    state_.schedule = LoadRoomSchedule(ctx.db, room.id, ctx.now.date, policy_.horizon_days, ctx.now, policy_);
  } catch (const std::exception&) {
    state_.schedule.reset();
  }
  if (!state_.schedule) {
    ShowMessage(ctx, ctx.T(Str::kBookingUnknownRoom), false);
    return;
  }
  state_.day = 0;
  LoadSchedule(ctx);
  GoTo(ctx, Step::kGrid);
}

void BookingScreen::LoadSchedule(ScreenContext& ctx) {
  state_.first_slot = state_.last_slot = -1;
  state_.grid.reset();
  if (!state_.schedule) return;
  try {
    auto fresh = LoadRoomSchedule(ctx.db, state_.schedule->room.id, ctx.now.date, policy_.horizon_days,
                                  ctx.now, policy_);
    if (fresh) state_.schedule = std::move(fresh);
  } catch (const std::exception&) {
    // Keep what was shown: Book() decides against the database in any case.
  }
  state_.grid = SlotGrid(*state_.schedule, ctx.now.date.AddDays(state_.day), ctx.now);
}

void BookingScreen::TapSlot(int index) {
  if (!state_.grid || index < 0 || index >= static_cast<int>(state_.grid->slots.size())) return;
  if (state_.grid->slots[index].state != SlotState::kFree) return;  // 已预约 / 不开放 / 已过 say why in words
  const int slot_minutes = std::max(state_.schedule->room.slot_minutes, 1);
  const int max_slots = std::max(1, state_.schedule->room.max_booking_minutes / slot_minutes);
  int& first = state_.first_slot;
  int& last = state_.last_slot;
  if (first >= 0 && index >= first && index <= last) {
    // A tap on a chosen slot: the run ends before it (the first one: nothing chosen).
    last = index - 1;
    if (last < first) first = last = -1;
  } else if (first >= 0 && index == last + 1 && last - first + 2 <= max_slots) {
    last = index;
  } else if (first >= 0 && index == first - 1 && last - first + 2 <= max_slots) {
    first = index;
  } else {
    first = last = index;
  }
}

std::optional<std::pair<LocalDateTime, LocalDateTime>> BookingScreen::ChosenTime() const {
  if (!state_.grid || state_.first_slot < 0) return std::nullopt;
  return std::make_pair(state_.grid->slots[state_.first_slot].start,
                        state_.grid->slots[state_.last_slot].end);
}

std::string BookingScreen::ChosenTimeText(Lang lang) const {
  const auto chosen = ChosenTime();
  return chosen ? WhenText(chosen->first, chosen->second, lang) : std::string();
}

std::string BookingScreen::RefusalText(BookingRefusal reason, Lang lang) const {
  switch (reason) {
    case BookingRefusal::kInvalidPhone:
      return Tr(Str::kPhoneInvalid, lang);
    case BookingRefusal::kUnknownRoom:
      return Tr(Str::kBookingUnknownRoom, lang);
    case BookingRefusal::kTooLong:
      return Tr(Str::kBookingTooLong, lang);
    case BookingRefusal::kClosedDay:
      return Tr(Str::kBookingClosedDay, lang);
    case BookingRefusal::kBadLength:
    case BookingRefusal::kNotOnSlot:
    case BookingRefusal::kOutsideHours:
      return Tr(Str::kBookingOutsideHours, lang);
    case BookingRefusal::kPast:
      return Tr(Str::kBookingPast, lang);
    case BookingRefusal::kBeyondHorizon:
      return Tr(Str::kBookingBeyond, lang);
    case BookingRefusal::kTaken:
      return Tr(Str::kBookingTaken, lang);
    case BookingRefusal::kLimitReached:
      return FormatInt(Tr(Str::kBookingLimit, lang), policy_.bookings_per_phone);
  }
  return Tr(Str::kSystemError, lang);
}

void BookingScreen::Submit(ScreenContext& ctx) {
  const auto chosen = ChosenTime();
  if (state_.submitted || !chosen || !state_.schedule) return;  // a double tap: the first one decided
  state_.submitted = true;
  const BookingRequest request{.room_id = state_.schedule->room.id,
                               .start = chosen->first,
                               .end = chosen->second,
                               .phone = state_.phone,
                               .matter = state_.matter};
  BookingOutcome outcome;
  try {
    outcome = Book(ctx.db, request, ctx.now, ctx.phone_hash_key, policy_);
  } catch (const std::exception& error) {  // storage failure: the transaction rolled back
    state_.phone.clear();
    ShowMessage(ctx, StorageFailureMessage("room booking", error, ctx.settings.lang), false);
    state_.flow.ForgetWayBack();
    return;
  }
  state_.phone.clear();  // decided: the number is not needed any more
  if (const auto* refused = std::get_if<BookingRefused>(&outcome)) {
    state_.submitted = false;
    state_.matter.reset();
    ShowMessage(ctx, RefusalText(refused->reason, ctx.settings.lang), true);
    return;
  }
  state_.already = std::holds_alternative<AlreadyBooked>(outcome);
  state_.code = state_.already ? std::get<AlreadyBooked>(outcome).confirmation_code
                               : std::get<BookingConfirmed>(outcome).confirmation_code;
  // The QR code holds what the resident may keep: code, room, time (booking_qr.h). Never the matter.
  const std::string payload =
      BookingQrText(state_.code, RoomNameText(state_.schedule->room, Lang::kZh), ChosenTimeText(Lang::kZh));
  state_.qr = EncodeQr(payload);
  state_.qr_text = payload;
  state_.result_until = ImGui::GetTime() + kResultSeconds;
  GoTo(ctx, Step::kResult);
  state_.flow.ForgetWayBack();
}

void BookingScreen::SubmitArrival(ScreenContext& ctx) {
  const std::string phone = state_.keypad.digits();
  state_.keypad.Reset();  // the number is used once and forgotten
  ShowArrival(ctx, [&] { return ArriveByPhone(ctx.db, phone, ctx.now, ctx.phone_hash_key, policy_); });
}

void BookingScreen::TakeScan(ScreenContext& ctx, const std::string& text) {
  if (const std::optional<std::string> code = BookingCodeFromScan(text)) {
    ShowArrival(ctx, [&] { return ArriveByCode(ctx.db, *code, ctx.now, policy_); });
    return;
  }
  const ScannedCode scanned = ParseScannedCode(text);  // a scanned phone number counts like a typed one
  if (const auto* phone = std::get_if<ScannedPhone>(&scanned)) {
    ShowArrival(ctx,
                [&] { return ArriveByPhone(ctx.db, phone->digits, ctx.now, ctx.phone_hash_key, policy_); });
    return;
  }
  if (const auto* rejected = std::get_if<ScanRejected>(&scanned);
      rejected && rejected->problem == ScanProblem::kEmpty)
    return;  // a stray Enter: nothing to say
  state_.keypad.Reset();
  state_.keypad.SetMessage(ctx.T(Str::kScanNotRecognised));
  if (step() != Step::kArrive) GoTo(ctx, Step::kArrive);
}

void BookingScreen::ShowArrival(ScreenContext& ctx, const std::function<ArriveOutcome()>& arrive) {
  ArriveOutcome outcome;
  try {
    outcome = arrive();
  } catch (const std::exception& error) {
    ShowMessage(ctx, StorageFailureMessage("room booking", error, ctx.settings.lang), false);
    return;
  }
  if (std::holds_alternative<Arrived>(outcome)) {
    ShowMessage(ctx, ctx.T(Str::kArriveDone), false);
    state_.flow.ForgetWayBack();  // done: Back leaves the screen
    return;
  }
  switch (std::get<ArriveRefused>(outcome).reason) {
    case ArriveRefusal::kTooEarly:
      ShowMessage(ctx, ctx.T(Str::kArriveTooEarly), false);
      break;
    case ArriveRefusal::kInvalidPhone:  // the keypad checked it; say so there all the same
    case ArriveRefusal::kNotFound:
      ShowMessage(ctx, ctx.T(Str::kArriveNotFound), false);
      break;
  }
}

void BookingScreen::RunPreview(ScreenContext& ctx, Step step) {
  LoadRooms(ctx);
  if (state_.rooms.empty()) return;
  ChooseRoom(ctx, state_.rooms.front().room);
  for (int day = 0; day < policy_.horizon_days && state_.grid && !state_.grid->AnyFree(); ++day) {
    state_.day = day;
    LoadSchedule(ctx);
  }
  if (!state_.grid || step == Step::kGrid) return;
  for (int i = 0; i < static_cast<int>(state_.grid->slots.size()); ++i) {
    if (state_.grid->slots[i].state != SlotState::kFree) continue;
    TapSlot(i);
    break;
  }
  if (!ChosenTime()) return;
  GoTo(ctx, Step::kPhone);
  state_.phone = "13800138000";
  GoTo(ctx, Step::kMatter);
  state_.matter = BookingMatter::kOther;
  GoTo(ctx, Step::kConfirm);
  if (step == Step::kResult) Submit(ctx);
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void BookingScreen::Draw(ScreenContext& ctx) {
  if (const std::optional<int64_t> room_id = std::exchange(state_.open_room, std::nullopt)) {
    if (const auto room = LoadRoomFacts(ctx.db, *room_id); room && room->bookable) {
      ChooseRoom(ctx, *room);
      state_.flow.ForgetWayBack();  // Back returns to where the room was chosen (the room panel)
    }
  }
  if (const std::optional<Step> preview = std::exchange(state_.preview, std::nullopt))
    RunPreview(ctx, *preview);
  if (!state_.rooms_loaded && step() == Step::kRooms) LoadRooms(ctx);
  // A scanned booking QR code counts on the room list and the 我已到达 keypad.
  if (step() == Step::kRooms || step() == Step::kArrive) {
    if (const std::optional<std::string> scan = state_.scanner.Poll()) TakeScan(ctx, *scan);
  }
  bool back = false;
  DrawTopBar(ctx, ctx.T(Str::kTileRoomBooking), &back);
  switch (step()) {
    case Step::kRooms:
      DrawRooms(ctx);
      break;
    case Step::kGrid:
      DrawGrid(ctx);
      break;
    case Step::kPhone:
      if (state_.keypad.DrawPage(
              ctx, [&](float width) { DrawBookingSummary(ctx, width); }, ctx.T(Str::kKeyNext))) {
        state_.phone = state_.keypad.digits();
        state_.keypad.Reset();  // from here on only the last four digits are shown
        GoTo(ctx, Step::kMatter);
      }
      break;
    case Step::kMatter:
      DrawMatter(ctx);
      break;
    case Step::kArrive:
      if (state_.keypad.DrawPage(
              ctx, [&](float width) { WrappedText(ctx.T(Str::kArrivePrompt), width, 1.1f); },
              ctx.T(Str::kArriveButton)))
        SubmitArrival(ctx);
      break;
    case Step::kConfirm:
      DrawConfirm(ctx);
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
