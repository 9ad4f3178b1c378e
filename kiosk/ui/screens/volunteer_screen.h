// kiosk/ui/screens/volunteer_screen.h — 志愿者签到 (ScreenId::kVolunteer): a volunteer types their
// phone number or scans their card (a USB scanner types the code and Enter: accepted on every
// step of this flow), then sees today's duties as big rows with one button each — 签到 when the
// window is open, 签退 once checked in, or the state in words — and 我的时长 (this month, this
// year). The activity the volunteer came from (activity detail -> 志愿者签到) is marked.
//
// Leaving the screen, Home and the idle reset call Reset(): who it was and what they saw is gone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/people/roster.h"
#include "kiosk/core/volunteer/checkins.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/widgets/phone_keypad.h"
#include "kiosk/ui/widgets/rating_prompt.h"
#include "kiosk/ui/widgets/scanner_input.h"

namespace kiosk::ui {

class VolunteerScreen {
 public:
  enum class Step { kIdentify, kDuties, kHours, kMessage };

  void Draw(ScreenContext& ctx);
  void Reset();
  // For --screen volunteer-checked-in|volunteer-checked-out (screenshots): on the next Draw, the
  // demo's first volunteer (V0001) checks in to their first open duty, and out again.
  void Preview(bool check_out) { preview_check_out_ = check_out; }
  Step step() const { return flow_.step(); }

 private:
  void GoTo(ScreenContext& ctx, Step step);
  void GoBack(ScreenContext& ctx);
  void TakeScan(ScreenContext& ctx, const std::string& text);
  void Identify(ScreenContext& ctx, const RosterResult& found);
  void LoadDuties(ScreenContext& ctx);
  void DoCheckIn(ScreenContext& ctx, int64_t occurrence_id);
  void DoCheckOut(ScreenContext& ctx, int64_t occurrence_id);
  void DrawIdentify(ScreenContext& ctx);
  void DrawDuties(ScreenContext& ctx);
  // One duty; returns the occurrence whose button was tapped (check-in or check-out by state).
  std::optional<int64_t> DrawDuty(ScreenContext& ctx, const Duty& duty, float width);
  void DrawHours(ScreenContext& ctx);
  void RunPreview(ScreenContext& ctx, bool check_out);

  // Who is at the screen: forgotten at once (person_ = {}) when they go back or another
  // volunteer is identified. Reset() forgets the whole screen (*this = {}).
  struct Person {
    std::optional<Volunteer> volunteer;
    std::vector<Duty> duties;
    std::string banner;  // the last check-in/out's outcome, in words
    std::optional<ServiceMinutes> hours;
    std::optional<RatedThing> rated;  // the check-in or check-out just done: 好差评 under the banner
    RatingSession rating;
  };

  StepFlow<Step> flow_;
  ScannerInput scanner_;
  PhoneKeypad keypad_;
  Person person_;
  std::optional<int64_t> picked_occurrence_;  // from the activity detail: marked in the list
  int page_turn_ = 0;                         // 上一页 / 下一页 under the duties (list_pager.h)
  std::string message_;
  std::optional<bool> preview_check_out_;  // Preview() asked for a check-in (and out)
};

}  // namespace kiosk::ui
