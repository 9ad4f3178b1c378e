// kiosk/core/config/kiosk_settings.h — kiosk.toml: the one settings struct of a kiosk, each field
// with its TOML key and documented default, and the parser that checks every value.
//
// Implements:
//   KioskSettings        one plain struct; a default-constructed one is what an empty file means
//   ConfigError          a bad file; what() is ONE line: file, key, value, what is expected
//   ParseKioskSettings   TOML text -> KioskSettings (throws ConfigError)
//   LoadKioskSettings    a file -> KioskSettings (throws ConfigError; relative paths resolved)
//   DefaultConfigPath    $XDG_CONFIG_HOME/community-kiosk/kiosk.toml (~/.config/... when unset)
//
// The example with every key: data/kiosk.toml.example. Every key is optional; an unknown key is
// an error (a misspelt key silently ignored is a setting silently lost).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosk {

struct TimeOfDay {  // "HH:MM", 00:00-23:59
  int hour = 0;
  int minute = 0;
  std::string Text() const;  // "02:30"
  bool operator==(const TimeOfDay&) const = default;
};

struct OpeningHours {  // "08:00-20:00": opens before it closes, same day
  TimeOfDay opens{8, 0};
  TimeOfDay closes{20, 0};
  bool operator==(const OpeningHours&) const = default;
};

enum class Language { kZh, kEn };

struct KioskSettings {
  // kiosk_id: the id this kiosk records under (ids "TA01-42"), 1-32 of A-Z a-z 0-9 _.
  // "" (default): the id already in the database's meta.
  std::string kiosk_id;
  // site_code: the site (sites.code, e.g. "fusheng") the kiosk stands in, 1-32 of a-z 0-9 _ -.
  // "" (default): none, the whole street.
  std::string site_code;
  // panel_diagonal_inches: the screen's diagonal, 7-100; physical sizes (a finger's 9 mm) are
  // computed from it and the pixel size.
  double panel_diagonal_inches = 23.8;
  // key_file: the district key for phone hashes (`kiosk-office keygen`, phone_hash.h).
  // "" (default): none — only a database made with the public demo key opens (district_key.h).
  std::string key_file;
  // share_folder: where the nightly sync meets the office. "" (default): no sync.
  std::string share_folder;
  // sync_time: when the nightly sync runs, "HH:MM" Asia/Shanghai. Default 02:30.
  TimeOfDay sync_time{2, 30};
  // idle_seconds: without input for this long, half-filled forms are cleared and the kiosk goes
  // home. 10-3600, default 60.
  int idle_seconds = 60;
  // booking_grace_minutes: a room booking with no 我已到达 this long after its start is released
  // as a no-show (booking/bookings.h). 0-120, default 15.
  int booking_grace_minutes = 15;
  // bookings_per_phone: upcoming bookings one phone may hold per room. 1-20, default 2.
  int bookings_per_phone = 2;
  // idle_warning_seconds: after idle_seconds, the banner "还在使用吗？" counts down this long
  // before the reset; 继续使用 restores the full time. 5-120, default 15.
  int idle_warning_seconds = 15;
  // keep_large_text: true keeps 大字 on for the next person after the idle reset. Default false
  // (a public kiosk starts each person from the same screen).
  bool keep_large_text = false;
  // mouse: true when a mouse is attached, so the pointer is shown. Default false (touch only:
  // the cursor is hidden).
  bool mouse = false;
  // read_aloud_volume: loudness of 朗读 (read-aloud), 0-100 %. Default 80.
  int read_aloud_volume = 80;
  // printer: the receipt printer for 打印凭条: "/dev/usb/lp0", "cups:QUEUE" (raw) or "file:PATH"
  // (printing/printer_target.h). "" (default): none, and confirmations offer no slip.
  std::string printer;
  // opening_hours: "HH:MM-HH:MM", when the centre is open (the screen schedule). Default 08:00-20:00.
  OpeningHours opening_hours;
  // language: "zh" or "en", the language a resident first sees. Default "zh".
  Language language = Language::kZh;
  // admin_pin_hash: the staff PIN's hash for the admin screen, stored as written. Default "" (none).
  std::string admin_pin_hash;
  // db: the kiosk's database file. "" (default): must come from --db.
  std::string db;

  bool operator==(const KioskSettings&) const = default;
};

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `file_name` names the file in messages and is the folder relative paths (key_file,
// share_folder, db) are resolved against; "" leaves them as written.
KioskSettings ParseKioskSettings(std::string_view toml_text, const std::string& file_name);
// Throws ConfigError when the file is missing or unreadable, or ParseKioskSettings' errors.
KioskSettings LoadKioskSettings(const std::string& path);

// The default kiosk.toml path: XDG_CONFIG_HOME if set to an absolute path, else HOME/.config
// (the XDG base directory rule); "" when neither is usable.
std::string DefaultConfigPath(const char* xdg_config_home, const char* home);

}  // namespace kiosk
