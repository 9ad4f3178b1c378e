// kiosk/ui/kiosk_ui.cpp — the UI root: one full-window ImGui window, the navigation stack and
// every screen's state, so one call (ResetAll) can clear all of it.
#include "kiosk/ui/kiosk_ui.h"

#include <imgui.h>

#include <algorithm>
#include <stdexcept>

#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/core/time/chinese_festivals.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/screens/home_screen.h"
#include "kiosk/ui/screens/my_records_screen.h"
#include "kiosk/ui/screens/placeholder_screen.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/screens/volunteer_screen.h"
#include "kiosk/ui/texture_provider.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_layer.h"

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
  Selection selection;
  std::string extra_glyphs;      // characters screens asked the font to cover (names typed at sign-up)
  float styled_for_font_px = 0;  // ApplyKioskStyle is redone when the font size changes
  // Idle reset: ImGui time of the last input, and whether this idle period was already reset.
  double last_input_time = 0;
  bool idle_reset_done = true;           // nothing to clear before anyone touched it
  std::optional<ImVec2> last_mouse_pos;  // none before the first frame: where it starts is no input

  State(db::Database& database, UiOptions opts)
      : db(database), options(std::move(opts)), booking(options.booking_policy, options.site_code) {
    settings.lang = options.lang;
    settings.large_text = options.large_text;
    if (!options.clock) options.clock = NowInShanghai;
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
  state_->nav.TakeChanged();
}

KioskUi::~KioskUi() = default;

namespace {

// Any touch, pointer movement, typed character or key this frame (ImGui 1.86 io fields).
bool InputThisFrame(const ImGuiIO& io, const std::optional<ImVec2>& last_mouse_pos) {
  for (bool down : io.MouseDown)
    if (down) return true;
  if (last_mouse_pos && (io.MousePos.x != last_mouse_pos->x || io.MousePos.y != last_mouse_pos->y))
    return true;
  if (!io.InputQueueCharacters.empty()) return true;
  for (bool down : io.KeysDown)
    if (down) return true;
  return false;
}

}  // namespace

void KioskUi::TrackIdle() {
  State& s = *state_;
  const ImGuiIO& io = ImGui::GetIO();
  const double now = ImGui::GetTime();
  if (InputThisFrame(io, s.last_mouse_pos)) {
    s.last_input_time = now;
    s.idle_reset_done = false;
  }
  s.last_mouse_pos = io.MousePos;
  if (!s.idle_reset_done && now - s.last_input_time >= s.options.idle_reset_seconds) {
    s.idle_reset_done = true;
    ResetAll();  // half-filled forms cleared, back home: nothing personal stays on screen
  }
}

void KioskUi::Draw() {
  State& s = *state_;
  TrackIdle();
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
  ScreenContext ctx{s.db,
                    s.touch,
                    s.nav,
                    s.settings,
                    s.options.clock(),
                    &s.selection,
                    s.options.textures,
                    s.options.phone_hash_key,
                    &s.extra_glyphs};
  switch (s.nav.current()) {
    case ScreenId::kHome:
      s.home.Draw(ctx);
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
      DrawPlaceholderScreen(ctx, Str::kAdminTitle);
      break;
  }
  ImGui::End();
  s.touch.EndFrame();

  if (s.nav.TakeChanged()) {
    s.touch.GuardAfterChange();
    // A flow the resident left is forgotten at once: nothing typed stays behind for the next person.
    if (s.nav.current() != ScreenId::kSignup) s.signup.Reset();
    if (s.nav.current() != ScreenId::kMyRecords) s.mine.Reset();
    if (s.nav.current() != ScreenId::kVolunteer) s.volunteer.Reset();
    if (s.nav.current() != ScreenId::kRoomBooking) s.booking.Reset();
    if (s.nav.current() == ScreenId::kHome && s.nav.depth() == 1) {
      s.home.Reset();
      s.calendar.Reset();  // Home: the next visit starts at this month with no filter
      s.selection.Clear();
    }
  }
  if (s.settings.large_text != before.large_text) font_rebuild_needed_ = true;
  if (s.extra_glyphs.size() != glyphs_before) font_rebuild_needed_ = true;
}

void KioskUi::ResetAll() {
  State& s = *state_;
  s.nav.Home();
  s.nav.TakeChanged();
  s.touch.Reset();
  s.home.Reset();
  s.calendar.Reset();
  s.signup.Reset();
  s.mine.Reset();
  s.volunteer.Reset();
  s.booking.Reset();
  s.selection.Clear();
  // Display choices belong to the person at the screen: the next one starts from the defaults.
  if (s.settings.large_text != s.options.large_text) font_rebuild_needed_ = true;
  s.settings.large_text = s.options.large_text;
  s.settings.lang = s.options.lang;
}

void KioskUi::ReloadData() {
  state_->home.Invalidate();
  state_->calendar.Invalidate();
  if (state_->options.textures) state_->options.textures->Clear();
}

std::vector<std::string> KioskUi::TextForGlyphs() const {
  std::vector<std::string> text = AllUiStrings();
  std::vector<std::string> db_text = AllDisplayedDatabaseText(state_->db);
  text.insert(text.end(), std::make_move_iterator(db_text.begin()), std::make_move_iterator(db_text.end()));
  text.push_back(DateGlyphs());
  text.push_back(state_->extra_glyphs);
  for (std::string& name : AllFestivalNames()) text.push_back(std::move(name));
  return text;
}

std::vector<std::string> KioskUi::HeadingTextForGlyphs() const {
  std::vector<std::string> text = HeadingUiStrings();
  text.push_back(CentreName(state_->db));
  text.push_back(DateGlyphs());  // the calendar's month and week titles: "2026年11月", "11月23日–11月29日"
  return text;
}

bool KioskUi::ShowsTheMinute() const {
  const ScreenId screen = state_->nav.current();
  return screen == ScreenId::kHome || screen == ScreenId::kVolunteer;
}

bool KioskUi::large_text() const { return state_->settings.large_text; }
Lang KioskUi::lang() const { return state_->settings.lang; }
ScreenId KioskUi::current_screen() const { return state_->nav.current(); }
CalendarView KioskUi::calendar_view() const { return state_->calendar.view(); }
const Selection& KioskUi::selection() const { return state_->selection; }
void KioskUi::NavigateTo(ScreenId id) {
  state_->nav.Push(id);
  state_->nav.TakeChanged();
}
const TargetRegistry& KioskUi::targets() const { return state_->touch.registry(); }
bool KioskUi::animating() const { return state_->touch.animating(); }
std::optional<double> KioskUi::SecondsUntilNextDeadline() const {
  const State& s = *state_;
  std::optional<double> due;
  if (!s.idle_reset_done)
    due = std::max(0.0, s.last_input_time + s.options.idle_reset_seconds - ImGui::GetTime());
  if (s.nav.current() == ScreenId::kSignup) {
    if (const auto tick = s.signup.SecondsUntilNextTick()) due = due ? std::min(*due, *tick) : *tick;
  }
  if (s.nav.current() == ScreenId::kRoomBooking) {
    if (const auto tick = s.booking.SecondsUntilNextTick()) due = due ? std::min(*due, *tick) : *tick;
  }
  return due;
}

}  // namespace kiosk::ui
