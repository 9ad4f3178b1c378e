// kiosk/core/booking/booking_qr.h — what a booking's QR code holds, and reading it back when a
// resident scans it at 我已到达.
//
// The QR code is one line, the confirmation code first: "A7K2MQ 福圣社区 调解室 11月30日 周一
// 09:00–10:00". A USB scanner is a keyboard (kiosk/ui/widgets/scanner_input.h): it types the line
// and Enter; many cannot type Chinese, so the code is ASCII and first, and one line means one
// Enter. The resident's own phone shows the whole line: code, room and time. Never the matter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// `room` and `when` as the result screen shows them in Chinese.
std::string BookingQrText(std::string_view code, std::string_view room, std::string_view when);

// The confirmation code at the start of a scanned text (spaces around it, lower case and a
// scanner's CR/LF allowed), if it is a well-formed one (confirmation_codes.h).
std::optional<std::string> BookingCodeFromScan(std::string_view text);

}  // namespace kiosk
