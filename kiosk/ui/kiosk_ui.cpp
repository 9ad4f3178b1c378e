// kiosk/ui/kiosk_ui.cpp — the UI root: one full-window ImGui window, the navigation stack and
// every screen's state, so one call (ResetAll) can clear all of it; the idle banner over it and
// the attract loop instead of it.
#include "kiosk/ui/kiosk_ui.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <utility>

#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/core/speech/speech_player.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/storage/stored_times.h"
#include "kiosk/core/sync/sync_status.h"
#include "kiosk/core/time/chinese_festivals.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screen_schedule.h"
#include "kiosk/ui/screens/admin_screen.h"
#include "kiosk/ui/screens/attract.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/screens/home_screen.h"
#include "kiosk/ui/screens/idle_banner.h"
#include "kiosk/ui/screens/my_records_screen.h"
#include "kiosk/ui/screens/room_panel_screen.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/screens/volunteer_screen.h"
#include "kiosk/ui/texture_provider.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_layer.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/ui_assets.h"
#include "kiosk/ui/widgets/pinyin_keyboard.h"

namespace kiosk::ui {

struct KioskUi::State {
  db::Database& db;
  UiOptions options;
  DisplaySettings settings;
  Navigator nav;
  TouchLayer touch;
  HomeScreen home;
  CalendarScreen calendar;
  SignupScreen signup;
  MyRecordsScreen mine;
  VolunteerScreen volunteer;
  BookingScreen booking;
  std::optional<RoomPanelScreen> room_panel;  // --room-panel: instead of home
  AdminScreen admin;
  Selection selection;
  std::string extra_glyphs;      // characters screens asked the font to cover (names typed at sign-up)
  float styled_for_font_px = 0;  // ApplyKioskStyle is redone when the font size changes
  IdleWatch idle;
  AttractScreen attract;
  AdminSyncJob sync_job;  // outlives the admin screen's resets: a running sync is never cut short
  bool dark = false;      // the screen schedule's black frame (screen_schedule.h)
  std::optional<ImVec2> last_mouse_pos;  // none before the first frame: where it starts is no input
  PanelSetting panel;                    // bound to the ImGui context each frame (theme.h)
  sync::SyncWatcher sync_watcher;
  bool check_glyphs = false;  // new data came in: does the atlas cover its text?
  std::string read_aloud;     // this frame's 朗读 text, written by the screen's button
  SpeechPlayer speech{options.sound_device};

  // What every screen gets to draw one frame (the clock read once per frame).
  ScreenContext Context() {
    return ScreenContext{db,
                         touch,
                         nav,
                         settings,
                         options.clock(),
                         &selection,
                         options.textures,
                         options.phone_hash_key,
                         &extra_glyphs,
                         &read_aloud,
                         &speech,
                         options.read_aloud_volume,
                         options.printer ? &*options.printer : nullptr,
                         options.assets.get()};
  }

  AdminAccess Admin() {
    return AdminAccess{.pin_hash = options.admin_pin_hash,
                       .unix_now = options.unix_clock,
                       .sync_job = &sync_job,
                       .run_sync = options.run_sync,
                       .wake = options.wake,
                       .opening_hours = options.opening_hours,
                       .booking_policy = options.booking_policy};
  }
  bool Closed(const LocalDateTime& now) const {
    return options.opening_hours && !WithinOpeningHours(*options.opening_hours, now);
  }

