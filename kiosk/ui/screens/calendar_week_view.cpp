// kiosk/ui/screens/calendar_week_view.cpp — seven days side by side in landscape (a column each,
// scrolled together by dragging), a day-by-day list in portrait. A sideways drag changes week.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/activity_row.h"
#include "kiosk/ui/widgets/list_pager.h"

namespace kiosk::ui {
namespace {

LocalDate MondayOf(const LocalDate& d) { return d.AddDays(-((d.Weekday() + 6) % 7)); }

std::string WeekTitle(const LocalDate& monday, Lang lang) {
  const LocalDate sunday = monday.AddDays(6);
  char buf[64];
  if (lang == Lang::kZh)
    std::snprintf(buf, sizeof buf, "%d月%d日–%d月%d日", monday.month, monday.day, sunday.month, sunday.day);
  else
    std::snprintf(buf, sizeof buf, "%d/%d – %d/%d", monday.day, monday.month, sunday.day, sunday.month);
  return buf;
}

}  // namespace

void CalendarScreen::DrawWeek(ScreenContext& ctx) {
  const Lang lang = ctx.settings.lang;
  const LocalDate monday = MondayOf(top().date);
  const int step = DrawToolbar(ctx, Str::kCalPrevWeek, Str::kCalNextWeek, WeekTitle(monday, lang));
  if (step != 0) {
    top().date = monday.AddDays(7 * step);
    reset_scroll_ = true;
  }
  const auto& items = List(ctx, week_list_, monday, monday.AddDays(6));

  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.4f), Em(0.4f)));
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  ImGui::BeginChild("week", ImVec2(avail.x, avail.y - ListPagerHeight()), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  if (reset_scroll_) {
    ImGui::SetScrollY(0);
    reset_scroll_ = false;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 child_min = ImGui::GetWindowPos();
  const ImVec2 child_max(child_min.x + ImGui::GetWindowWidth(), child_min.y + ImGui::GetWindowHeight());

  if (!ctx.portrait()) {
    // Seven columns; each entry a box with its time, title and category in words.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = std::max(Em(0.25f), MinTargetGapPx());  // the boxes are targets: 2 mm apart
    const float col_w = (width - gap * 6) / 7;
    const float pad = Em(0.25f);
    float tallest = 0;
    for (int c = 0; c < 7; ++c) {
      const LocalDate day = monday.AddDays(c);
      const float x = origin.x + static_cast<float>(c) * (col_w + gap);
      float y = origin.y;
      const bool today = day == ctx.now.date;
      const DayLabel& label = LabelOf(day);
      // Header: weekday and date, then festival or lunar day; today framed and named.
      const std::string head =
          ShortWeekday(day.Weekday(), lang) + " " + std::to_string(day.month) + "/" + std::to_string(day.day);
      const std::string sub =
          today ? std::string(ctx.T(Str::kCalToday))
          : !label.festivals.empty()
              ? (lang == Lang::kZh ? label.festivals.front().name_zh : label.festivals.front().name_en)
              : label.lunar;
      const float head_h = ImGui::GetFontSize() * 2.6f;
      draw->AddRectFilled(ImVec2(x, y), ImVec2(x + col_w, y + head_h),
                          palette::Rgb(today ? palette::kPartyRed : palette::kNeutralButton),
                          style.FrameRounding);
      DrawTextFit(draw, ImVec2(x + pad, y + pad * 0.5f), col_w - pad * 2, ImGui::GetFontSize(),
                  palette::Rgb(palette::kOnDark), head);
      DrawTextFit(draw, ImVec2(x + pad, y + pad * 0.5f + ImGui::GetFontSize() * 1.2f), col_w - pad * 2,
                  ImGui::GetFontSize(), palette::Rgb(palette::kOnDark), sub);
      y += head_h + gap;
      bool any = false;
      for (const CalendarOccurrence& o : items) {
        if (o.summary.start.date != day) continue;
        any = true;
        const float wrap = col_w - pad * 2;
        const ImVec2 title_size = MeasureText(o.summary.title, wrap);
        const std::string category = lang == Lang::kZh ? o.summary.category : o.category_en;
        const float box_h = std::max(MinTargetPx(), pad * 2 + ImGui::GetFontSize() * 2.6f + title_size.y);
        const ImVec2 bmin(x, y), bmax(x + col_w, y + box_h);
        draw->AddRectFilled(bmin, bmax, palette::Rgb(LightTint(o.category_rgb)), style.FrameRounding * 0.5f);
        draw->AddRectFilled(bmin, ImVec2(x + Em(0.2f), bmax.y), palette::Rgb(o.category_rgb));
        float ty = y + pad;
        DrawText(draw, ImVec2(x + pad * 1.5f, ty), palette::Rgb(palette::kText),
                 o.summary.start.HourMinute());
        ty += ImGui::GetFontSize() * 1.3f;
        DrawText(draw, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x + pad * 1.5f, ty),
                 palette::Rgb(palette::kText), o.summary.title, wrap - pad * 0.5f);
        ty += title_size.y;
        DrawTextFit(draw, ImVec2(x + pad * 1.5f, ty), wrap - pad, ImGui::GetFontSize(),
                    palette::Rgb(palette::kTextMuted), category);
        if (ListRowArea(ctx.touch, ActivityTargetLabel(o.summary.title, o.summary.start, lang),
                        std::to_string(o.summary.occurrence_id), bmin, bmax))
          OpenDetail(o.summary.occurrence_id);
        y += box_h + gap;
      }
      if (!any) {
        DrawText(draw, ImVec2(x + pad, y), palette::Rgb(palette::kTextMuted), ctx.T(Str::kCalNothing));
        y += ImGui::GetFontSize() * 1.5f;
      }
      tallest = std::max(tallest, y - origin.y);
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, tallest));
  } else {
    // Portrait: one section a day.
    for (int c = 0; c < 7; ++c) {
      const LocalDate day = monday.AddDays(c);
      const DayLabel& label = LabelOf(day);
      std::string heading = FormatShortDate(day, lang);
      if (!label.lunar.empty()) heading += " · " + label.lunar;
      if (!label.festivals.empty())
        heading +=
            " · " + (lang == Lang::kZh ? label.festivals.front().name_zh : label.festivals.front().name_en);
      if (day == ctx.now.date) heading += " · " + std::string(ctx.T(Str::kCalToday));
      DrawSectionHeading(heading.c_str());
      bool any = false;
      for (const CalendarOccurrence& o : items) {
        if (o.summary.start.date != day) continue;
        any = true;
        if (DrawActivityRow(ctx, o, false)) OpenDetail(o.summary.occurrence_id);
      }
      if (!any) {
        ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
        ShowText(ctx.T(Str::kCalNothing));
        ImGui::PopStyleColor();
      }
      ImGui::Dummy(ImVec2(0, Em(0.3f)));
    }
  }
  ctx.touch.DragScrollCurrentWindow();
  const int swipe = HorizontalSwipe(child_min, child_max);
  const ListPage page = ListPageInside(&page_turn_);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + avail.y - ListPagerHeight()));
  page_turn_ = ListPagerBar(ctx.touch, page, lang, avail.x);
  if (swipe != 0) {
    top().date = monday.AddDays(7 * swipe);
    reset_scroll_ = true;
  }
}

}  // namespace kiosk::ui
