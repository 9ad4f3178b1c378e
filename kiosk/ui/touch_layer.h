// kiosk/ui/touch_layer.h — what turns mouse-like input into touch gestures for the widgets:
// a tap is a press and release that moved less than a slop distance; anything longer is a
// drag, which scrolls lists and never counts as a tap. Also records every tappable target.
#pragma once

#include <imgui.h>

#include <string_view>
#include <unordered_map>

#include "kiosk/ui/target_registry.h"

namespace kiosk::ui {

class TouchLayer {
 public:
  // Call once per frame after ImGui::NewFrame().
  void BeginFrame();
  void EndFrame();  // publishes the frame's targets

  // True while (or on the frame when) the current press has moved further than the tap slop.
  bool IsDragGesture() const;
  // A button released this frame counts as a tap only if this is true.
  bool TapAllowed() const;
  // Ignore taps until the finger lifts and `seconds` pass: a double tap on a tile must not
  // also tap whatever the next screen draws under the same finger.
  void SuppressTaps(double seconds);
  // What every screen or step change calls: the double-tap guard, one length for the whole kiosk.
  void GuardAfterChange() { SuppressTaps(kDoubleTapGuardSeconds); }
  static constexpr double kDoubleTapGuardSeconds = 0.3;

  // Drag-to-scroll for the current window (call inside BeginChild, after its content).
  // Keeps a little inertia after release so a flick feels natural.
  void DragScrollCurrentWindow();
  bool animating() const { return !velocities_.empty(); }

  void AddTarget(std::string_view label, const ImVec2& min, const ImVec2& max);
  TargetRegistry& registry() { return registry_; }
  const TargetRegistry& registry() const { return registry_; }

  void Reset();  // forget scroll inertia and tap suppression

 private:
  TargetRegistry registry_;
  double suppress_until_ = 0;
  bool suppress_until_release_ = false;
  std::unordered_map<ImGuiID, float> velocities_;  // px per second, per scrolling window
};

// Tap slop: how far a finger may wander and still tap (0.4 em, at least 10 px).
float TapSlopPx();

}  // namespace kiosk::ui
