// kiosk/core/storage/confirmation_codes.h — the short code a resident is shown after signing up (and,
// later, after booking a room), read aloud to staff or typed back: 6 characters from an
// alphabet without look-alikes (no 0/O, 1/I/L), e.g. "K7MQ3X".
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

inline constexpr std::string_view kConfirmationAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr size_t kConfirmationCodeLength = 6;

// A fresh random code (libsodium's CSPRNG, uniform over the alphabet). Callers check it is not
// already used by a row of their table and draw again if it is (31^6 ≈ 887 million codes).
std::string NewConfirmationCode();

// True for exactly kConfirmationCodeLength characters of kConfirmationAlphabet.
bool IsWellFormedConfirmationCode(std::string_view code);

}  // namespace kiosk