  State(db::Database& database, UiOptions opts)
      : db(database),
        options(std::move(opts)),
        home(options.booking_policy, options.site_code),
        mine(options.booking_policy),
        booking(options.booking_policy, options.site_code),
        idle(options.idle_reset_seconds, options.idle_warning_seconds),
        sync_watcher(database) {
    settings.lang = options.lang;
    settings.large_text = options.large_text;
    panel.diagonal_inches = options.panel_diagonal_inches;
    if (!options.clock) options.clock = NowInShanghai;
    if (!options.unix_clock)
      options.unix_clock = [] {
        return std::chrono::duration_cast<std::chrono::seconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
      };
  }
};

KioskUi::KioskUi(db::Database& db, UiOptions options)
    : state_(std::make_unique<State>(db, std::move(options))) {
  // Fail at start, not at a resident's first sign-up (which would only say 系统故障).
  if (state_->options.phone_hash_key.empty())
    throw std::invalid_argument("KioskUi: phone_hash_key is required (ChoosePhoneHashKey)");
  if (state_->options.start_screen != ScreenId::kHome) state_->nav.Push(state_->options.start_screen);
  if (state_->options.start_calendar_view) {
    state_->nav.Push(ScreenId::kCalendar);
    state_->calendar.Start(*state_->options.start_calendar_view);
  }
  if (state_->options.start_occurrence) state_->selection.occurrence_id = state_->options.start_occurrence;
  if (state_->options.booking_preview) {
    static constexpr BookingScreen::Step kSteps[] = {
        BookingScreen::Step::kGrid, BookingScreen::Step::kConfirm, BookingScreen::Step::kResult};
    state_->booking.Preview(kSteps[static_cast<int>(*state_->options.booking_preview)]);
  }
  if (const std::optional<ResultPreview> result = state_->options.result_preview) {
    if (IsSignupPreview(*result))
      state_->signup.Preview(*result == ResultPreview::kSignupWaitlisted);
    else
      state_->volunteer.Preview(*result == ResultPreview::kCheckedOut);
  }
  if (state_->options.my_records_phone) state_->mine.Preview(*state_->options.my_records_phone);
  if (const auto& which = state_->options.room_panel) {
    const std::optional<RoomFacts> room = FindBookableRoom(db, *which, state_->options.site_code);
    if (!room)
      throw std::invalid_argument("没有这个可预约的房间：" + *which + " / no bookable room '" + *which +
                                  "' (give its id, code or name)");
    state_->room_panel.emplace(room->id, state_->options.booking_policy);
  }
  state_->nav.TakeChanged();
  LogUnshowableStoredTimes(db);  // every screen leaves them out; the log says which and why
}

KioskUi::~KioskUi() = default;

namespace {

// A typed character or key this frame (a scanner, a keyboard; ImGui 1.86 io fields).
bool KeysThisFrame(const ImGuiIO& io) {
  if (!io.InputQueueCharacters.empty()) return true;
  for (bool down : io.KeysDown)
    if (down) return true;
  return false;
}

// Any touch, pointer movement, typed character or key this frame.
bool InputThisFrame(const ImGuiIO& io, const std::optional<ImVec2>& last_mouse_pos) {
  for (bool down : io.MouseDown)
    if (down) return true;
  if (last_mouse_pos && (io.MousePos.x != last_mouse_pos->x || io.MousePos.y != last_mouse_pos->y))
    return true;
  return KeysThisFrame(io);
}

}  // namespace

bool KioskUi::HoldsSomeone() const {
  const State& s = *state_;
  if (s.nav.current() != ScreenId::kHome || s.nav.depth() > 1) return true;
  if (s.settings.lang != s.options.lang) return true;
  return !s.options.keep_large_text && s.settings.large_text != s.options.large_text;
}

void KioskUi::TrackIdle() {
  State& s = *state_;
  const ImGuiIO& io = ImGui::GetIO();
  const double now = ImGui::GetTime();
  const bool holds = HoldsSomeone();
  // While the banner shows, a touch is the banner's to answer (继续使用, or anywhere on it), so
  // that a finger meant for the banner never reaches the screen under it; keys still count.
  const bool banner = s.idle.PhaseAt(now, holds) == IdleWatch::Phase::kWarning;
  if (banner ? KeysThisFrame(io) : InputThisFrame(io, s.last_mouse_pos)) s.idle.NoteInput(now);
  s.last_mouse_pos = io.MousePos;
  if (s.idle.PhaseAt(now, holds) == IdleWatch::Phase::kResetDue) {
    ResetAll();  // every form cleared, back home: nothing personal stays on screen
    s.idle.NoteReset();
  }
  // Nobody there (after the reset, or untouched since the start): the attract loop, from home;
  // outside opening hours the dark screen instead, until the centre opens.
  const bool nobody = !HoldsSomeone() && s.idle.PhaseAt(now, false) == IdleWatch::Phase::kAtRest &&
                      s.idle.IdleFor(now) >= s.idle.idle_seconds();
  const bool closed = s.Closed(s.options.clock());
  if (s.dark && !closed) s.dark = false;  // opening time: the attract loop takes over
  if (nobody && closed && !s.dark) {
    s.attract.Stop();
    s.dark = true;
  }
  if (!s.room_panel && !s.dark && !s.attract.on() && nobody) {
    ScreenContext ctx = s.Context();
    s.attract.Start(ctx, now);
  }
}

void KioskUi::Draw() {
  State& s = *state_;
  BindPanel(&s.panel);  // MinTargetPx and every size in mm read it
  TrackIdle();
  RequestGlyphsForNewData();
  const float font_px = ImGui::GetFontSize();
  if (font_px != s.styled_for_font_px) {
    ApplyKioskStyle(ImGui::GetStyle(), font_px);
    s.styled_for_font_px = font_px;
  }
  s.touch.BeginFrame();

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus |
                                          ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
  // NoBackground: the app clears to the same colour; painting it again costs a full-screen fill
  // per frame under llvmpipe (~40% of a frame).
  ImGui::Begin("##kiosk", nullptr, kRootFlags);

  const DisplaySettings before = s.settings;
  const size_t glyphs_before = s.extra_glyphs.size();
  s.read_aloud.clear();
  ScreenContext ctx = s.Context();
  if (std::optional<SyncJobResult> synced = s.sync_job.TakeFinished()) {
    s.admin.SyncFinished(ctx, *synced);  // shown and audited
    // The same path as a sync by another process: reloaded, the atlas rebuilt only for new characters.
    if (NoticeFinishedSync()) RequestGlyphsForNewData();
  }
  if (s.dark) {
    // Black, and the whole window one target: a touch wakes into home and taps nothing else.
    ImGui::GetBackgroundDrawList()->AddRectFilled(
        viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y),
        IM_COL32(0, 0, 0, 255));
    if (TouchArea(s.touch, ctx.T(Str::kAttractTouchToStart), "dark", viewport->Pos,
                  ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y))) {
      s.dark = false;
      s.idle.NoteInput(ImGui::GetTime());
      s.touch.GuardAfterChange();
    }
    ImGui::End();
    s.touch.EndFrame();
    return;
  }
  if (s.attract.on()) {
    if (s.attract.Draw(ctx)) {  // a tap anywhere: home, and that tap taps nothing else
      s.attract.Stop();
      s.idle.NoteInput(ImGui::GetTime());
      s.touch.GuardAfterChange();
    }
    ImGui::End();
    s.touch.EndFrame();
    return;
  }
  switch (s.nav.current()) {
    case ScreenId::kHome:
      if (!s.room_panel) {
        s.home.Draw(ctx);
      } else if (s.room_panel->Draw(ctx)) {  // 预约: this room's days
        s.nav.Push(ScreenId::kRoomBooking);
        s.booking.OpenRoom(s.room_panel->room_id());
      }
      break;
    case ScreenId::kCalendar:
      s.calendar.Draw(ctx);
      break;
    case ScreenId::kSignup:
      s.signup.Draw(ctx);
      break;
    case ScreenId::kVolunteer:
      s.volunteer.Draw(ctx);
      break;
    case ScreenId::kRoomBooking:
      s.booking.Draw(ctx);
      break;
    case ScreenId::kMyRecords:
      s.mine.Draw(ctx);
      break;
    case ScreenId::kAdmin:
      s.admin.Draw(ctx, s.Admin());
      break;
  }
  ImGui::End();
  const double now = ImGui::GetTime();
  if (s.idle.PhaseAt(now, HoldsSomeone()) == IdleWatch::Phase::kWarning) {
    s.touch.registry().BeginFrame();  // under the banner nothing can be tapped: its targets only
    if (DrawIdleBanner(ctx, s.idle.SecondsLeft(now))) {
      s.idle.NoteInput(now);  // 继续使用: the full idle time again
      s.touch.GuardAfterChange();
    }
  }
  s.touch.EndFrame();

  if (s.nav.TakeChanged()) {
    s.touch.GuardAfterChange();
    // A flow the resident left is forgotten at once: nothing typed stays behind for the next person.
    if (s.nav.current() != ScreenId::kSignup) s.signup.Reset();
    if (s.nav.current() != ScreenId::kMyRecords) s.mine.Reset();
    if (s.nav.current() != ScreenId::kVolunteer) s.volunteer.Reset();
    if (s.nav.current() != ScreenId::kRoomBooking) s.booking.Reset();
    if (s.nav.current() != ScreenId::kAdmin) s.admin.Reset();
    if (s.nav.current() == ScreenId::kHome && s.nav.depth() == 1) {
      s.home.Reset();
      if (s.room_panel) s.room_panel->Invalidate();  // a booking may have been made
      s.calendar.Reset();  // Home: the next visit starts at this month with no filter
      s.selection.Clear();
    }
  }
  if (s.settings.large_text != before.large_text) font_rebuild_needed_ = true;
  if (s.extra_glyphs.size() != glyphs_before) font_rebuild_needed_ = true;
}

