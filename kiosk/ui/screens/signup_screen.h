// kiosk/ui/screens/signup_screen.h — signing up for an activity (ScreenId::kSignup), the flow
// kiosk/core/signup/signups.h describes: [pick an activity, when 报名参加 was tapped on home] -> phone
// number on the keypad -> "张*军，是您吗？" when the number is known, else the optional name with
// the pinyin keyboard -> confirm -> the result: code, QR code and a 15 s countdown home; or,
// when full, the waitlist offer; or a plain message saying why not.
//
// One object holds the whole flow, split into files by step (signup_pick_step.cpp,
// signup_name_step.cpp, signup_confirm_step.cpp, signup_result_step.cpp). Back goes back one
// step; leaving the screen, Home and the idle reset call Reset(), which forgets everything.
// The whole phone number lives only in phone_ between the keypad and the write.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/signup/my_signups.h"
#include "kiosk/core/signup/signup_listing.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/widgets/phone_keypad.h"
#include "kiosk/ui/widgets/pinyin_keyboard.h"
#include "kiosk/ui/widgets/result_actions.h"
#include "kiosk/ui/widgets/result_page.h"

namespace kiosk::ui {

class SignupScreen {
 public:
  enum class Step { kPick, kPhone, kIsThisYou, kName, kConfirm, kFullOffer, kResult, kMessage };

  SignupScreen();
  ~SignupScreen();
  SignupScreen(const SignupScreen&) = delete;
  SignupScreen& operator=(const SignupScreen&) = delete;

  void Draw(ScreenContext& ctx);
  void Reset();
  // For --screen signup-result|signup-waitlisted (screenshots): on the next Draw, sign a fictional
  // number up for the first activity with seats left (or the first full one, on its waitlist).
  void Preview(bool waitlisted) { state_.preview_waitlisted = waitlisted; }
  Step step() const { return state_.flow.step(); }
  // While the result counts down: seconds until the shown number changes (the app wakes then).
  std::optional<double> SecondsUntilNextTick() const;

  static constexpr double kResultSeconds = 15;  // the result goes home by itself after this

 private:
  enum class ResultKind { kConfirmed, kWaitlisted, kAlready };

  void Start(ScreenContext& ctx);
  void GoTo(ScreenContext& ctx, Step step);  // forward: Back returns to the current step
  void GoBack(ScreenContext& ctx);
  void ChooseOccurrence(ScreenContext& ctx, int64_t occurrence_id);
  void SubmitPhone(ScreenContext& ctx);
  void Submit(ScreenContext& ctx, bool accept_waitlist);
  void ShowMessage(ScreenContext& ctx, std::string text);
  void ShowResult(ScreenContext& ctx, ResultKind kind, std::string code, std::optional<int> position);
  std::string WindowMessage(const Availability& availability, Lang lang) const;
  void RequestGlyphs(ScreenContext& ctx, const std::string& text);
  void RunPreview(ScreenContext& ctx, bool waitlisted);

  // One file each.
  void DrawPick(ScreenContext& ctx);
  void DrawActivitySummary(ScreenContext& ctx, float width);
  void DrawIsThisYou(ScreenContext& ctx);
  void DrawName(ScreenContext& ctx);
  void DrawConfirm(ScreenContext& ctx);
  void DrawFullOffer(ScreenContext& ctx);
  void DrawResult(ScreenContext& ctx);

  // Everything about the person at the screen and their activity, so Reset() forgets it all at
  // once (state_ = {}) and no field can be missed.
  struct State {
    bool started = false;
    std::optional<bool> preview_waitlisted;  // Preview() asked for a result
    StepFlow<Step> flow;
    bool came_with_activity = false;

    // The activity.
    std::optional<OccurrenceFacts> facts;
    std::vector<OpenForSignUp> open;
    bool open_loaded = false;
    int page_turn = 0;  // 上一页 / 下一页 under the list (list_pager.h)

    // The person.
    PhoneKeypad keypad;
    std::string phone;  // the accepted number: never drawn, only its last four digits
    std::optional<KnownName> known;
    std::optional<std::string> name;  // what goes into the sign-up (none: skipped)
    std::optional<std::string> name_message;

    // The outcome.
    bool submitted = false;  // SignUp was called for this confirm: a second tap does nothing
    int waitlist_position_offer = 0;
    ResultKind result_kind = ResultKind::kConfirmed;
    std::string code;
    std::optional<int> position;
    QrModules qr;
    std::string qr_text;         // what the QR code holds, for the printed slip
    ResultActionsState actions;  // 朗读 / 打印凭条
    ResultPageState page;        // 好差评, the QR code behind 显示二维码, the words' page
    double result_started = -1;  // ImGui time the result appeared
    std::string message;
  };
  State state_;
  // The name as typed. Not in State only because it keeps its pinyin engine open (opening it
  // reads the dictionary); Reset() clears what was typed with the keyboard's own Reset().
  PinyinKeyboard name_keyboard_{/*with_space=*/false};
};

}  // namespace kiosk::ui
