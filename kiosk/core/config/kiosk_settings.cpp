// kiosk/core/config/kiosk_settings.cpp — parses kiosk.toml with toml++ and checks every value; each
// error is one line "FILE:LINE: KEY = VALUE: 中文 / English" naming what is expected.
#include "kiosk/core/config/kiosk_settings.h"

#include <toml++/toml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

#include "kiosk/core/printing/printer_target.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {
namespace {

struct Expected {
  const char* zh;
  const char* en;
};

std::string OneLine(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

// The value as written in the file, on one line (strings quoted, tables and arrays compact).
std::string Shown(const toml::node& node) {
  if (const auto* text = node.as_string()) return OneLine("\"" + text->get() + "\"");  // as a person typed it
  std::ostringstream out;
  node.visit([&](auto&& value) { out << value; });
  return OneLine(out.str());
}

// One key of the file, with what its errors need to say.
class Field {
 public:
  Field(const std::string& file, std::string_view key, const toml::node& node)
      : file_(file), key_(key), node_(node) {}

  [[noreturn]] void Fail(const Expected& expected) const {
    // Appended piece by piece: GCC 12 -O3 misreads `":" + std::to_string(...)` (-Wrestrict).
    std::string line = file_.empty() ? "kiosk.toml" : file_;
    if (node_.source().begin.line > 0) line.append(":").append(std::to_string(node_.source().begin.line));
    line.append(": ").append(key_).append(" = ").append(Shown(node_));
    line.append(": 应为").append(expected.zh).append(" / expected ").append(expected.en);
    throw ConfigError(line);
  }

  std::string Text(const Expected& expected, const std::function<bool(std::string_view)>& valid) const {
    const auto* text = node_.as_string();
    if (!text || !valid(text->get())) Fail(expected);
    return text->get();
  }

  int64_t Integer(int64_t min, int64_t max, const Expected& expected) const {
    const auto* number = node_.as_integer();
    if (!number || number->get() < min || number->get() > max) Fail(expected);
    return number->get();
  }

  bool Boolean(const Expected& expected) const {
    const auto* flag = node_.as_boolean();
    if (!flag) Fail(expected);
    return flag->get();
  }

  double Number(double min, double max, const Expected& expected) const {
    std::optional<double> value;
    if (const auto* f = node_.as_floating_point()) value = f->get();
    if (const auto* i = node_.as_integer()) value = static_cast<double>(i->get());
    if (!value || !(*value >= min && *value <= max)) Fail(expected);  // !(>=) also refuses nan
    return *value;
  }

 private:
  const std::string& file_;
  std::string key_;
  const toml::node& node_;
};

std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text) {
  const auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4))
    return std::nullopt;
  const TimeOfDay time{(text[0] - '0') * 10 + (text[1] - '0'), (text[3] - '0') * 10 + (text[4] - '0')};
  if (time.hour > 23 || time.minute > 59) return std::nullopt;
  return time;
}

std::optional<OpeningHours> ParseOpeningHours(std::string_view text) {
  if (text.size() != 11 || text[5] != '-') return std::nullopt;
  const auto opens = ParseTimeOfDay(text.substr(0, 5)), closes = ParseTimeOfDay(text.substr(6));
  if (!opens || !closes || opens->hour * 60 + opens->minute >= closes->hour * 60 + closes->minute)
    return std::nullopt;
  return OpeningHours{*opens, *closes};
}

bool IsSiteCode(std::string_view code) {
  if (code.empty() || code.size() > 32) return false;
  for (const char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  }
  return true;
}

bool NotEmpty(std::string_view text) { return !text.empty(); }

constexpr Expected kKioskId{"1-32 个字母、数字或下划线，例如 \"TA01\"",
                            "1-32 letters, digits or _, e.g. \"TA01\""};
constexpr Expected kSiteCode{"社区代码，1-32 个小写字母、数字、_ 或 -，例如 \"fusheng\"",
                             "a site code, 1-32 of a-z 0-9 _ -, e.g. \"fusheng\""};
constexpr Expected kDiagonal{"屏幕对角线英寸数，7 到 100", "the panel diagonal in inches, 7 to 100"};
constexpr Expected kPath{"非空的文件路径（字符串）", "a file path (a non-empty string)"};
constexpr Expected kFolder{"非空的文件夹路径（字符串）", "a folder path (a non-empty string)"};
constexpr Expected kSyncTime{"时间 \"HH:MM\"，例如 \"02:30\"", "a time \"HH:MM\", e.g. \"02:30\""};
constexpr Expected kIdle{"10 到 3600 之间的整数秒", "a whole number of seconds from 10 to 3600"};
constexpr Expected kGrace{"0 到 120 之间的整数分钟", "a whole number of minutes from 0 to 120"};
constexpr Expected kPerPhone{"1 到 20 之间的整数", "a whole number from 1 to 20"};
constexpr Expected kIdleWarning{"5 到 120 之间的整数秒", "a whole number of seconds from 5 to 120"};
constexpr Expected kVolume{"0 到 100 之间的整数（百分比）", "a whole number from 0 to 100 (per cent)"};
constexpr Expected kPrinter{"\"/dev/usb/lp0\"、\"cups:队列名\" 或 \"file:路径\"",
                            "\"/dev/usb/lp0\", \"cups:QUEUE\" or \"file:PATH\""};
