// kiosk/core/storage/confirmation_codes.h — the short code a resident is shown after signing up (and after
// booking a room), read aloud to staff or typed back: 6 characters from an
// alphabet without look-alikes (no 0/O, 1/I/L), e.g. "K7MQ3X".
#pragma once

#include <string>
#include <string_view>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

inline constexpr std::string_view kConfirmationAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr size_t kConfirmationCodeLength = 6;

// A fresh random code (libsodium's CSPRNG, uniform over the alphabet). Callers check it is not
// already used by a row of their table and draw again if it is (31^6 ≈ 887 million codes).
std::string NewConfirmationCode();

// A fresh code no sign-up and no booking in `db` uses yet (so a scanned code names one record).
// Call it inside the transaction that writes the row. Throws std::runtime_error after 20 draws
// that were all taken (~all codes used, or a broken random source).
std::string UnusedConfirmationCode(db::Database& db);

// True for exactly kConfirmationCodeLength characters of kConfirmationAlphabet.
bool IsWellFormedConfirmationCode(std::string_view code);

}  // namespace kiosk
