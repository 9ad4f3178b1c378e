// tests/core/people/district_key_file_test.cpp — the district key: its fingerprint names it without
// revealing it, its file is one line of hex, created 0600 and never overwritten, and a damaged
// file is refused rather than read as some other key.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "kiosk/core/people/phone_hash.h"

namespace kiosk {
namespace {

class KeyFilePath {
 public:
  KeyFilePath() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = (std::filesystem::temp_directory_path() / (std::string("kiosk_key_") + info->name() + ".key"))
                .string();
    std::filesystem::remove(path_);
  }
  ~KeyFilePath() { std::filesystem::remove(path_); }
  const std::string& str() const { return path_; }

 private:
  std::string path_;
};

TEST(PhoneKeyFingerprint, IsShortStableHexAndDiffersPerKey) {
  const std::string demo = PhoneKeyFingerprint(kDemoPhoneHashKey);
  EXPECT_EQ(demo.size(), 16u);
  EXPECT_EQ(demo.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(demo, PhoneKeyFingerprint(kDemoPhoneHashKey));
  EXPECT_NE(demo, PhoneKeyFingerprint(NewDistrictKey()));
  // It is not a phone hash of anything with the key, nor a prefix of the key's hex.
  EXPECT_NE(PhoneHash("", kDemoPhoneHashKey).substr(0, 16), demo);
  EXPECT_EQ(FormatKeyFile(kDemoPhoneHashKey).find(demo), std::string::npos);
  EXPECT_THROW(PhoneKeyFingerprint("short"), PhoneHashError);
}

TEST(DistrictKey, NewKeysAre32RandomBytes) {
  const std::string a = NewDistrictKey(), b = NewDistrictKey();
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
  EXPECT_NO_THROW(PhoneHash("13900000001", a));
}

TEST(KeyFileFormat, RoundTripsAsOneLineOfHex) {
  const std::string key = NewDistrictKey();
  const std::string text = FormatKeyFile(key);
  EXPECT_EQ(text.size(), 65u);
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.find_first_not_of("0123456789abcdef\n"), std::string::npos);
  EXPECT_EQ(ParseKeyFile(text), key);
  EXPECT_EQ(ParseKeyFile(text.substr(0, 64)), key);           // no newline
  EXPECT_EQ(ParseKeyFile(text.substr(0, 64) + "\r\n"), key);  // saved by a Windows editor
  EXPECT_EQ(ParseKeyFile("00112233445566778899AABBCCDDEEFF"), std::string("\x00\x11\x22\x33\x44\x55\x66\x77"
                                                                          "\x88\x99\xaa\xbb\xcc\xdd\xee\xff",
                                                                          16));
}

TEST(KeyFileFormat, RefusesAnythingElse) {
  const std::string hex = FormatKeyFile(NewDistrictKey()).substr(0, 64);
  for (const std::string& bad : {std::string(), hex.substr(0, 30), hex + "0", hex + hex + hex, hex + "\n\n",
                                 " " + hex, hex.substr(0, 63) + "g", "# key\n" + hex, hex + "\nmore"}) {
    EXPECT_THROW(ParseKeyFile(bad), PhoneHashError) << bad;
  }
}

TEST(KeyFile, CreatedOwnerOnlyAndReadBack) {
  const KeyFilePath path;
  const std::string key = NewDistrictKey();
  CreateKeyFile(path.str(), key);
  struct stat info {};
  ASSERT_EQ(stat(path.str().c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(ReadKeyFile(path.str()), key);
}

TEST(KeyFile, NeverOverwritesAnExistingFile) {
  const KeyFilePath path;
  const std::string first = NewDistrictKey();
  CreateKeyFile(path.str(), first);
  try {
    CreateKeyFile(path.str(), NewDistrictKey());
    FAIL() << "overwrote the key file";
  } catch (const KeyFileError& e) {
    EXPECT_NE(std::string(e.what()).find("already exists"), std::string::npos) << e.what();
  }
  EXPECT_EQ(ReadKeyFile(path.str()), first);
}

TEST(KeyFile, MissingOrMalformedIsOneLineNamingTheFile) {
  const KeyFilePath path;
  try {
    ReadKeyFile(path.str());
    FAIL() << "read a missing key file";
  } catch (const KeyFileError& e) {
    EXPECT_NE(std::string(e.what()).find(path.str()), std::string::npos) << e.what();
  }
  std::ofstream(path.str()) << "not a key\n";
  try {
    ReadKeyFile(path.str());
    FAIL() << "read a malformed key file";
  } catch (const KeyFileError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(path.str()), std::string::npos) << what;
    EXPECT_NE(what.find("malformed key file"), std::string::npos) << what;
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
  }
}

}  // namespace
}  // namespace kiosk
