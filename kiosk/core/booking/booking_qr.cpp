// kiosk/core/booking/booking_qr.cpp — a booking's QR text and the code read back from a scan.
#include "kiosk/core/booking/booking_qr.h"

#include "kiosk/core/storage/confirmation_codes.h"

namespace kiosk {

std::string BookingQrText(std::string_view code, std::string_view room, std::string_view when) {
  std::string text(code);
  text += ' ';
  text += room;
  text += ' ';
  text += when;
  return text;
}

std::optional<std::string> BookingCodeFromScan(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  size_t begin = 0;
  while (begin < text.size() && is_space(text[begin])) ++begin;
  size_t end = begin;
  while (end < text.size() && !is_space(text[end])) ++end;
  std::string word(text.substr(begin, end - begin));
  for (char& c : word)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (!IsWellFormedConfirmationCode(word)) return std::nullopt;
  return word;
}

}  // namespace kiosk
