// kiosk/app/set_pin.h — `kiosk --set-pin`: asks for the staff PIN twice on the terminal (not
// echoed) and prints the kiosk.toml line with its crypto_pwhash hash. The PIN itself is never
// written anywhere.
#pragma once

#include <cstdio>

namespace kiosk::app {

// Reads two lines from `in` (the terminal's echo is off while typing when `in` is a terminal),
// prints `admin_pin_hash = "..."` on `out`. Returns 0, or 2 after one bilingual line on stderr
// when the PINs differ or are not 4-8 digits.
int RunSetPin(std::FILE* in, std::FILE* out);

}  // namespace kiosk::app
