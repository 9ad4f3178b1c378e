// kiosk/app/kiosk_main.h — the whole `kiosk` program: options, logging, errors -> exit codes.
#pragma once

namespace kiosk::app {

// Exit codes: 0 ok, 1 unexpected failure, 2 bad command line, kiosk.toml, key file or database,
// 3 no font or no display.
// Every error is one line on stderr, Chinese then English.
int KioskMain(int argc, char** argv);

}  // namespace kiosk::app
