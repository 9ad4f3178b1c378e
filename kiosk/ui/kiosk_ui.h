// kiosk/ui/kiosk_ui.h — the whole kiosk user interface as one object the app drives.
//
// The app owns the window and the renderer; each frame it calls ImGui::NewFrame(),
// KioskUi::Draw(), ImGui::Render(). KioskUi holds every screen's state, the navigation
// stack and the registry of tappable targets; it reads the database through kiosk_core.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/booking/room_schedule.h"
#include "kiosk/core/config/kiosk_settings.h"
#include "kiosk/core/display/panel_geometry.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/printing/printer_target.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/admin_sync_job.h"
#include "kiosk/ui/screens/booking_preview.h"
#include "kiosk/ui/screens/calendar_view.h"
#include "kiosk/ui/screens/result_preview.h"
#include "kiosk/ui/selection.h"
#include "kiosk/ui/strings.h"
#include "kiosk/ui/target_registry.h"

struct ImFontAtlas;

namespace kiosk::ui {
class TextureProvider;
struct UiAssets;
struct IconGlyphs;
}  // namespace kiosk::ui

namespace kiosk::ui {

struct UiOptions {
  Lang lang = Lang::kZh;
  bool large_text = false;  // 大字: everything scaled by kLargeTextScale
  ScreenId start_screen = ScreenId::kHome;
  // With start_screen kCalendar: open this calendar view first (--screen calendar-week ...).
  std::optional<CalendarView> start_calendar_view;
  // Poster textures (the app's GL side); none: posters are shown as a card with the title.
  TextureProvider* textures = nullptr;
  // Injected clock, so tests and screenshots can fix "now". Default: NowInShanghai.
  std::function<LocalDateTime()> clock;
  // Required, no default: the kiosk's key for phone-number hashes (phone_hash.h), as chosen for
  // this database by ChoosePhoneHashKey (config/district_key.h). Empty: the constructor throws.
  std::string phone_hash_key;
  // DESIGN: after this long without input on a screen holding something for one person, the
  // banner "还在使用吗？" counts down idle_warning_seconds; then every form is cleared (ResetAll)
  // and the attract loop starts. Measured on ImGui's clock (the app's frame time).
  double idle_reset_seconds = 60;
  double idle_warning_seconds = 15;
  // kiosk.toml keep_large_text: 大字 stays as the last person left it after the idle reset.
  bool keep_large_text = false;
  // kiosk.toml admin_pin_hash (crypto_pwhash string, kiosk --set-pin); empty: admin stays shut.
  std::string admin_pin_hash;
  // Wall-clock unix seconds for the admin PIN lock (it survives restarts). Default: the system clock.
  std::function<int64_t()> unix_clock;
  // The activity the start screen is about (--occurrence): sign-up and check-in open with it.
  std::optional<int64_t> start_occurrence;
  // Room booking: the grace before a no-show, the per-phone limit (kiosk.toml), the horizon.
  BookingPolicy booking_policy;
  // This kiosk's community (kiosk.toml site_code): its rooms are listed first. "": none.
  std::string site_code;
  // kiosk --room-panel ROOM (id, code or name; "" = this community's first bookable room): the
  // room panel replaces home (idle returns to it). An unknown room: the constructor throws.
  std::optional<std::string> room_panel;
  // With start_screen kRoomBooking: walk the booking flow to this step first (screenshots).
  std::optional<BookingPreview> booking_preview;
  // Start on a completed sign-up or check-in/out, run on this data first (screenshots).
  std::optional<ResultPreview> result_preview;
  // The admin's 立即同步: the app's sync (kiosk --sync's function), run on a background thread;
  // returns ok and its line. Empty: the kiosk has no sync set up.
  std::function<SyncJobResult()> run_sync;
  // The app's wake hook (glfwPostEmptyEvent): called from the sync thread when it is done.
  std::function<void()> wake;
  // kiosk.toml opening_hours: outside them an unused kiosk goes dark until a touch or the opening.
  // None: the screen is always on.
  std::optional<OpeningHours> opening_hours;
  // kiosk.toml panel_diagonal_inches: millimetres per pixel, so every size is physical (theme.h).
  double panel_diagonal_inches = 23.8;
  // 朗读: kiosk.toml read_aloud_volume (0-100) and the ALSA device speech plays on.
  int read_aloud_volume = 80;
  std::string sound_device = "default";
  // kiosk.toml printer (printing/printer_target.h); none: no 打印凭条 button anywhere.
  std::optional<PrinterTarget> printer;
  // With start_screen kMyRecords: the list of this number's records, as if typed (screenshots and
  // --read-aloud-to of the demo: kiosk --screen mine-list).
  std::optional<std::string> my_records_phone;
  // The assets/ folder as read at start (ui_assets.h): tile icons, attract art, centre logo.
  // None: words only.
  std::shared_ptr<const UiAssets> assets;
};

class KioskUi {
 public:
  KioskUi(db::Database& db, UiOptions options);
  ~KioskUi();

