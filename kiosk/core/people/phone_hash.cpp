// kiosk/core/people/phone_hash.cpp — keyed phone hashes through libsodium, the key's fingerprint and
// file, and number validation.
#include "kiosk/core/people/phone_hash.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kiosk {

namespace {

constexpr std::string_view kFingerprintLabel = "kiosk-phone-key-fingerprint-v1";  // domain separation
constexpr size_t kFingerprintBytes = 8;

void CheckKeySize(std::string_view key) {
  if (key.size() < crypto_generichash_KEYBYTES_MIN || key.size() > crypto_generichash_KEYBYTES_MAX) {
    throw PhoneHashError("phone hash key must be 16-64 bytes");
  }
  if (sodium_init() < 0) throw PhoneHashError("libsodium failed to initialise");
}

std::string Hex(const unsigned char* bytes, size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();  // drop the terminator sodium_bin2hex writes
  return hex;
}

}  // namespace

std::string PhoneHash(std::string_view digits, std::string_view key) {
  CheckKeySize(key);
  unsigned char hash[crypto_generichash_BYTES];  // 32 bytes
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(digits.data()), digits.size(),
                     reinterpret_cast<const unsigned char*>(key.data()), key.size());
  return Hex(hash, sizeof hash);
}

std::string PhoneKeyFingerprint(std::string_view key) {
  CheckKeySize(key);
  unsigned char hash[crypto_generichash_BYTES_MIN];  // 16 bytes, of which the first 8 are shown
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(key.data()), key.size(),
                     reinterpret_cast<const unsigned char*>(kFingerprintLabel.data()),
                     kFingerprintLabel.size());
  return Hex(hash, kFingerprintBytes);
}

std::string NewDistrictKey() {
  if (sodium_init() < 0) throw PhoneHashError("libsodium failed to initialise");
  std::string key(32, '\0');
  randombytes_buf(key.data(), key.size());
  return key;
}

std::string FormatKeyFile(std::string_view key) {
  CheckKeySize(key);
  return Hex(reinterpret_cast<const unsigned char*>(key.data()), key.size()) + "\n";
}

std::string ParseKeyFile(std::string_view text) {
  if (text.ends_with("\r\n")) {
    text.remove_suffix(2);
  } else if (text.ends_with('\n')) {
    text.remove_suffix(1);
  }
  const size_t min_hex = crypto_generichash_KEYBYTES_MIN * 2, max_hex = crypto_generichash_KEYBYTES_MAX * 2;
  if (text.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos) {
    throw PhoneHashError("密钥文件应只有一行十六进制字符 / a key file holds one line of hex digits only");
  }
  if (text.size() < min_hex || text.size() > max_hex || text.size() % 2 != 0) {
    throw PhoneHashError("密钥长度应为 32 到 128 个十六进制字符 / a key is 32 to 128 hex digits, not " +
                         std::to_string(text.size()));
  }
  std::string key(text.size() / 2, '\0');
  for (size_t i = 0; i < key.size(); ++i) {
    key[i] = static_cast<char>(std::stoi(std::string(text.substr(i * 2, 2)), nullptr, 16));
  }
  return key;
}

std::string ReadKeyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) {
    throw KeyFileError("无法读取密钥文件：" + path + " / cannot read key file: " + path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw KeyFileError("无法读取密钥文件：" + path + " / cannot read key file: " + path);
  try {
    return ParseKeyFile(text.str());
  } catch (const PhoneHashError& e) {
    throw KeyFileError("密钥文件格式错误 / malformed key file " + path + ": " + e.what());
  }
}

void CreateKeyFile(const std::string& path, std::string_view key) {
  const std::string text = FormatKeyFile(key);
  // O_EXCL: never replace an existing key; 0600 from the start, so the key is never world-readable.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    const int error = errno;
    if (error == EEXIST) {
      throw KeyFileError("密钥文件已存在，不会覆盖：" + path +
                         " / key file already exists, not overwritten: " + path);
    }
    throw KeyFileError("无法创建密钥文件：" + path + " / cannot create key file " + path + ": " +
                       std::strerror(error));
  }
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const bool synced = ::fsync(fd) == 0;
  const bool closed = ::close(fd) == 0;
  if (!written || !synced || !closed) {
    std::filesystem::remove(path);
    throw KeyFileError("无法写入密钥文件：" + path + " / cannot write key file: " + path);
  }
  ::chmod(path.c_str(), 0600);  // the umask may have narrowed it further, never widened: make it exact
}

bool IsValidMainlandMobile(std::string_view digits) {
  if (digits.size() != 11 || digits[0] != '1' || digits[1] < '3' || digits[1] > '9') return false;
  for (const char c : digits) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string PhoneLast4(std::string_view digits) {
  return digits.size() < 4 ? std::string() : std::string(digits.substr(digits.size() - 4));
}

}  // namespace kiosk