constexpr Expected kBoolean{"true 或 false", "true or false"};
constexpr Expected kHours{"\"HH:MM-HH:MM\"，开门早于关门，例如 \"08:00-20:00\"",
                          "\"HH:MM-HH:MM\", opening before closing, e.g. \"08:00-20:00\""};
constexpr Expected kLanguage{"\"zh\" 或 \"en\"", "\"zh\" or \"en\""};
constexpr Expected kPinHash{"非空字符串", "a non-empty string"};
constexpr Expected kKnownKey{
    "已知设置项之一：kiosk_id site_code panel_diagonal_inches key_file share_folder sync_time idle_seconds "
    "booking_grace_minutes bookings_per_phone idle_warning_seconds keep_large_text mouse opening_hours "
    "language admin_pin_hash db read_aloud_volume printer（未知设置项）",
    "one of the known keys: kiosk_id site_code panel_diagonal_inches key_file share_folder sync_time "
    "idle_seconds booking_grace_minutes bookings_per_phone idle_warning_seconds keep_large_text mouse "
    "opening_hours language admin_pin_hash db read_aloud_volume printer (unknown key)"};

}  // namespace

std::string TimeOfDay::Text() const {
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", hour % 100, minute % 100);
  return text;
}

KioskSettings ParseKioskSettings(std::string_view toml_text, const std::string& file_name) {
  toml::table table;
  try {
    table = toml::parse(toml_text, std::string_view(file_name));
  } catch (const toml::parse_error& error) {
    throw ConfigError((file_name.empty() ? std::string("kiosk.toml") : file_name) + ":" +
                      std::to_string(error.source().begin.line) +
                      ": 不是有效的 TOML / not valid TOML: " + OneLine(std::string(error.description())));
  }
  const std::filesystem::path base = std::filesystem::path(file_name).parent_path();
  const auto resolved = [&](const std::string& path) {
    return std::filesystem::path(path).is_absolute() ? path : (base / path).lexically_normal().string();
  };
  KioskSettings settings;
  for (const auto& [key, node] : table) {
    const Field field(file_name, key.str(), node);
    const std::string_view name = key.str();
    if (name == "kiosk_id") {
      settings.kiosk_id = field.Text(kKioskId, IsValidKioskId);
    } else if (name == "site_code") {
      settings.site_code = field.Text(kSiteCode, IsSiteCode);
    } else if (name == "panel_diagonal_inches") {
      settings.panel_diagonal_inches = field.Number(7, 100, kDiagonal);
    } else if (name == "key_file") {
      settings.key_file = resolved(field.Text(kPath, NotEmpty));
    } else if (name == "share_folder") {
      settings.share_folder = resolved(field.Text(kFolder, NotEmpty));
    } else if (name == "sync_time") {
      settings.sync_time =
          *ParseTimeOfDay(field.Text(kSyncTime, [](auto t) { return ParseTimeOfDay(t).has_value(); }));
    } else if (name == "idle_seconds") {
      settings.idle_seconds = static_cast<int>(field.Integer(10, 3600, kIdle));
    } else if (name == "booking_grace_minutes") {
      settings.booking_grace_minutes = static_cast<int>(field.Integer(0, 120, kGrace));
    } else if (name == "bookings_per_phone") {
      settings.bookings_per_phone = static_cast<int>(field.Integer(1, 20, kPerPhone));
    } else if (name == "idle_warning_seconds") {
      settings.idle_warning_seconds = static_cast<int>(field.Integer(5, 120, kIdleWarning));
    } else if (name == "keep_large_text") {
      settings.keep_large_text = field.Boolean(kBoolean);
    } else if (name == "read_aloud_volume") {
      settings.read_aloud_volume = static_cast<int>(field.Integer(0, 100, kVolume));
    } else if (name == "printer") {
      settings.printer = field.Text(kPrinter, [](auto t) { return ParsePrinterTarget(t).has_value(); });
    } else if (name == "mouse") {
      settings.mouse = field.Boolean(kBoolean);
    } else if (name == "opening_hours") {
      settings.opening_hours =
          *ParseOpeningHours(field.Text(kHours, [](auto t) { return ParseOpeningHours(t).has_value(); }));
    } else if (name == "language") {
      const std::string language = field.Text(kLanguage, [](auto t) { return t == "zh" || t == "en"; });
      settings.language = language == "en" ? Language::kEn : Language::kZh;
    } else if (name == "admin_pin_hash") {
      settings.admin_pin_hash = field.Text(kPinHash, NotEmpty);
    } else if (name == "db") {
      settings.db = resolved(field.Text(kPath, NotEmpty));
    } else {
      field.Fail(kKnownKey);
    }
  }
  return settings;
}

KioskSettings LoadKioskSettings(const std::string& path) {
  std::error_code ec;
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path, ec)) {
    throw ConfigError("无法读取配置文件：" + path + " / cannot read config file: " + path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParseKioskSettings(text.str(), path);
}

std::string DefaultConfigPath(const char* xdg_config_home, const char* home) {
  std::filesystem::path folder;
  if (xdg_config_home && std::filesystem::path(xdg_config_home).is_absolute()) {
    folder = xdg_config_home;
  } else if (home && *home) {
    folder = std::filesystem::path(home) / ".config";
  } else {
    return {};
  }
  return (folder / "community-kiosk" / "kiosk.toml").string();
}

}  // namespace kiosk
