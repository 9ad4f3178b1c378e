// kiosk/ui/target_registry.h — the tappable targets drawn in the last frame, in window pixels.
// Tests tap them by label; `kiosk --targets OUT.json` dumps them for external drivers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

struct Target {
  std::string label;   // the visible text (current language), or a stable id for icon-only targets
  float x = 0, y = 0, w = 0, h = 0;
  bool operator==(const Target&) const = default;
  float center_x() const { return x + w / 2; }
  float center_y() const { return y + h / 2; }
};

class TargetRegistry {
 public:
  void BeginFrame();  // starts this frame's list afresh
  void Add(Target t);
  void EndFrame();    // publishes this frame's list as last_frame()
  const std::vector<Target>& last_frame() const { return last_; }
  // First target of the last frame whose label equals `label`.
  std::optional<Target> Find(std::string_view label) const;
  // True when the last frame's targets differ from the frame before (for --targets rewrites).
  bool changed() const { return changed_; }
  // JSON array [{"label": "...", "x": .., "y": .., "w": .., "h": ..}], UTF-8, escaped.
  std::string ToJson() const;

 private:
  std::vector<Target> current_;
  std::vector<Target> last_;
  bool changed_ = false;
};

}  // namespace kiosk::ui
