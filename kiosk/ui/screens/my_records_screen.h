// kiosk/ui/screens/my_records_screen.h — 我的报名与预约 (ScreenId::kMyRecords): the resident types
// their phone number and sees their upcoming room bookings (room, day, time, the code — never the
// matter), each with 取消预约 -> "确定取消这个预约？" -> 已取消预约 (the slot is free at once) and, in
// its arrive window, 我已到达; then their sign-ups (title, time, place, 已报名 / 候补第N位, the code),
// each with 取消报名 -> "确定取消？" -> 已取消报名. 朗读 says the list (never the phone number). A record
// lost at the office merge ('conflict') says so plainly, with the centre's phone when the data has one. An
// unknown number gets one plain sentence and nothing else.
//
// Leaving the screen, Home and the idle reset call Reset(): the number and the list are gone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/signup/my_signups.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/widgets/phone_keypad.h"

namespace kiosk::ui {

class MyRecordsScreen {
 public:
  enum class Step { kPhone, kList, kCancelAsk, kCancelResult, kMessage };

  explicit MyRecordsScreen(BookingPolicy policy = {}) : policy_(policy) {}
  void Draw(ScreenContext& ctx);
  void Reset();
  Step step() const { return flow_.step(); }
  // On the next frame, the list of `phone`'s records as if it had been typed (kiosk --screen mine-list).
  void Preview(std::string phone) { preview_phone_ = std::move(phone); }

 private:
  void GoTo(ScreenContext& ctx, Step step);
  void GoBack(ScreenContext& ctx);
  void Load(ScreenContext& ctx);
  const MySignUp* Chosen() const;
  const MyBooking* ChosenBooking() const;
  void DrawList(ScreenContext& ctx);
  void DrawRow(ScreenContext& ctx, const MySignUp& s, float width);
  void DrawBookingRow(ScreenContext& ctx, const MyBooking& b, float width);
  void DrawCancelAsk(ScreenContext& ctx);
  void CancelChosenSignUp(ScreenContext& ctx);
  void CancelChosenBooking(ScreenContext& ctx);
  void Arrive(ScreenContext& ctx, const MyBooking& b);
  // "…未成功…请致电 …"; spoken: "…请询问工作人员" (朗读 says no phone number).
  std::string ConflictText(ScreenContext& ctx, Str what, bool spoken = false) const;
  // A record's lines as the list draws them (title or room, time, status with the code; never
  // the resident's phone or a booking's matter); `spoken` for 朗读.
  std::vector<std::string> SignUpLines(ScreenContext& ctx, const MySignUp& s, bool spoken) const;
  std::vector<std::string> BookingLines(ScreenContext& ctx, const MyBooking& b, bool spoken) const;
  // What 朗读 says on the list: its headings and every record's lines.
  std::string ListSpeech(ScreenContext& ctx) const;

  // Whose records are shown: forgotten at once (person_ = {}) on the way back to the keypad.
  // Reset() forgets the whole screen (*this = {}).
  struct Person {
    std::string phone;  // the accepted number: never drawn, only its last four digits
    std::vector<MySignUp> signups;
    std::vector<MyBooking> bookings;
    std::string centre_phone;  // for records lost at the office merge ("" = ask the staff)
    std::string chosen_id;     // the sign-up 取消报名 (or the booking 取消预约) was tapped for
    bool chosen_is_booking = false;
    bool cancel_done = false;  // CancelSignUp was called for this confirmation: a second tap does nothing
  };

  BookingPolicy policy_;
  StepFlow<Step> flow_;
  PhoneKeypad keypad_;
  Person person_;
  std::string message_;  // the cancel's outcome, or a system error
  int page_turn_ = 0;    // 上一页 / 下一页 under the list (list_pager.h)
  std::optional<std::string> preview_phone_;
};

}  // namespace kiosk::ui
