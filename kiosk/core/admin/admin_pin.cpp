// kiosk/core/admin/admin_pin.cpp — PIN hashing with crypto_pwhash_str and the lockout count.
#include "kiosk/core/admin/admin_pin.h"

#include <sodium.h>

#include <stdexcept>
#include <string>

namespace kiosk {

bool IsValidAdminPin(std::string_view pin) {
  if (pin.size() < 4 || pin.size() > 8) return false;
  for (const char c : pin)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string HashAdminPin(std::string_view pin, PinHashCost cost) {
  if (!IsValidAdminPin(pin)) throw std::invalid_argument("PIN 应为 4-8 位数字 / the PIN must be 4-8 digits");
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  const bool minimum = cost == PinHashCost::kMinimum;
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, pin.data(), pin.size(),
                        minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw std::runtime_error("PIN 哈希失败（内存不足） / hashing the PIN failed (out of memory)");
  return hash;
}

bool VerifyAdminPin(std::string_view hash, std::string_view pin) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES || !IsValidAdminPin(pin)) return false;
  if (sodium_init() < 0) return false;
  const std::string terminated(hash);  // crypto_pwhash_str_verify reads a C string
  return crypto_pwhash_str_verify(terminated.c_str(), pin.data(), pin.size()) == 0;
}

namespace {

struct PinState {
  int failures = 0;
  std::optional<int64_t> locked_until;
};

PinState ReadState(db::Database& db) {
  db::Statement q(db, "SELECT failures, locked_until FROM admin_pin_state WHERE id = 1");
  if (!q.Step()) return {};
  return PinState{static_cast<int>(q.ColumnInt(0)), q.ColumnOptionalInt(1)};
}

void WriteState(db::Database& db, const PinState& state) {
  db::Statement q(
      db,
      "INSERT INTO admin_pin_state (id, failures, locked_until) VALUES (1, ?1, ?2) "
      "ON CONFLICT(id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until");
  q.BindAll(static_cast<int64_t>(state.failures), state.locked_until);
  q.Run();
}

}  // namespace

std::optional<int64_t> AdminPinLock(db::Database& db, int64_t now) {
  const PinState state = ReadState(db);
  if (state.locked_until && *state.locked_until > now) return state.locked_until;
  return std::nullopt;
}

PinResult TryAdminPin(db::Database& db, std::string_view hash, std::string_view pin, int64_t now) {
  db::Transaction transaction(db);
  PinState state = ReadState(db);
  if (state.locked_until && *state.locked_until > now) return PinLocked{*state.locked_until};
  if (state.locked_until) state = PinState{};  // the lock ran out: five new tries
  if (VerifyAdminPin(hash, pin)) {
    WriteState(db, PinState{});
    transaction.Commit();
    return PinAccepted{};
  }
  ++state.failures;
  PinResult result = PinWrong{kMaxWrongPins - state.failures};
  if (state.failures >= kMaxWrongPins) {
    state.locked_until = now + kLockSeconds;
    result = PinLocked{*state.locked_until};
  }
  WriteState(db, state);
  transaction.Commit();
  return result;
}

}  // namespace kiosk
