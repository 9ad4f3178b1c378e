// kiosk/ui/widgets/scanner_input.h — a USB barcode scanner is a keyboard: it types the card's
// characters quickly, then Enter. This collects the characters ImGui received (from the app's
// GLFW backend) and hands over the text when Enter arrives, so a volunteer can scan their card
// on any screen of the check-in flow. A few stray keys without Enter are forgotten after a pause.
#pragma once

#include <optional>
#include <string>

namespace kiosk::ui {

class ScannerInput {
 public:
  // Call once per frame while the flow is shown. Returns the text typed before an Enter this
  // frame (possibly empty: ParseScannedCode says kEmpty), else nothing.
  std::optional<std::string> Poll();
  void Reset() { *this = ScannerInput{}; }

 private:
  std::string buffer_;
  double last_key_time_ = 0;
};

}  // namespace kiosk::ui
