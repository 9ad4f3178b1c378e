// kiosk/ui/widgets/list_pager.h — page buttons under a scrolling list, for whoever does not drag:
// 上一页 · "第 2/5 页" · 下一页, big touch buttons; a page turn scrolls the list by most of its
// height, so the row cut at the bottom is whole at the top of the next page. Holds no state: the
// screen keeps the pending turn (an int) and clears it in its Reset.
//
//   ImGui::BeginChild(...); rows...; touch.DragScrollCurrentWindow();
//   const ListPage page = ListPageInside(&page_turn_);
//   ImGui::EndChild();
//   page_turn_ = ListPagerBar(touch, page, lang, width);   // in the ListPagerHeight() kept free
#pragma once

#include "kiosk/ui/strings.h"
#include "kiosk/ui/touch_layer.h"

namespace kiosk::ui {

struct ListPage {
  int page = 1;   // 1-based
  int pages = 1;  // 1: the list fits, the bar shows nothing
};

// Height to keep free under the list for the bar.
float ListPagerHeight();

// Inside the list's child window, after its rows: applies the turn asked for last frame (-1, +1;
// reset to 0) and says which page shows.
ListPage ListPageInside(int* pending_turn);

// The bar at the cursor, `width` wide; -1 or +1 when 上一页 or 下一页 was tapped, else 0. Nothing
// is drawn for a list that fits; a button that does not apply (上一页 on the first page) is not shown.
int ListPagerBar(TouchLayer& touch, const ListPage& page, Lang lang, float width);

}  // namespace kiosk::ui
