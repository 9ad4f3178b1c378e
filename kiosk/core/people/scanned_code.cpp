// kiosk/core/people/scanned_code.cpp — normalises and classifies scanner / keypad input.
#include "kiosk/core/people/scanned_code.h"

#include <utility>

#include "kiosk/core/people/phone_hash.h"

namespace kiosk {

namespace {

// Full-width forms typed under a Chinese input method: U+FF10..FF19 are EF BC 90..99,
// U+FF36 'Ｖ' is EF BC B6 and U+FF56 'ｖ' is EF BD 96. U+3000 (ideographic space) is E3 80 80.
// Returns the ASCII text; sets `bad` for any other non-ASCII character.
std::string Narrow(std::string_view text, bool& bad) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (i + 3 <= text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if (c == 0xEF && b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) {
        out += static_cast<char>('0' + (b2 - 0x90));
        i += 3;
        continue;
      }
      if (c == 0xEF && ((b1 == 0xBC && b2 == 0xB6) || (b1 == 0xBD && b2 == 0x96))) {
        out += 'V';
        i += 3;
        continue;
      }
      if (c == 0xE3 && b1 == 0x80 && b2 == 0x80) {
        out += ' ';
        i += 3;
        continue;
      }
    }
    bad = true;
    return {};
  }
  return out;
}

bool IsTrimmable(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool AllDigits(std::string_view text) {
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

}  // namespace

ScannedCode ParseScannedCode(std::string_view text) {
  bool bad = false;
  std::string narrow = Narrow(text, bad);
  if (bad) return ScanRejected{ScanProblem::kMalformed};
  std::string_view trimmed = narrow;
  while (!trimmed.empty() && IsTrimmable(trimmed.front())) trimmed.remove_prefix(1);
  while (!trimmed.empty() && IsTrimmable(trimmed.back())) trimmed.remove_suffix(1);
  if (trimmed.empty()) return ScanRejected{ScanProblem::kEmpty};

  if (trimmed.front() == 'V' || trimmed.front() == 'v') {
    const std::string_view digits = trimmed.substr(1);
    if (digits.size() >= 4 && digits.size() <= 8 && AllDigits(digits)) {
      std::string code(1, 'V');  // not "V" + std::string(...): GCC 12 -O3 warns falsely (-Wrestrict)
      code.append(digits);
      return ScannedVolunteerCode{std::move(code)};
    }
    return ScanRejected{ScanProblem::kMalformed};
  }
  if (AllDigits(trimmed)) {
    if (IsValidMainlandMobile(trimmed)) return ScannedPhone{std::string(trimmed)};
    return ScanRejected{ScanProblem::kInvalidPhone};
  }
  return ScanRejected{ScanProblem::kMalformed};
}

}  // namespace kiosk
