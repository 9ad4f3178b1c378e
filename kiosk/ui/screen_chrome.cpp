// kiosk/ui/screen_chrome.cpp — top bar and date formatting.
#include "kiosk/ui/screen_chrome.h"

#include <imgui.h>

#include <array>
#include <cfloat>
#include <cstdio>
#include <stdexcept>

#include "kiosk/core/time/lunar_calendar.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {
namespace {

constexpr std::array<Str, 7> kWeekdays = {Str::kWeekdaySun, Str::kWeekdayMon, Str::kWeekdayTue,
                                          Str::kWeekdayWed, Str::kWeekdayThu, Str::kWeekdayFri,
                                          Str::kWeekdaySat};
constexpr std::array<const char*, 7> kShortWeekdaysZh = {"周日", "周一", "周二", "周三",
                                                         "周四", "周五", "周六"};
constexpr std::array<const char*, 12> kMonthsEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string FormatLongDate(const LocalDate& date, Lang lang) {
  char buf[96];
  const char* weekday = Tr(kWeekdays[static_cast<size_t>(date.Weekday())], lang);
  if (lang == Lang::kZh)
    std::snprintf(buf, sizeof buf, "%d年%d月%d日 %s", date.year, date.month, date.day, weekday);
  else
    std::snprintf(buf, sizeof buf, "%s %d %s %d", weekday, date.day,
                  kMonthsEn[static_cast<size_t>(date.month - 1)], date.year);
  return buf;
}

std::string FormatShortDate(const LocalDate& date, Lang lang) {
  char buf[64];
  const auto wd = static_cast<size_t>(date.Weekday());
  if (lang == Lang::kZh)
    std::snprintf(buf, sizeof buf, "%d月%d日 %s", date.month, date.day, kShortWeekdaysZh[wd]);
  else
    std::snprintf(buf, sizeof buf, "%.3s %d %s", Tr(kWeekdays[wd], lang), date.day,
                  kMonthsEn[static_cast<size_t>(date.month - 1)]);
  return buf;
}

std::string FormatLunarDate(const LocalDate& date, Lang lang) {
  try {
    const LunarDate lunar = LunarDateOf(date);
    if (lang == Lang::kZh) return std::string(Tr(Str::kLunarPrefix, lang)) + lunar.FullName();
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s %s%d-%d", Tr(Str::kLunarPrefix, lang), lunar.leap_month ? "L" : "",
                  lunar.month, lunar.day);
    return buf;
  } catch (const std::exception&) {
    return {};  // ICU without Chinese calendar data: show the Gregorian date only
  }
}

std::string DateGlyphs() { return "年月日周日一二三四五六七八九十冬腊正闰初廿卅"; }

float DrawTopBar(ScreenContext& ctx, std::string_view title) { return DrawTopBar(ctx, title, nullptr); }

float DrawTopBar(ScreenContext& ctx, std::string_view title, bool* back_tapped) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_h = MinTargetPx();
  const float bar_h = button_h + style.WindowPadding.y * 2;
  const ImVec2 origin = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  ImGui::PushClipRect(origin, ImVec2(origin.x + width, origin.y + bar_h), false);  // edge to edge
  ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + bar_h),
                                            palette::Rgb(palette::kPartyRed));

  const float button_w = std::max(button_h * 1.9f, Em(4.5f));
  const ButtonColors& nav_colors = buttons::kSecondary;

  ImGui::SetCursorScreenPos(ImVec2(origin.x + style.WindowPadding.x, origin.y + style.WindowPadding.y));
  if (TouchButton(ctx.touch, ctx.T(Str::kBack), ImVec2(button_w, button_h), nav_colors)) {
    if (back_tapped)
      *back_tapped = true;
    else
      ctx.nav.Back();
  }

  // The title between the buttons: in the heading font, or the body font where that runs under
  // them (an English title in 大字 on a portrait panel); never smaller than body text.
  const float room = width - 2 * (style.WindowPadding.x + button_w + style.ItemSpacing.x);
  ImFont* font = HeadingFont();
  ImVec2 title_size = MeasureText(font, font->FontSize, FLT_MAX, 0, title);
  if (title_size.x > room) {
    font = ImGui::GetFont();
    title_size = MeasureText(font, font->FontSize, FLT_MAX, 0, title);
  }
  DrawText(ImGui::GetWindowDrawList(), font, font->FontSize,
           ImVec2(origin.x + (width - title_size.x) / 2, origin.y + (bar_h - title_size.y) / 2),
           palette::Rgb(palette::kOnDark), title);

  ImGui::SetCursorScreenPos(
      ImVec2(origin.x + width - style.WindowPadding.x - button_w, origin.y + style.WindowPadding.y));
  if (TouchButton(ctx.touch, ctx.T(Str::kHome), ImVec2(button_w, button_h), nav_colors)) ctx.nav.Home();
  ImGui::PopClipRect();

  ImGui::SetCursorScreenPos(ImVec2(origin.x + style.WindowPadding.x, origin.y + bar_h + style.ItemSpacing.y));
  return bar_h;
}

}  // namespace kiosk::ui
