// kiosk/core/admin/admin_pin.h — the staff PIN: a libsodium crypto_pwhash (Argon2id) string in
// kiosk.toml's admin_pin_hash, never the PIN itself; and the lockout that makes guessing slow:
// after kMaxWrongPins wrong PINs in a row the keypad is locked for kLockSeconds, counted in the
// database so a restart does not reset it.
//
// Implements:
//   IsValidAdminPin   4-8 digits
//   HashAdminPin      PIN -> "$argon2id$..." (random salt; interactive cost)
//   VerifyAdminPin    hash + PIN -> true when it matches (false for a malformed hash)
//   TryAdminPin       the rule at the keypad: locked? right? wrong (and how many tries left)?
//   AdminPinLock      the lock now, for the countdown
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

inline constexpr int kMaxWrongPins = 5;
inline constexpr int64_t kLockSeconds = 15 * 60;

bool IsValidAdminPin(std::string_view pin);

// How much work one hash costs. kInteractive is libsodium's interactive level (64 MiB, ~0.1 s);
// tests may use kMinimum, which verifies the same way (the cost is in the hash string).
enum class PinHashCost { kInteractive, kMinimum };
// Throws std::invalid_argument for a PIN that is not IsValidAdminPin, std::runtime_error when
// libsodium fails (out of memory).
std::string HashAdminPin(std::string_view pin, PinHashCost cost = PinHashCost::kInteractive);
bool VerifyAdminPin(std::string_view hash, std::string_view pin);

struct PinAccepted {};
struct PinWrong {
  int tries_left = 0;  // before the lock; 0: now locked (see PinLocked)
};
struct PinLocked {
  int64_t until = 0;  // unix seconds
};
using PinResult = std::variant<PinAccepted, PinWrong, PinLocked>;

// Checks `pin` against `hash` at `now` (unix seconds). While locked, the PIN is not even checked.
// A right PIN clears the count; the 5th wrong one in a row locks until now + kLockSeconds.
// An empty `hash` (no PIN set) accepts nothing. Writes the count in one transaction.
PinResult TryAdminPin(db::Database& db, std::string_view hash, std::string_view pin, int64_t now);
// Until when the keypad is locked, or nullopt when it is not (an expired lock is no lock).
std::optional<int64_t> AdminPinLock(db::Database& db, int64_t now);

}  // namespace kiosk
