// kiosk/ui/screens/my_records_screen.h — 我的报名与预约 (ScreenId::kMyRecords): the resident types
// their phone number and sees their upcoming sign-ups (title, time, place, 已报名 / 候补第N位,
// the code), each with 取消报名 -> "确定取消？" -> 已取消报名. An unknown number gets one plain
// sentence and nothing else. (Room bookings join this list with the booking issue.)
//
// Leaving the screen, Home and the idle reset call Reset(): the number and the list are gone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/signup/my_signups.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/widgets/phone_keypad.h"

namespace kiosk::ui {

class MyRecordsScreen {
 public:
  enum class Step { kPhone, kList, kCancelAsk, kCancelResult, kMessage };

  void Draw(ScreenContext& ctx);
  void Reset();
  Step step() const { return flow_.step(); }

 private:
  void GoTo(ScreenContext& ctx, Step step);
  void GoBack(ScreenContext& ctx);
  void Load(ScreenContext& ctx);
  const MySignUp* Chosen() const;
  void DrawList(ScreenContext& ctx);
  void DrawRow(ScreenContext& ctx, const MySignUp& s, float width);
  void DrawCancelAsk(ScreenContext& ctx);

  // Whose records are shown: forgotten at once (person_ = {}) on the way back to the keypad.
  // Reset() forgets the whole screen (*this = {}).
  struct Person {
    std::string phone;  // the accepted number: never drawn, only its last four digits
    std::vector<MySignUp> signups;
    std::string chosen_id;     // the sign-up 取消报名 was tapped for
    bool cancel_done = false;  // CancelSignUp was called for this confirmation: a second tap does nothing
  };

  StepFlow<Step> flow_;
  PhoneKeypad keypad_;
  Person person_;
  std::string message_;  // the cancel's outcome, or a system error
  int page_turn_ = 0;    // 上一页 / 下一页 under the list (list_pager.h)
};

}  // namespace kiosk::ui