void KioskUi::ResetAll() {
  State& s = *state_;
  s.speech.Stop();  // nothing goes on speaking to the next person
  s.nav.Home();
  s.nav.TakeChanged();
  s.touch.Reset();
  s.home.Reset();
  s.calendar.Reset();
  s.signup.Reset();
  s.mine.Reset();
  s.volunteer.Reset();
  s.booking.Reset();
  s.admin.Reset();
  s.selection.Clear();
  // Display choices belong to the person at the screen: the next one starts from the defaults
  // (大字 stays only when kiosk.toml says keep_large_text).
  if (!s.options.keep_large_text) {
    if (s.settings.large_text != s.options.large_text) font_rebuild_needed_ = true;
    s.settings.large_text = s.options.large_text;
  }
  s.settings.lang = s.options.lang;
}

void KioskUi::ReloadData() {
  LogUnshowableStoredTimes(state_->db);
  state_->home.Invalidate();
  if (state_->room_panel) state_->room_panel->Invalidate();
  state_->calendar.Invalidate();
  if (state_->options.textures) state_->options.textures->Clear();
}

bool KioskUi::NoticeFinishedSync() {
  if (!state_->sync_watcher.Changed()) return false;
  ReloadData();
  state_->check_glyphs = true;
  return true;
}

void KioskUi::RequestGlyphsForNewData() {
  if (!std::exchange(state_->check_glyphs, false)) return;
  for (const std::string& text : TextForGlyphs()) {
    if (!FontHasAll(text)) {
      font_rebuild_needed_ = true;
      return;
    }
  }
  ImGui::PushFont(HeadingFont());
  for (const std::string& text : HeadingTextForGlyphs()) {
    if (!FontHasAll(text)) font_rebuild_needed_ = true;
  }
  ImGui::PopFont();
}

