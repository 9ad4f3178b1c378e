// kiosk/core/people/scanned_code.h — what a volunteer presents at check-in: a volunteer card read by a
// USB barcode scanner, or a phone number typed on the keypad.
//
// A USB scanner is a keyboard: it types the barcode's characters quickly, then Enter. The card
// barcode (Code 128) holds the roster's volunteer code exactly: 'V' and 4 to 8 digits, as in
// data/demo/volunteers.csv ("V0001"). The UI collects the keystrokes that arrive on any screen of
// the check-in flow and, on Enter, passes the text here. Accepted leniently, because scanners and
// input methods differ: surrounding spaces/CR/LF, a lower-case 'v', full-width characters
// (Ｖ０００１, typed while a Chinese input method is on). Eleven digits are a phone number.
#pragma once

#include <string>
#include <string_view>
#include <variant>

namespace kiosk {

struct ScannedVolunteerCode {
  std::string code;  // normalised: upper-case 'V' + digits, e.g. "V0001"
};

struct ScannedPhone {
  std::string digits;  // a valid mainland mobile number (IsValidMainlandMobile)
};

enum class ScanProblem {
  kEmpty,         // only spaces or Enter: UI ignores it silently
  kInvalidPhone,  // digits only, but not 11 digits starting 13-19: "手机号码有误 / not a valid mobile number"
  kMalformed,  // letters where digits are expected, or other characters: "无法识别 / code not recognised"
};

struct ScanRejected {
  ScanProblem problem;
};

using ScannedCode = std::variant<ScannedVolunteerCode, ScannedPhone, ScanRejected>;

ScannedCode ParseScannedCode(std::string_view text);

}  // namespace kiosk
