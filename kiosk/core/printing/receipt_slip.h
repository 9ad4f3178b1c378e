// kiosk/core/printing/receipt_slip.h — 打印凭条: the little paper a resident takes home after a
// sign-up or a booking, as ESC/POS bytes for the 58/80 mm thermal printers sold in China: text in
// GB18030, the confirmation code large, a QR code (GS ( k) and a cut.
//
// Implements:
//   SlipFacts     what the slip says: its heading, the activity or booking, time, place, code, QR text
//   EscPosSlip    SlipFacts -> the bytes to send to the printer
//
// A slip never carries a phone number, a name or a booking's matter: SlipFacts has no field for them.
#pragma once

#include <string>

namespace kiosk {

struct SlipFacts {
  std::string heading;  // "报名凭条" / "预约凭条"
  std::string title;    // the activity's title, or the room
  std::string when;     // "12月2日 周二 16:30–17:30"
  std::string place;    // "阳光村 · 活动室"
  std::string code;     // the confirmation code shown on the result screen
  std::string qr_text;  // what scanning the QR code gives (the activity as a calendar entry); "" = none
  std::string footer;   // e.g. the kiosk's name and when it was printed
};

// UTF-8 in, ESC/POS out: ESC @, centred heading (double size), the facts, the code (double size),
// GS ( k model 2 QR (store then print), feed, GS V partial cut.
std::string EscPosSlip(const SlipFacts& facts);

}  // namespace kiosk