std::vector<std::string> KioskUi::TextForGlyphs() const {
  std::vector<std::string> text = AllUiStrings();
  std::vector<std::string> db_text = AllDisplayedDatabaseText(state_->db);
  text.insert(text.end(), std::make_move_iterator(db_text.begin()), std::make_move_iterator(db_text.end()));
  text.push_back(DateGlyphs());
  text.push_back(state_->extra_glyphs);
  for (std::string& name : AllFestivalNames()) text.push_back(std::move(name));
  for (std::string& sentence : StorageFailureSentences()) text.push_back(std::move(sentence));
  return text;
}

std::vector<std::string> KioskUi::HeadingTextForGlyphs() const {
  std::vector<std::string> text = HeadingUiStrings();
  text.push_back(CentreName(state_->db));
  text.push_back(DateGlyphs());  // the calendar's month and week titles: "2026年11月", "11月23日–11月29日"
  return text;
}

IconGlyphs KioskUi::IconGlyphsForAtlas() const {
  IconGlyphs icons;
  if (const UiAssets* assets = state_->options.assets.get()) {
    icons.font_path = assets->icon_font_path;
    for (const auto& [tile, codepoint] : assets->tile_icons) icons.codepoints.push_back(codepoint);
  }
  return icons;
}

bool KioskUi::ShowsTheMinute() const {
  if (state_->attract.on() || state_->dark) return false;  // changes only every kSlideSeconds / never
  const ScreenId screen = state_->nav.current();
  return screen == ScreenId::kHome || screen == ScreenId::kVolunteer;
}

