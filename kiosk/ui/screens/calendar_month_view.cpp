// kiosk/ui/screens/calendar_month_view.cpp — the month grid: day number, lunar day or festival,
// the number of activities in words with category marks (a short word on the category's tint,
// never colour alone, explained by the legend under the grid), today framed and named. Text keeps
// the body size in 大字 too: a cell that cannot hold three lines drops the lunar line.
// A sideways drag changes the month (and never opens a day); 上个月 / 下个月 do the same.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/ui/fonts.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {
namespace {

LocalDate AddMonths(const LocalDate& d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  return LocalDate{index / 12, index % 12 + 1, 1};
}

int MondayFirstColumn(const LocalDate& d) { return (d.Weekday() + 6) % 7; }

}  // namespace

void CalendarScreen::DrawMonth(ScreenContext& ctx) {
  const LocalDate first{top().date.year, top().date.month, 1};
  const int step = DrawToolbar(ctx, Str::kCalPrevMonth, Str::kCalNextMonth,
                               FormatMonthTitle(first.year, first.month, ctx.settings.lang));
  if (step != 0) top().date = AddMonths(first, step);

  if (!month_valid_ || month_year_ != first.year || month_month_ != first.month ||
      !(month_filter_ == filter_)) {
    month_counts_ = MonthCounts(ctx.db, first.year, first.month, filter_);
    month_year_ = first.year;
    month_month_ = first.month;
    month_filter_ = filter_;
    month_valid_ = true;
  }

  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = MinTargetGapPx();  // the cells are targets: 2 mm apart
  const float header_h = ImGui::GetFontSize() * 1.3f;
  const int lead = MondayFirstColumn(first);
  const int days = first.DaysInMonth();
  const int rows = (lead + days + 6) / 7;
  // The legend under the grid, unless the cells would then fall under a target's size (大字 on a
  // small panel): the marks are words, the legend only spells them out.
  const float window_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - style.WindowPadding.y;
  const float grid_room = window_bottom - origin.y - header_h - gap * static_cast<float>(rows - 1);
  const float legend_h = ImGui::GetFontSize() * 1.3f + style.ItemSpacing.y;
  const bool legend = (grid_room - legend_h) / static_cast<float>(rows) >= MinTargetPx();
  const float bottom = window_bottom - (legend ? legend_h : 0.0f);
  const float col_w = (width - gap * 6) / 7;

  // Weekday names, Monday first (as Chinese wall calendars and GB/T 7408 do).
  for (int c = 0; c < 7; ++c) {
    const std::string name = ShortWeekday((c + 1) % 7, ctx.settings.lang);
    const float tw = MeasureText(name).x;
    DrawText(draw, ImVec2(origin.x + static_cast<float>(c) * (col_w + gap) + (col_w - tw) / 2, origin.y),
             palette::Rgb(c >= 5 ? palette::kPartyRed : palette::kText), name);
  }

  const ImVec2 grid_min(origin.x, origin.y + header_h);
  const ImVec2 grid_max(origin.x + width, bottom);
  const float row_h =
      (grid_max.y - grid_min.y - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
  const float shift = SwipeOffset(grid_min, grid_max);  // the grid follows the finger a little

  draw->PushClipRect(grid_min, grid_max, true);
  for (int i = 0; i < days; ++i) {
    const int cell = lead + i;
    const ImVec2 min(grid_min.x + shift + static_cast<float>(cell % 7) * (col_w + gap),
                     grid_min.y + static_cast<float>(cell / 7) * (row_h + gap));
    DrawMonthCell(ctx, first.AddDays(i), month_counts_[static_cast<size_t>(i)], min,
                  ImVec2(min.x + col_w, min.y + row_h));
  }
  draw->PopClipRect();

  if (const int swipe = HorizontalSwipe(grid_min, grid_max); swipe != 0) top().date = AddMonths(first, swipe);
  if (legend) DrawMonthLegend(ctx, ImVec2(origin.x, grid_max.y + style.ItemSpacing.y), width);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, window_bottom));
}

void CalendarScreen::DrawMonthLegend(ScreenContext& ctx, ImVec2 pos, float width) {
  // The marks of the categories this month shows: "党 党建  文 文艺 …", each mark as in the cells.
  std::vector<int64_t> shown;
  for (const DayCount& day : month_counts_)
    for (const auto& [category_id, n] : day.by_category)
      if (std::find(shown.begin(), shown.end(), category_id) == shown.end()) shown.push_back(category_id);
  std::sort(shown.begin(), shown.end());
  const float px = ImGui::GetFontSize();
  const float right = pos.x + width;
  float x = pos.x;
  for (const int64_t id : shown) {
    const CategoryInfo* c = Category(id);
    if (c == nullptr) continue;
    const std::string name = ctx.settings.lang == Lang::kZh ? c->name_zh : c->name_en;
    const float name_w = MeasureText(name).x;
    const float mark_w =
        DrawCategoryMark(CategoryMark(categories_, id, ctx.settings.lang), c->rgb, ImVec2(x, pos.y), px,
                         /*measure_only=*/true);
    if (x + mark_w + px * 0.3f + name_w > right) break;  // the day view names every category in full
    x += DrawCategoryMark(CategoryMark(categories_, id, ctx.settings.lang), c->rgb, ImVec2(x, pos.y), px,
                          false);
    x += px * 0.3f;
    DrawText(ImGui::GetWindowDrawList(), ImVec2(x, pos.y), palette::Rgb(palette::kText), name);
    x += name_w + px;
  }
}

