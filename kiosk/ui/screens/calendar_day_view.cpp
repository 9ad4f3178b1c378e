// kiosk/ui/screens/calendar_day_view.cpp — one day's agenda: the date with its lunar day and
// festivals, then every activity of the day in time order, scrolled by dragging.
#include <imgui.h>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/list_pager.h"

namespace kiosk::ui {

void CalendarScreen::DrawDay(ScreenContext& ctx) {
  const Lang lang = ctx.settings.lang;
  const LocalDate day = top().date;
  const int step = DrawToolbar(ctx, Str::kCalPrevDay, Str::kCalNextDay, FormatShortDate(day, lang));
  if (step != 0) {
    top().date = day.AddDays(step);
    reset_scroll_ = true;
  }
  const LocalDate shown = top().date;
  const auto& items = List(ctx, day_list_, shown, shown);
  const DayLabel& label = LabelOf(shown);

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.7f), Em(0.5f)));
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  ImGui::BeginChild("day", ImVec2(avail.x, avail.y - ListPagerHeight()), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  if (reset_scroll_) {
    ImGui::SetScrollY(0);
    reset_scroll_ = false;
  }
  std::string heading = FormatLongDate(shown, lang);
  if (!label.lunar.empty()) heading += " · " + FormatLunarDate(shown, lang);
  for (const Festival& f : label.festivals) heading += " · " + (lang == Lang::kZh ? f.name_zh : f.name_en);
  if (shown == ctx.now.date) heading += " · " + std::string(ctx.T(Str::kCalToday));
  ImGui::PushTextWrapPos(0);
  DrawSectionHeading(heading.c_str());
  ImGui::PopTextWrapPos();
  if (items.empty()) ShowText(ctx.T(Str::kCalNothingOnDay));
  for (const CalendarOccurrence& o : items)
    if (DrawActivityRow(ctx, o, false)) OpenDetail(o.summary.occurrence_id);
  ctx.touch.DragScrollCurrentWindow();
  const ImVec2 child_min = ImGui::GetWindowPos();
  const ImVec2 child_max(child_min.x + ImGui::GetWindowWidth(), child_min.y + ImGui::GetWindowHeight());
  const int swipe = HorizontalSwipe(child_min, child_max);
  const ListPage page = ListPageInside(&page_turn_);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + avail.y - ListPagerHeight()));
  page_turn_ = ListPagerBar(ctx.touch, page, lang, avail.x);
  if (swipe != 0) {
    top().date = shown.AddDays(swipe);
    reset_scroll_ = true;
  }
}

}  // namespace kiosk::ui
