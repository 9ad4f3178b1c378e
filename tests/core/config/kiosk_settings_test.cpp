// tests/core/config/kiosk_settings_test.cpp — kiosk.toml: a full file is read as written, an empty
// one gives the documented defaults, and every bad value, wrong type or unknown key is refused
// with one line that names the key, the value and what is expected.
#include "kiosk/core/config/kiosk_settings.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace kiosk {
namespace {

std::string ErrorOf(const std::string& toml) {
  try {
    ParseKioskSettings(toml, "/etc/kiosk/kiosk.toml");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(KioskSettings, EmptyFileGivesTheDocumentedDefaults) {
  const KioskSettings settings = ParseKioskSettings("", "kiosk.toml");
  EXPECT_EQ(settings, KioskSettings{});
  EXPECT_EQ(settings.kiosk_id, "");
  EXPECT_EQ(settings.key_file, "");
  EXPECT_DOUBLE_EQ(settings.panel_diagonal_inches, 23.8);
  EXPECT_EQ(settings.sync_time.Text(), "02:30");
  EXPECT_EQ(settings.idle_seconds, 60);
  EXPECT_EQ(settings.booking_grace_minutes, 15);
  EXPECT_EQ(settings.bookings_per_phone, 2);
  EXPECT_EQ(settings.idle_warning_seconds, 15);
  EXPECT_FALSE(settings.keep_large_text);  // 大字 is off again for the next person
  EXPECT_FALSE(settings.mouse);            // touch only: the pointer is hidden
  EXPECT_EQ(settings.read_aloud_volume, 80);
  EXPECT_EQ(settings.opening_hours.opens.Text(), "08:00");
  EXPECT_EQ(settings.opening_hours.closes.Text(), "20:00");
  EXPECT_EQ(settings.language, Language::kZh);
}

TEST(KioskSettings, FullFileIsReadAsWrittenWithPathsBesideTheFile) {
  const KioskSettings settings = ParseKioskSettings(R"toml(
# 同安街道 福圣社区 一号机
kiosk_id = "TA01"
site_code = "fusheng"
panel_diagonal_inches = 43.5
key_file = "district.key"
share_folder = "/srv/share/kiosk"
sync_time = "03:15"
idle_seconds = 90
booking_grace_minutes = 10
bookings_per_phone = 3
idle_warning_seconds = 20
keep_large_text = true
mouse = true
read_aloud_volume = 55
printer = "cups:Receipt58"
opening_hours = "08:30-17:30"
language = "en"
admin_pin_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"
db = "../data/kiosk.db"
)toml",
                                                    "/etc/kiosk/kiosk.toml");
  EXPECT_EQ(settings.kiosk_id, "TA01");
  EXPECT_EQ(settings.site_code, "fusheng");
  EXPECT_DOUBLE_EQ(settings.panel_diagonal_inches, 43.5);
  EXPECT_EQ(settings.key_file, "/etc/kiosk/district.key");
  EXPECT_EQ(settings.share_folder, "/srv/share/kiosk");
  EXPECT_EQ(settings.sync_time, (TimeOfDay{3, 15}));
  EXPECT_EQ(settings.idle_seconds, 90);
  EXPECT_EQ(settings.booking_grace_minutes, 10);
  EXPECT_EQ(settings.bookings_per_phone, 3);
  EXPECT_EQ(settings.idle_warning_seconds, 20);
  EXPECT_TRUE(settings.keep_large_text);
  EXPECT_TRUE(settings.mouse);
  EXPECT_EQ(settings.read_aloud_volume, 55);
  EXPECT_EQ(settings.printer, "cups:Receipt58");
  EXPECT_EQ(settings.opening_hours, (OpeningHours{{8, 30}, {17, 30}}));
  EXPECT_EQ(settings.language, Language::kEn);
  EXPECT_EQ(settings.admin_pin_hash, "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
  EXPECT_EQ(settings.db, "/etc/data/kiosk.db");
}

TEST(KioskSettings, WholeNumberDiagonalIsAccepted) {
  EXPECT_DOUBLE_EQ(ParseKioskSettings("panel_diagonal_inches = 55", "").panel_diagonal_inches, 55.0);
}

TEST(KioskSettings, EachBadValueNamesKeyValueAndExpectation) {
  struct Case {
    const char* toml;
    const char* says;  // a piece of the expected wording
  };
  for (const Case& c : {
           Case{"kiosk_id = \"TA-01\"", "kiosk_id = \"TA-01\": 应为1-32 个字母"},
           Case{"kiosk_id = \"\"", "kiosk_id = \"\""},
           Case{"site_code = \"福圣\"", "expected a site code"},
           Case{"panel_diagonal_inches = 3.0", "panel_diagonal_inches = 3.0: "},
           Case{"panel_diagonal_inches = nan", "expected the panel diagonal in inches, 7 to 100"},
           Case{"key_file = \"\"", "key_file = \"\": "},
           Case{"share_folder = \"\"", "expected a folder path"},
           Case{"sync_time = \"24:00\"", "sync_time = \"24:00\": "},
           Case{"sync_time = \"2:30\"", "expected a time \"HH:MM\""},
           Case{"idle_seconds = 5", "idle_seconds = 5: 应为10 到 3600 之间的整数秒"},
           Case{"idle_seconds = 100000", "expected a whole number of seconds from 10 to 3600"},
           Case{"booking_grace_minutes = -1", "booking_grace_minutes = -1: 应为0 到 120 之间的整数分钟"},
           Case{"booking_grace_minutes = 121", "expected a whole number of minutes from 0 to 120"},
           Case{"bookings_per_phone = 0", "bookings_per_phone = 0: 应为1 到 20 之间的整数"},
           Case{"idle_warning_seconds = 2", "idle_warning_seconds = 2: 应为5 到 120 之间的整数秒"},
           Case{"keep_large_text = \"yes\"",
                "keep_large_text = \"yes\": 应为true 或 false / expected true or false"},
           Case{"mouse = 1", "mouse = 1: 应为true 或 false"},
           Case{"printer = \"lp0\"", "printer = \"lp0\": 应为\"/dev/usb/lp0\""},
           Case{"read_aloud_volume = 101", "read_aloud_volume = 101: 应为0 到 100 之间的整数（百分比）"},
           Case{"opening_hours = \"20:00-08:00\"", "opening_hours = \"20:00-08:00\": "},
           Case{"opening_hours = \"08:00\"", "opening before closing"},
           Case{"language = \"fr\"", "language = \"fr\": 应为\"zh\" 或 \"en\" / expected \"zh\" or \"en\""},
           Case{"admin_pin_hash = \"\"", "admin_pin_hash = \"\""},
           Case{"db = \"\"", "db = \"\": "},
       }) {
    const std::string error = ErrorOf(std::string("\n") + c.toml + "\n");
    EXPECT_NE(error.find(c.says), std::string::npos) << c.toml << " -> " << error;
    EXPECT_EQ(error.rfind("/etc/kiosk/kiosk.toml:2: ", 0), 0u) << error;  // file and line first
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
}

TEST(KioskSettings, WrongTypeIsRefusedLikeABadValue) {
  EXPECT_NE(ErrorOf("idle_seconds = \"60\"").find("idle_seconds = \"60\": "), std::string::npos);
  EXPECT_NE(ErrorOf("idle_seconds = 60.5").find("idle_seconds = 60.5: "), std::string::npos);
  EXPECT_NE(ErrorOf("kiosk_id = 1").find("kiosk_id = 1: "), std::string::npos);
  EXPECT_NE(ErrorOf("language = true").find("language = true: "), std::string::npos);
  EXPECT_NE(ErrorOf("sync_time = 02:30:00").find("sync_time = 02:30:00: "), std::string::npos);
  const std::string table = ErrorOf("[db]\npath = \"x.db\"\n");
  EXPECT_NE(table.find("db = "), std::string::npos) << table;
  EXPECT_EQ(table.find('\n'), std::string::npos) << table;
}

TEST(KioskSettings, UnknownKeyIsRefusedNamingIt) {
  const std::string error = ErrorOf("kiosk_id = \"TA01\"\nidle_secs = 60\n");
  EXPECT_EQ(error.rfind("/etc/kiosk/kiosk.toml:2: idle_secs = 60: ", 0), 0u) << error;
  EXPECT_NE(error.find("unknown key"), std::string::npos) << error;
  EXPECT_NE(error.find("idle_seconds"), std::string::npos) << error;  // lists the keys it knows
}

TEST(KioskSettings, InvalidTomlIsOneLineWithTheLine) {
  const std::string error = ErrorOf("kiosk_id = \"TA01\"\nlanguage = zh\n");
  EXPECT_EQ(error.rfind("/etc/kiosk/kiosk.toml:2: ", 0), 0u) << error;
  EXPECT_NE(error.find("not valid TOML"), std::string::npos) << error;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
}

TEST(KioskSettings, MissingFileIsAnError) {
  EXPECT_THROW(LoadKioskSettings("/nonexistent/kiosk.toml"), ConfigError);
  EXPECT_THROW(LoadKioskSettings(std::filesystem::temp_directory_path().string()), ConfigError);
}

TEST(KioskSettings, LoadsAFile) {
  const auto path = std::filesystem::temp_directory_path() / "kiosk_settings_test.toml";
  std::ofstream(path) << "idle_seconds = 120\nkey_file = \"keys/district.key\"\n";
  const KioskSettings settings = LoadKioskSettings(path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(settings.idle_seconds, 120);
  EXPECT_EQ(settings.key_file, (path.parent_path() / "keys/district.key").string());
}

TEST(KioskSettings, DefaultPathFollowsXdg) {
  EXPECT_EQ(DefaultConfigPath("/home/a/.cfg", "/home/a"), "/home/a/.cfg/community-kiosk/kiosk.toml");
  EXPECT_EQ(DefaultConfigPath(nullptr, "/home/a"), "/home/a/.config/community-kiosk/kiosk.toml");
  EXPECT_EQ(DefaultConfigPath("", "/home/a"), "/home/a/.config/community-kiosk/kiosk.toml");
  EXPECT_EQ(DefaultConfigPath("relative", "/home/a"), "/home/a/.config/community-kiosk/kiosk.toml");
  EXPECT_EQ(DefaultConfigPath(nullptr, nullptr), "");
}

// data/kiosk.toml.example is the documentation of the file: it must parse and set every key.
TEST(KioskSettings, ExampleFileParsesAndSetsEveryKey) {
  const std::string path = std::string(KIOSK_DEMO_DIR) + "/../kiosk.toml.example";
  const KioskSettings settings = LoadKioskSettings(path);
  EXPECT_EQ(settings.kiosk_id, "TA01");
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const char* key : {"kiosk_id", "site_code", "panel_diagonal_inches", "key_file", "share_folder",
                          "sync_time", "idle_seconds", "opening_hours", "language", "admin_pin_hash", "db"}) {
    EXPECT_NE(text.find(std::string("\n") + key + " = "), std::string::npos) << key;
  }
}

}  // namespace
}  // namespace kiosk
