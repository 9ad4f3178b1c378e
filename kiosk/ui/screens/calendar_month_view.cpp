// kiosk/ui/screens/calendar_month_view.cpp — the month grid: day number, lunar day or festival,
// the number of activities in words with small category colour marks, today framed and named.
// A sideways drag changes the month (and never opens a day); 上个月 / 下个月 do the same.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/ui/fonts.h"
#include "kiosk/ui/screens/calendar_screen.h"
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
  const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - style.WindowPadding.y;
  const float gap = std::max(3.0f, Em(0.12f));
  const float col_w = (width - gap * 6) / 7;

  // Weekday names, Monday first (as Chinese wall calendars and GB/T 7408 do).
  const float header_h = ImGui::GetFontSize() * 1.3f;
  for (int c = 0; c < 7; ++c) {
    const std::string name = ShortWeekday((c + 1) % 7, ctx.settings.lang);
    const float tw = ImGui::CalcTextSize(name.c_str()).x;
    draw->AddText(ImVec2(origin.x + static_cast<float>(c) * (col_w + gap) + (col_w - tw) / 2, origin.y),
                  palette::Rgb(c >= 5 ? palette::kPartyRed : palette::kText), name.c_str());
  }

  const int lead = MondayFirstColumn(first);
  const int days = first.DaysInMonth();
  const int rows = (lead + days + 6) / 7;
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
  ImGui::SetCursorScreenPos(grid_max);
}

void CalendarScreen::DrawMonthCell(ScreenContext& ctx, const LocalDate& date, const DayCount& count,
                                   ImVec2 min, ImVec2 max) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  const Lang lang = ctx.settings.lang;
  const bool today = date == ctx.now.date;
  const DayLabel& label = LabelOf(date);
  const float h = max.y - min.y, w = max.x - min.x;
  // Three lines must fit the cell: in 大字 with many weeks the cell text is capped a little.
  const float px = std::min(ImGui::GetFontSize(), h / 3.45f);
  const float pad = std::min(style.FramePadding.x * 0.6f, w * 0.06f);
  const float line = (h - pad * 2) / 3;

  draw->AddRectFilled(min, max, palette::Rgb(palette::kSurface), style.FrameRounding * 0.5f);
  if (today) {
    draw->AddRect(min, max, palette::Rgb(palette::kPartyRed), style.FrameRounding * 0.5f, 0,
                  std::max(3.0f, Em(0.12f)));
  } else {
    draw->AddRect(min, max, palette::Rgb(0xC8C8C8), style.FrameRounding * 0.5f, 0, 1.0f);
  }

  // Line 1: the day number, and 今天 in words beside it.
  const float x = min.x + pad;
  const float y1 = min.y + pad;
  const std::string day = std::to_string(date.day);
  const bool weekend = date.Weekday() == 0 || date.Weekday() == 6;
  draw->AddText(ImGui::GetFont(), px, ImVec2(x, y1),
                palette::Rgb(weekend ? palette::kPartyRed : palette::kText), day.c_str());
  if (today) {
    const char* word = ctx.T(Str::kCalToday);
    const float day_w = ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0, day.c_str()).x;
    const float tag_x = x + day_w + pad;
    const float tag_w = std::max(0.0f, max.x - pad - tag_x);
    draw->AddRectFilled(
        ImVec2(tag_x, y1),
        ImVec2(tag_x + std::min(tag_w, ImGui::GetFont()->CalcTextSizeA(px * 0.9f, FLT_MAX, 0, word).x + pad),
               y1 + px * 1.1f),
        palette::Rgb(palette::kPartyRed), 4.0f);
    DrawTextFit(draw, ImVec2(tag_x + pad / 2, y1 + px * 0.05f), tag_w - pad / 2, px * 0.9f,
                palette::Rgb(palette::kOnDark), word);
  }

  // Line 2: a festival or solar term, else the lunar day (the month's name on its first day).
  const float y2 = min.y + pad + line;
  if (!label.festivals.empty()) {
    const Festival& f = label.festivals.front();
    DrawTextFit(draw, ImVec2(x, y2), w - pad * 2, px, palette::Rgb(palette::kPartyRed),
                lang == Lang::kZh ? f.name_zh : f.name_en);
  } else {
    DrawTextFit(draw, ImVec2(x, y2), w - pad * 2, px, palette::Rgb(palette::kTextMuted), label.lunar);
  }

  // Line 3: "3项" and up to four category marks (the count is the information; colour adds).
  const float y3 = min.y + pad + line * 2;
  if (count.total > 0) {
    const std::string n = FormatInt(ctx.T(Str::kCalDayCount), count.total);
    const float n_w = std::min(ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0, n.c_str()).x, w - pad * 2);
    DrawTextFit(draw, ImVec2(x, y3), w - pad * 2, px, palette::Rgb(palette::kText), n);
    const float mark = std::max(6.0f, px * 0.45f);
    float mx = x + n_w + pad;
    for (const auto& [category_id, n_in_category] : count.by_category) {
      if (mx + mark > max.x - pad) break;
      const CategoryInfo* c = Category(category_id);
      const unsigned rgb = c ? c->rgb : 0x808080;
      draw->AddRectFilled(ImVec2(mx, y3 + (px - mark) / 2), ImVec2(mx + mark, y3 + (px + mark) / 2),
                          palette::Rgb(rgb), 2.0f);
      mx += mark + std::max(2.0f, mark * 0.3f);
    }
  }

  // The whole cell opens the day. Its label is the ISO date and the count in words
  // ("2026-11-27 9项"), what a driver or a test (or a screen reader) needs to know of it.
  const std::string target =
      count.total > 0 ? date.Iso() + " " + FormatInt(ctx.T(Str::kCalDayCount), count.total) : date.Iso();
  if (TouchArea(ctx.touch, target, "day", min, max)) Push(Step{CalendarView::kDay, date, 0});
}

}  // namespace kiosk::ui
