// kiosk/core/printing/receipt_slip.cpp — the ESC/POS commands, named where they are written.
#include "kiosk/core/printing/receipt_slip.h"

#include "kiosk/core/text/text_encoding.h"

namespace kiosk {
namespace {

constexpr char kEsc = 0x1B, kGs = 0x1D, kLf = 0x0A;

void Initialize(std::string& out) { out += {kEsc, '@'}; }
void Align(std::string& out, char how) { out += {kEsc, 'a', how}; }  // 0 left, 1 centre
void Size(std::string& out, bool big) { out += {kGs, '!', static_cast<char>(big ? 0x11 : 0x00)}; }
void Line(std::string& out, const std::string& utf8) {
  out += Utf8ToGb18030(utf8);
  out += kLf;
}

// GS ( k <pL> <pH> <cn=49> <fn> ...: one QR function with its parameters.
void QrFunction(std::string& out, char fn, const std::string& params) {
  const size_t n = params.size() + 2;
  out += {kGs, '(', 'k', static_cast<char>(n & 0xFF), static_cast<char>((n >> 8) & 0xFF), '1', fn};
  out += params;
}

void Qr(std::string& out, const std::string& text) {
  QrFunction(out, 'A', std::string{'2', '\0'});   // fn 65: model 2
  QrFunction(out, 'C', std::string{6});           // fn 67: module size 6 dots
  QrFunction(out, 'E', std::string{'1'});         // fn 69: error correction M
  QrFunction(out, 'P', std::string{'0'} + text);  // fn 80: store the data
  QrFunction(out, 'Q', std::string{'0'});         // fn 81: print it
  out += kLf;
}

}  // namespace

std::string EscPosSlip(const SlipFacts& f) {
  std::string out;
  Initialize(out);
  Align(out, 1);
  Size(out, true);
  Line(out, f.heading);
  Size(out, false);
  out += kLf;
  Align(out, 0);
  Line(out, f.title);
  Line(out, f.when);
  if (!f.place.empty()) Line(out, f.place);
  out += kLf;
  Align(out, 1);
  Size(out, true);
  Line(out, f.code);
  Size(out, false);
  if (!f.qr_text.empty()) Qr(out, f.qr_text);
  if (!f.footer.empty()) Line(out, f.footer);
  out += {kLf, kLf, kLf};
  out += {kGs, 'V', 'B', '\0'};  // GS V 66 0: feed to the cutter and cut, leaving a tab
  return out;
}

}  // namespace kiosk
