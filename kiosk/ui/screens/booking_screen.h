// kiosk/ui/screens/booking_screen.h — booking a room (ScreenId::kRoomBooking), the flow
// kiosk/core/booking/bookings.h describes: the bookable rooms, this community's first, each with
// its status now in words -> 14 days (weekday and 农历 under each date, 不开放 in words) and the
// chosen day's slots (可预约 / 已预约 / 不开放 / 已过; one tap picks, a tap on the next slot
// extends up to the room's maximum) -> phone number on the keypad -> what the matter is about
// (big buttons; stored for the mediators, never shown) -> confirm -> the result: room, time,
// code, QR code and what to bring, with 再看一会 before it goes home by itself. 我已到达 on the
// room list takes the phone number, or a scan of the booking's QR code (a USB scanner, on the
// room list or the 我已到达 keypad), and marks the resident's booking that is due as arrived.
//
// A taken slot says only 已预约: the grid is built from times alone (room_schedule.h). A refusal
// (the slot was just taken by another kiosk, the limit, ...) is one plain sentence; Back returns
// to a freshly loaded grid with nothing chosen. One object holds the flow, split into files by
// step (booking_rooms_step.cpp, booking_grid_step.cpp, booking_result_step.cpp); Reset() forgets
// everything at once (state_ = {}).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/booking/bookings.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/widgets/phone_keypad.h"
#include "kiosk/ui/widgets/result_actions.h"
#include "kiosk/ui/widgets/result_page.h"
#include "kiosk/ui/widgets/scanner_input.h"

namespace kiosk::ui {

// A room's status now in words: "空闲 · 下一场 15:00", "使用中，至 15:00", "今日已约满", ... (the home
// screen shows the same words).
std::string RoomStatusText(const RoomStatus& status, Lang lang);
// True when a button of `size` at the cursor shows at least a minimum touch target inside the list
// that clips it; else the caller leaves the space empty (ImGui::Dummy) until it is scrolled in.
bool EnoughOfItShows(ImVec2 size);
// "福圣社区 调解室" / "Mediation room, Fusheng Community".
std::string RoomNameText(const RoomFacts& room, Lang lang);

class BookingScreen {
 public:
  enum class Step { kRooms, kGrid, kPhone, kMatter, kConfirm, kResult, kArrive, kMessage };

  explicit BookingScreen(BookingPolicy policy = {}, std::string site_code = {});

  void Draw(ScreenContext& ctx);
  void Reset() { state_ = {}; }
  Step step() const { return state_.flow.step(); }
  // While the result counts down: seconds until the shown number changes (the app wakes then).
  std::optional<double> SecondsUntilNextTick() const;

  static constexpr double kResultSeconds = 30;  // the result goes home by itself; 再看一会 adds this again

  // Opens `room_id`'s days on the next frame, Back leaving the screen (the room panel's 预约).
  void OpenRoom(int64_t room_id) { state_.open_room = room_id; }
  // For --screen booking-grid|booking-confirm|booking-result (screenshots, tools/demo): on the next
  // frame, walks the flow as a resident would up to `step` — the first room of the list, the
  // first day with a free slot and its first slot, a demo number (13800138000), 其他 — and at
  // kResult books it for real.
  void Preview(Step step) { state_.preview = step; }

 private:
  using RoomRow = RoomNowRow;

  void GoTo(ScreenContext& ctx, Step step) { state_.flow.GoTo(ctx.touch, step); }
  void GoBack(ScreenContext& ctx);
  void LoadRooms(ScreenContext& ctx);
  void ChooseRoom(ScreenContext& ctx, const RoomFacts& room);
  void LoadSchedule(ScreenContext& ctx);  // the chosen room's 14 days, fresh; forgets the chosen slots
  void TapSlot(int index);
  void Submit(ScreenContext& ctx);
  void SubmitArrival(ScreenContext& ctx);                      // 我已到达 with the number on the keypad
  void TakeScan(ScreenContext& ctx, const std::string& text);  // 我已到达 with a scanned QR code
  void ShowArrival(ScreenContext& ctx, const std::function<ArriveOutcome()>& arrive);
  void RunPreview(ScreenContext& ctx, Step step);
  void ShowMessage(ScreenContext& ctx, std::string text, bool back_to_grid);
  std::string RefusalText(BookingRefusal reason, Lang lang) const;
  std::string ChosenTimeText(Lang lang) const;
  std::optional<std::pair<LocalDateTime, LocalDateTime>> ChosenTime() const;

  // One file each.
  void DrawRooms(ScreenContext& ctx);
  void DrawGrid(ScreenContext& ctx);
  void DrawDayStrip(ScreenContext& ctx, float width);
  void DrawMatter(ScreenContext& ctx);
  void DrawConfirm(ScreenContext& ctx);
  void DrawResult(ScreenContext& ctx);
  void DrawBookingSummary(ScreenContext& ctx, float width);

  const BookingPolicy policy_;
  const std::string site_code_;  // this kiosk's community: its rooms first

  // Everything about the person at the screen and their booking, so Reset() forgets it all.
  struct State {
    StepFlow<Step> flow;
    std::vector<RoomRow> rooms;
    bool rooms_loaded = false;
    int rooms_page_turn = 0;  // 上一页 / 下一页 under the room list (list_pager.h)

    // The room and its days.
    std::optional<RoomSchedule> schedule;
    int day = 0;                          // 0 = today
    std::optional<DayGrid> grid;          // the chosen day's slots
    int first_slot = -1, last_slot = -1;  // the chosen run of slots, -1: none

    std::optional<int64_t> open_room;  // OpenRoom() asked for this room's days
    std::optional<Step> preview;       // Preview() asked for this step

    // The person.
    PhoneKeypad keypad;
    ScannerInput scanner;
    std::string phone;  // the accepted number: never drawn, only its last four digits
    std::optional<BookingMatter> matter;

    // The outcome.
    bool submitted = false;  // Book was called for this confirm: a second tap does nothing
    bool already = false;
    std::string code;
    QrModules qr;
    std::string qr_text;         // what the QR code holds, for the printed slip
    ResultActionsState actions;  // 朗读 / 打印凭条
    ResultPageState page;        // 好差评, the QR code behind 显示二维码, the words' page
    double result_until = -1;    // ImGui time the result goes home
    std::string message;
    bool message_back_to_grid = false;
  };
  State state_;
};

}  // namespace kiosk::ui
