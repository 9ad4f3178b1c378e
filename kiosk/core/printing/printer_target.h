// kiosk/core/printing/printer_target.h — where kiosk.toml's `printer` sends a slip's bytes:
//   "/dev/usb/lp0"   a USB receipt printer's device file (written directly)
//   "cups:QUEUE"     a CUPS queue, raw (`lp -d QUEUE -o raw`), for printers set up by the system
//   "file:PATH"      a file (tests, and a kiosk without paper that keeps slips for staff)
//
// Implements:
//   PrinterTarget       the parsed setting
//   ParsePrinterTarget  text -> target, or nullopt for anything else (the config names the key)
//   PrintError          the printer could not take the bytes (one sentence, Chinese then English)
//   SendToPrinter       writes the bytes, all or nothing as far as the OS tells
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosk {

struct PrinterTarget {
  enum class Kind { kDevice, kCups, kFile };
  Kind kind = Kind::kFile;
  std::string where;  // device path, queue name or file path
  bool operator==(const PrinterTarget&) const = default;
};

// A device is an absolute path under /dev/; a CUPS queue is 1-127 of A-Z a-z 0-9 _ - .; a file
// is any non-empty path.
std::optional<PrinterTarget> ParsePrinterTarget(std::string_view text);

class PrintError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws PrintError.
void SendToPrinter(const PrinterTarget& target, const std::string& bytes);

}  // namespace kiosk
