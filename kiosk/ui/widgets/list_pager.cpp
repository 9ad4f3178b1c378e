// kiosk/ui/widgets/list_pager.cpp — ListPageInside and ListPagerBar.
#include "kiosk/ui/widgets/list_pager.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {
namespace {

// One page: the list's height less a row's worth, so nothing falls between two pages.
float PageStep() {
  const float visible = ImGui::GetWindowHeight();
  return std::max(visible * 0.5f, visible - MinTargetPx() * 1.5f);
}

}  // namespace

float ListPagerHeight() { return MinTargetPx() + ImGui::GetStyle().ItemSpacing.y; }

ListPage ListPageInside(int* pending_turn) {
  const float step = PageStep();
  const float max = ImGui::GetScrollMaxY();
  if (*pending_turn != 0) {
    ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + static_cast<float>(*pending_turn) * step, 0.0f, max));
    *pending_turn = 0;
  }
  ListPage page;
  if (max < 1.0f || step < 1.0f) return page;
  page.pages = 1 + static_cast<int>(std::ceil(max / step - 0.01f));
  page.page = std::clamp(1 + static_cast<int>(std::ceil(ImGui::GetScrollY() / step - 0.01f)), 1, page.pages);
  return page;
}

int ListPagerBar(TouchLayer& touch, const ListPage& page, Lang lang, float width) {
  if (page.pages <= 1) return 0;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 origin(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y + style.ItemSpacing.y);
  const float h = MinTargetPx();
  const float button_w = std::max(MinTargetPx() * 2.2f, width * 0.3f);
  int turn = 0;
  if (page.page > 1) {
    ImGui::SetCursorScreenPos(origin);
    if (TouchButton(touch, Tr(Str::kPrevPage, lang), ImVec2(button_w, h), buttons::kSecondary)) turn = -1;
  }
  char where[64];
  std::snprintf(where, sizeof where, Tr(Str::kPageOf, lang), page.page, page.pages);
  const ImVec2 text = MeasureText(where);
  DrawText(ImGui::GetWindowDrawList(), ImVec2(origin.x + (width - text.x) / 2, origin.y + (h - text.y) / 2),
           palette::Rgb(palette::kText), where);
  if (page.page < page.pages) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - button_w, origin.y));
    if (TouchButton(touch, Tr(Str::kNextPage, lang), ImVec2(button_w, h), buttons::kSecondary)) turn = +1;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
  return turn;
}

}  // namespace kiosk::ui
