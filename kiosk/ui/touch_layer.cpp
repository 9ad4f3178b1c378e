// kiosk/ui/touch_layer.cpp — tap vs drag, drag-to-scroll with inertia, the target registry.
#include "kiosk/ui/touch_layer.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kiosk::ui {

float TapSlopPx() { return std::max(10.0f, ImGui::GetFontSize() * 0.4f); }

void TouchLayer::BeginFrame() {
  registry_.BeginFrame();
  const ImGuiIO& io = ImGui::GetIO();
  if (suppress_until_release_ && !io.MouseDown[0] && !ImGui::IsMouseReleased(0)) suppress_until_release_ = false;
}

void TouchLayer::EndFrame() { registry_.EndFrame(); }

bool TouchLayer::IsDragGesture() const {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.MouseDown[0] && !ImGui::IsMouseReleased(0)) return false;
  const float slop = TapSlopPx();
  // MouseDragMaxDistanceSqr stays valid on the release frame, so a drag that returns to its
  // start point is still a drag.
  return io.MouseDragMaxDistanceSqr[0] > slop * slop;
}

bool TouchLayer::TapAllowed() const {
  return !IsDragGesture() && !suppress_until_release_ && ImGui::GetTime() >= suppress_until_;
}

void TouchLayer::SuppressTaps(double seconds) {
  suppress_until_ = ImGui::GetTime() + seconds;
  suppress_until_release_ = ImGui::GetIO().MouseDown[0] || ImGui::IsMouseReleased(0);
}

void TouchLayer::DragScrollCurrentWindow() {
  const ImGuiIO& io = ImGui::GetIO();
  const ImGuiID id = ImGui::GetID("##drag-scroll");
  const ImVec2 pos = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  const ImVec2 clicked = io.MouseClickedPos[0];
  const bool started_here = clicked.x >= pos.x && clicked.x < pos.x + size.x && clicked.y >= pos.y &&
                            clicked.y < pos.y + size.y;
  const float dt = std::max(io.DeltaTime, 1e-4f);

  if (io.MouseDown[0] && started_here && IsDragGesture()) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    // Smoothed release velocity for the flick.
    const float v = -io.MouseDelta.y / dt;
    float& smoothed = velocities_[id];
    smoothed = smoothed * 0.6f + v * 0.4f;
    return;
  }
  auto it = velocities_.find(id);
  if (it == velocities_.end()) return;
  if (io.MouseDown[0]) {  // a new press stops the flick
    velocities_.erase(it);
    return;
  }
  ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + it->second * dt, 0.0f, ImGui::GetScrollMaxY()));
  it->second *= std::pow(0.02f, dt);  // loses 98% of its speed per second
  if (std::fabs(it->second) < 20.0f || ImGui::GetScrollY() <= 0.0f || ImGui::GetScrollY() >= ImGui::GetScrollMaxY())
    velocities_.erase(it);
}

void TouchLayer::AddTarget(std::string_view label, const ImVec2& min, const ImVec2& max) {
  // Only what is actually visible can be tapped: clip to the current window's clip rect.
  const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  const float x0 = std::max(min.x, clip_min.x), y0 = std::max(min.y, clip_min.y);
  const float x1 = std::min(max.x, clip_max.x), y1 = std::min(max.y, clip_max.y);
  if (x1 - x0 < 1.0f || y1 - y0 < 1.0f) return;
  registry_.Add(Target{std::string(label), x0, y0, x1 - x0, y1 - y0});
}

void TouchLayer::Reset() {
  velocities_.clear();
  suppress_until_ = 0;
  suppress_until_release_ = false;
}

}  // namespace kiosk::ui
