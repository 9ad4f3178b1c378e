// kiosk/core/people/phone_hash.h — phone numbers are never stored: only a keyed hash (to match a
// resident's sign-ups) and the last four digits (to show "尾号1234").
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosk {

// The key the demo data is hashed with. Not a secret: a real deployment configures its own
// key (16-64 bytes) and keeps it out of exports.
inline constexpr std::string_view kDemoPhoneHashKey = "tongan-demo-phone-hash-key-2019";

class PhoneHashError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// Keyed BLAKE2b-256 (libsodium crypto_generichash) of the digits, as 64 lowercase hex chars.
// Throws PhoneHashError if the key is shorter than 16 or longer than 64 bytes.
std::string PhoneHash(std::string_view digits, std::string_view key);

// A mainland China mobile number: exactly 11 ASCII digits, starting 13-19.
bool IsValidMainlandMobile(std::string_view digits);

// The last four characters, for "尾号1234". Empty if shorter than 4.
std::string PhoneLast4(std::string_view digits);

}  // namespace kiosk
