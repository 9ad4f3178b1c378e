// kiosk/app/main.cpp — the `kiosk` executable. Everything is in kiosk_app_lib (kiosk_main.cpp).
#include "kiosk/app/kiosk_main.h"

int main(int argc, char** argv) { return kiosk::app::KioskMain(argc, argv); }
