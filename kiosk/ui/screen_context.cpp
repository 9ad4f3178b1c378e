// kiosk/ui/screen_context.cpp
#include "kiosk/ui/screen_context.h"

#include <imgui.h>

namespace kiosk::ui {

bool ScreenContext::portrait() const {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  return d.y > d.x;
}

}  // namespace kiosk::ui
