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

bool IsWellFormedConfirmationCode(std::string_view code) {
  if (code.size() != kConfirmationCodeLength) return false;
  for (const char c : code) {
    if (kConfirmationAlphabet.find(c) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace kiosk