bool KioskUi::large_text() const { return state_->settings.large_text; }
display::PanelGeometry KioskUi::panel(int width, int height) const {
  return display::PanelGeometry{state_->panel.diagonal_inches, width, height};
}
Lang KioskUi::lang() const { return state_->settings.lang; }
ScreenId KioskUi::current_screen() const { return state_->nav.current(); }
CalendarView KioskUi::calendar_view() const { return state_->calendar.view(); }
const Selection& KioskUi::selection() const { return state_->selection; }
bool KioskUi::idle_banner_shown() const {
  return !state_->attract.on() &&
         state_->idle.PhaseAt(ImGui::GetTime(), HoldsSomeone()) == IdleWatch::Phase::kWarning;
}
bool KioskUi::attract_shown() const { return state_->attract.on(); }
bool KioskUi::screen_dark() const { return state_->dark; }
bool KioskUi::quit_requested() const { return state_->admin.quit_requested(); }
void KioskUi::NavigateTo(ScreenId id) {
  state_->nav.Push(id);
  state_->nav.TakeChanged();
}
const TargetRegistry& KioskUi::targets() const { return state_->touch.registry(); }
bool KioskUi::animating() const { return state_->touch.animating() || state_->home.admin_holding(); }
std::optional<double> KioskUi::SecondsUntilNextDeadline() const {
  const State& s = *state_;
  const double now = ImGui::GetTime();
  std::optional<double> due;
  const auto sooner = [&due](std::optional<double> t) {
    if (t) due = due ? std::min(*due, std::max(0.0, *t)) : std::max(0.0, *t);
  };
  // Dark: nothing until the opening. The attract loop gives way to the dark screen at closing.
  if (s.options.opening_hours)
    sooner(SecondsUntilScheduleChange(*s.options.opening_hours, s.options.clock()));
  if (s.dark) return due;
  if (s.attract.on()) {
    sooner(s.attract.SecondsUntilNextSlide(now));
    return due;
  }
  sooner(s.idle.SecondsUntilNextChange(now, HoldsSomeone()));
  // At rest on home: the attract loop starts at the idle time.
  if (s.idle.PhaseAt(now, false) == IdleWatch::Phase::kAtRest && !HoldsSomeone())
    sooner(s.idle.idle_seconds() - s.idle.IdleFor(now));
  if (s.nav.current() == ScreenId::kSignup) sooner(s.signup.SecondsUntilNextTick());
  if (s.nav.current() == ScreenId::kAdmin) sooner(s.admin.SecondsUntilNextTick(s.sync_job.running()));
  if (s.nav.current() == ScreenId::kRoomBooking) sooner(s.booking.SecondsUntilNextTick());
  if (s.speech.speaking()) sooner(0.25);  // 停止朗读 turns back into 朗读 when the speech ends
  return due;
}

const std::string& KioskUi::read_aloud_text() const { return state_->read_aloud; }

}  // namespace kiosk::ui