void CalendarScreen::DrawMonthCell(ScreenContext& ctx, const LocalDate& date, const DayCount& count,
                                   ImVec2 min, ImVec2 max) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  const Lang lang = ctx.settings.lang;
  const bool today = date == ctx.now.date;
  const DayLabel& label = LabelOf(date);
  const float h = max.y - min.y, w = max.x - min.x;
  const float px = ImGui::GetFontSize();  // never smaller: a short cell (大字) shows fewer lines
  const float pad = std::min(style.FramePadding.x * 0.6f, w * 0.06f);
  // Three lines (day, lunar day, count) when they fit; else day and count; else all on one line.
  const float room = h - pad * 2;
  const int lines = room >= px * 3.3f ? 3 : room >= px * 2.2f ? 2 : 1;
  const bool three_lines = lines == 3;
  const float line = room / static_cast<float>(lines);

  draw->AddRectFilled(min, max, palette::Rgb(palette::kSurface), style.FrameRounding * 0.5f);
  if (today) {
    draw->AddRect(min, max, palette::Rgb(palette::kPartyRed), style.FrameRounding * 0.5f, 0,
                  std::max(3.0f, Em(0.12f)));
  } else {
    draw->AddRect(min, max, palette::Rgb(palette::kBorder), style.FrameRounding * 0.5f, 0, 1.0f);
  }

  // Line 1: the day number, and 今天 in words beside it.
  const float x = min.x + pad;
  const float y1 = min.y + pad;
  const std::string day = std::to_string(date.day);
  const bool weekend = date.Weekday() == 0 || date.Weekday() == 6;
  DrawText(draw, ImGui::GetFont(), px, ImVec2(x, y1),
           palette::Rgb(weekend ? palette::kPartyRed : palette::kText), day);
  const float day_w = MeasureText(ImGui::GetFont(), px, FLT_MAX, 0, day).x;
  if (today && lines > 1) {  // on one line the red frame alone marks today (the toolbar has 今天)
    const char* word = ctx.T(Str::kCalToday);
    const float tag_x = x + day_w + pad;
    const float tag_w = std::max(0.0f, max.x - pad - tag_x);
    draw->AddRectFilled(
        ImVec2(tag_x, y1),
        ImVec2(tag_x + std::min(tag_w, MeasureText(ImGui::GetFont(), px, FLT_MAX, 0, word).x + pad), y1 + px),
        palette::Rgb(palette::kPartyRed), 4.0f);
    DrawTextFit(draw, ImVec2(tag_x + pad / 2, y1), tag_w - pad / 2, px, palette::Rgb(palette::kOnDark), word);
  }

  // Line 2: a festival or solar term, else the lunar day (the month's name on its first day).
  const float y2 = min.y + pad + line;
  if (three_lines && !label.festivals.empty()) {
    const Festival& f = label.festivals.front();
    DrawTextFit(draw, ImVec2(x, y2), w - pad * 2, px, palette::Rgb(palette::kPartyRed),
                lang == Lang::kZh ? f.name_zh : f.name_en);
  } else if (three_lines) {
    DrawTextFit(draw, ImVec2(x, y2), w - pad * 2, px, palette::Rgb(palette::kTextMuted), label.lunar);
  }

  // Line 3: "3项" and the category marks that fit (each a short word on its tint; the legend says them).
  const float y3 = min.y + pad + line * static_cast<float>(lines - 1);
  if (count.total > 0) {
    const float x3 = lines == 1 ? x + day_w + pad : x;  // one line: after the day number
    const std::string n = FormatInt(ctx.T(Str::kCalDayCount), count.total);
    const float n_w = std::min(MeasureText(ImGui::GetFont(), px, FLT_MAX, 0, n).x, max.x - pad - x3);
    DrawTextFit(draw, ImVec2(x3, y3), max.x - pad - x3, px, palette::Rgb(palette::kText), n);
    float mx = x3 + n_w + pad;
    for (const auto& [category_id, n_in_category] : count.by_category) {
      const CategoryInfo* c = Category(category_id);
      if (c == nullptr) continue;
      const std::string mark = CategoryMark(categories_, category_id, lang);
      if (mx + DrawCategoryMark(mark, c->rgb, ImVec2(mx, y3), px, true) > max.x - pad) break;
      mx += DrawCategoryMark(mark, c->rgb, ImVec2(mx, y3), px, false) + pad * 0.5f;
    }
  }

  // The whole cell opens the day. Its label is the ISO date and the count in words
  // ("2026-11-27 9项"), what a driver or a test (or a screen reader) needs to know of it.
  const std::string target =
      count.total > 0 ? date.Iso() + " " + FormatInt(ctx.T(Str::kCalDayCount), count.total) : date.Iso();
  if (TouchArea(ctx.touch, target, "day", min, max)) Push(Step{CalendarView::kDay, date, 0});
}

}  // namespace kiosk::ui
