// kiosk/ui/kiosk_ui.cpp — the UI root: one full-window ImGui window, the navigation stack and
// every screen's state, so one call (ResetAll) can clear all of it.
#include "kiosk/ui/kiosk_ui.h"

#include <imgui.h>

#include "kiosk/core/chinese_festivals.h"
#include "kiosk/core/home_listing.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/screens/home_screen.h"
#include "kiosk/ui/screens/placeholder_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/texture_provider.h"
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
  Selection selection;
  float styled_for_font_px = 0;  // ApplyKioskStyle is redone when the font size changes

  State(db::Database& database, UiOptions opts) : db(database), options(std::move(opts)) {
    settings.lang = options.lang;
    settings.large_text = options.large_text;
    if (!options.clock) options.clock = NowInShanghai;
  }
};

KioskUi::KioskUi(db::Database& db, UiOptions options) : state_(std::make_unique<State>(db, std::move(options))) {
  if (state_->options.start_screen != ScreenId::kHome) state_->nav.Push(state_->options.start_screen);
  if (state_->options.start_calendar_view) {
    state_->nav.Push(ScreenId::kCalendar);
    state_->calendar.Start(*state_->options.start_calendar_view);
  }
  state_->nav.TakeChanged();
}

KioskUi::~KioskUi() = default;

void KioskUi::Draw() {
  State& s = *state_;
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
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                          ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
  // NoBackground: the app clears to the same colour; painting it again costs a full-screen fill
  // per frame under llvmpipe (~40% of a frame).
  ImGui::Begin("##kiosk", nullptr, kRootFlags);

  const DisplaySettings before = s.settings;
  ScreenContext ctx{s.db, s.touch, s.nav, s.settings, s.options.clock(), &s.selection, s.options.textures};
  switch (s.nav.current()) {
    case ScreenId::kHome: s.home.Draw(ctx); break;
    case ScreenId::kCalendar: s.calendar.Draw(ctx); break;
    case ScreenId::kSignup: DrawPlaceholderScreen(ctx, Str::kTileSignup); break;
    case ScreenId::kVolunteer: DrawPlaceholderScreen(ctx, Str::kTileVolunteer); break;
    case ScreenId::kRoomBooking: DrawPlaceholderScreen(ctx, Str::kTileRoomBooking); break;
    case ScreenId::kMyRecords: DrawPlaceholderScreen(ctx, Str::kTileMyRecords); break;
    case ScreenId::kAdmin: DrawPlaceholderScreen(ctx, Str::kAdminTitle); break;
  }
  ImGui::End();
  s.touch.EndFrame();

  if (s.nav.TakeChanged()) {
    s.touch.SuppressTaps(0.3);
    if (s.nav.current() == ScreenId::kHome && s.nav.depth() == 1) {
      s.home.Reset();
      s.calendar.Reset();  // Home: the next visit starts at this month with no filter
      s.selection.Clear();
    }
  }
  if (s.settings.large_text != before.large_text) font_rebuild_needed_ = true;
}

void KioskUi::ResetAll() {
  State& s = *state_;
  s.nav.Home();
  s.nav.TakeChanged();
  s.touch.Reset();
  s.home.Reset();
  s.calendar.Reset();
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
  for (std::string& name : AllFestivalNames()) text.push_back(std::move(name));
  return text;
}

std::vector<std::string> KioskUi::HeadingTextForGlyphs() const {
  std::vector<std::string> text = HeadingUiStrings();
  text.push_back(CentreName(state_->db));
  text.push_back(DateGlyphs());  // the calendar's month and week titles: "2026年11月", "11月23日–11月29日"
  return text;
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

}  // namespace kiosk::ui
