// kiosk/core/people/phone_hash.h — phone numbers are never stored: only a keyed hash (to match a
// resident's sign-ups) and the last four digits (to show "尾号1234").
//
// The key: every kiosk of a district and its office hold the same district key, written once by
// `kiosk-office keygen FILE`. Its fingerprint (never the key) is what a database's meta names, so
// a kiosk can tell whether it holds the key a database's phone hashes were made with.
//
// Implements:
//   PhoneHash / IsValidMainlandMobile / PhoneLast4   hashing and validating a number
//   PhoneKeyFingerprint                                the short public name of a key
//   NewDistrictKey / FormatKeyFile / ParseKeyFile      a key and its file format
//   ReadKeyFile / CreateKeyFile                        the key file on disk (0600, never overwritten)
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

// The fingerprint of a key: BLAKE2b (libsodium, 16-byte output) of the key under a fixed label,
// its first 8 bytes as 16 lowercase hex characters. Public: it names a key without revealing it.
// Throws PhoneHashError for a key PhoneHash would refuse.
std::string PhoneKeyFingerprint(std::string_view key);

// 32 random bytes from libsodium's CSPRNG: a new district key.
std::string NewDistrictKey();

// The key file format: ONE line, the key as lowercase hex (32-128 hex characters = 16-64 bytes),
// then a newline. Nothing else: no comments, so a copy-paste mistake cannot hide in it.
std::string FormatKeyFile(std::string_view key);
// The key from a key file's text; one trailing newline (LF or CRLF) is allowed. Throws
// PhoneHashError("...") saying what is wrong (bilingual) for anything else.
std::string ParseKeyFile(std::string_view text);

// Thrown when a key file cannot be read, is malformed, or cannot be created. what() is one
// bilingual line naming the file.
class KeyFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads and parses a key file. Throws KeyFileError.
std::string ReadKeyFile(const std::string& path);
// Writes `key` to a NEW file with mode 0600 (owner read/write only). Refuses (KeyFileError) when
// the file already exists: overwriting a district key would orphan every hash made with it.
void CreateKeyFile(const std::string& path, std::string_view key);

// A mainland China mobile number: exactly 11 ASCII digits, starting 13-19.
bool IsValidMainlandMobile(std::string_view digits);

// The last four characters, for "尾号1234". Empty if shorter than 4.
std::string PhoneLast4(std::string_view digits);

}  // namespace kiosk