  // Draws one frame into the current ImGui context, full-window, at io.DisplaySize.
  void Draw();

  // Clears every screen's half-filled state and returns to home (used by Home and idle reset).
  void ResetAll();
  // Re-reads the database (after a sync) — the app should then rebuild fonts.
  void ReloadData();
  // Cheap (sync_status.h's SyncWatcher): true when a `kiosk --sync` run in another process has
  // finished well since the last call. The data is then reloaded, the app draws a frame, and the
  // next Draw asks for a font rebuild if the new text has characters the atlas lacks.
  bool NoticeFinishedSync();

  // Everything the UI can show right now: UI strings in both languages + database text.
  // Feed to BuildKioskFontAtlas so no character renders as '?'.
  std::vector<std::string> TextForGlyphs() const;
  // The few texts drawn in the larger heading font: centre name, titles, tile names, the clock.
  std::vector<std::string> HeadingTextForGlyphs() const;
  // The tile icons to merge into the heading font (none without assets or the icon font).
  IconGlyphs IconGlyphsForAtlas() const;

  // Fonts must be rebuilt when the large-text mode flips; the app checks this after Draw().
  bool font_rebuild_needed() const { return font_rebuild_needed_; }
  void clear_font_rebuild_needed() { font_rebuild_needed_ = false; }
  bool large_text() const;
  // The panel this UI is drawn on, at `width` x `height` pixels (fonts are sized for it).
  display::PanelGeometry panel(int width, int height) const;
  Lang lang() const;
  ScreenId current_screen() const;
  CalendarView calendar_view() const;  // the calendar's current view (when on kCalendar)
  const Selection& selection() const;  // the activity picked for the sign-up / check-in screens
  bool idle_banner_shown() const;      // "还在使用吗？" is counting down over the screen
  bool attract_shown() const;          // the attract loop is on instead of any screen
  // Outside opening hours with nobody there: a black frame, nothing drawn until a touch (which
  // goes home and taps nothing else) or the opening. The app switches the display off meanwhile.
  bool screen_dark() const;
  // True once staff tapped 退出 on the admin screen: the app quits to the desktop.
  bool quit_requested() const;
  void NavigateTo(ScreenId id);

  // Tappable rectangles drawn in the last frame, in window pixels.
  const TargetRegistry& targets() const;
  // True while something animates (drag inertia...): the app keeps drawing frames.
  bool animating() const;
  // Seconds until the UI must draw again although nothing happened (a countdown's next second,
  // the idle reset); nullopt: nothing is due. The app wakes up then to draw one frame.
  std::optional<double> SecondsUntilNextDeadline() const;
  // True when the current screen shows something that changes with the minute (home's clock,
  // the volunteer's check-in window). Elsewhere the app redraws only when the date changes:
  // a whole-screen redraw costs ~50-80 ms of CPU under a software renderer.
  bool ShowsTheMinute() const;
  // What the last frame's screen would read aloud (its 朗读 button's text); "" when it has none.
  const std::string& read_aloud_text() const;

 private:
  void RequestGlyphsForNewData();  // after NoticeFinishedSync: a font rebuild if characters are new
  void TrackIdle();           // notes input; the idle phases (idle_banner.h); the reset and the attract loop
  bool HoldsSomeone() const;  // anything on screen or in a form for one person

  struct State;
  std::unique_ptr<State> state_;
  bool font_rebuild_needed_ = false;
};

}  // namespace kiosk::ui
