// kiosk/core/storage/confirmation_codes.cpp — random confirmation codes over an unambiguous alphabet.
#include "kiosk/core/storage/confirmation_codes.h"

#include <sodium.h>

#include <stdexcept>

namespace kiosk {

std::string NewConfirmationCode() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  std::string code;
  code.reserve(kConfirmationCodeLength);
  for (size_t i = 0; i < kConfirmationCodeLength; ++i) {
    code += kConfirmationAlphabet[randombytes_uniform(static_cast<uint32_t>(kConfirmationAlphabet.size()))];
  }
  return code;
}

std::string UnusedConfirmationCode(db::Database& db) {
  db::Statement used(db,
                     "SELECT EXISTS (SELECT 1 FROM signups WHERE confirmation_code = ?1) "
                     "OR EXISTS (SELECT 1 FROM bookings WHERE confirmation_code = ?1)");
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::string code = NewConfirmationCode();
    used.Bind(1, code);
    used.Step();
    const bool taken = used.ColumnInt(0) != 0;
    used.Reset();
    if (!taken) return code;
  }
  // 20 collisions in a row means ~all 887M codes are used or the RNG is broken.
  throw std::runtime_error("无法生成确认码 / could not draw an unused confirmation code");
}

bool IsWellFormedConfirmationCode(std::string_view code) {
  if (code.size() != kConfirmationCodeLength) return false;
  for (const char c : code) {
    if (kConfirmationAlphabet.find(c) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace kiosk
