// kiosk/app/app_options.h — the `kiosk` command line: what it accepts and its bilingual usage text.
//
// Implements:
//   AppOptions        one plain struct, every field documented with its default
//   UsageError        thrown for a bad command line; what() is one bilingual line
//   ParseAppOptions   argv -> AppOptions (throws UsageError)
//   UsageText         the --help text, Chinese first
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "kiosk/core/time/local_time.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/booking_preview.h"
#include "kiosk/ui/screens/calendar_view.h"
#include "kiosk/ui/screens/result_preview.h"
#include "kiosk/ui/strings.h"

namespace kiosk::app {

struct WindowSize {
  int width = 0, height = 0;
};

struct AppOptions {
  bool help = false;                   // --help: print UsageText() and exit 0
  bool sync = false;                   // --sync: run the nightly sync (sync_command.h), no window
  bool set_pin = false;                // --set-pin: ask for the admin PIN twice, print its kiosk.toml line
  bool print_sync_timer = false;       // --print-sync-timer: the kiosk-sync.timer drop-in (sync_timer.h)
  std::string config_path;             // --config FILE: kiosk.toml; default DefaultConfigPath() if present
  std::string db_path;                 // --db FILE; "" = db in kiosk.toml (one of them is required)
  std::string key_file;                // --key-file FILE: the district key; "" = key_file in kiosk.toml
  std::string kiosk_id;                // --kiosk-id ID; "" = kiosk_id in kiosk.toml, else the database's
  std::string share_folder;            // --share DIR; "" = share_folder in kiosk.toml
  std::optional<WindowSize> windowed;  // --windowed WxH; default full-screen on the primary monitor
  ui::ScreenId screen = ui::ScreenId::kHome;      // --screen NAME: the screen shown first
  std::optional<ui::CalendarView> calendar_view;  // --screen calendar-week|calendar-day|detail|search|...
  std::string screenshot_path;                    // --screenshot OUT.png: render, save, exit
  std::optional<ui::Lang> lang;                   // --lang zh|en; default language in kiosk.toml, else zh
  bool large_text = false;                        // --large-text: start in 大字 mode
  std::string targets_path;                       // --targets OUT.json: keep the tappable targets there
  std::optional<LocalDateTime> today;             // --today YYYY-MM-DDTHH:MM: a fixed clock
  bool print_first_frame_ms = false;              // --print-first-frame-ms: startup time on stdout
  std::optional<int64_t> occurrence;              // --occurrence ID: the activity signup/volunteer open with
  std::optional<std::string> room_panel;          // --room-panel ROOM: the door display of ROOM instead of
                                          // home; --screen room-panel: "" (this community's first room)
  std::optional<ui::BookingPreview> booking_preview;  // --screen booking-grid|booking-confirm|booking-result
  std::optional<ui::ResultPreview> result_preview;    // --screen signup-result|...|volunteer-checked-out
  std::optional<double> panel_inches;           // --panel-inches N: panel_diagonal_inches over kiosk.toml
  std::string read_aloud_path;                  // --read-aloud-to OUT.wav: what 朗读 would say, then exit
  std::optional<std::string> my_records_phone;  // --screen mine-list: the demo resident's number typed
  std::string assets_dir;                       // --assets DIR; "" = found by assets_dir.h
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

AppOptions ParseAppOptions(const std::vector<std::string>& args);  // args without argv[0]
std::string UsageText();

}  // namespace kiosk::app
