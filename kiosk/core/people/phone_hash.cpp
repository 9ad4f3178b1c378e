// kiosk/core/people/phone_hash.cpp — keyed phone hashes through libsodium, and number validation.
#include "kiosk/core/people/phone_hash.h"

#include <sodium.h>

namespace kiosk {

std::string PhoneHash(std::string_view digits, std::string_view key) {
  if (key.size() < crypto_generichash_KEYBYTES_MIN || key.size() > crypto_generichash_KEYBYTES_MAX) {
    throw PhoneHashError("phone hash key must be 16-64 bytes");
  }
  if (sodium_init() < 0) throw PhoneHashError("libsodium failed to initialise");
  unsigned char hash[crypto_generichash_BYTES];  // 32 bytes
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(digits.data()), digits.size(),
                     reinterpret_cast<const unsigned char*>(key.data()), key.size());
  std::string hex(sizeof hash * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), hash, sizeof hash);
  hex.pop_back();  // drop the terminator sodium_bin2hex writes
  return hex;
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
