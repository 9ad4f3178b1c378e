// kiosk/ui/screen_chrome.h — the bars every screen shares: a top bar with Back, the title and
// Home (every screen has both), and the home screen's header with date, lunar date and time.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

// Draws Back | title | Home across the top and acts on taps. Returns the bar's height.
float DrawTopBar(ScreenContext& ctx, std::string_view title);
// The same, for screens with their own steps: a tap on Back sets *back_tapped instead of
// leaving the screen, so the screen can go back one of its own steps first.
float DrawTopBar(ScreenContext& ctx, std::string_view title, bool* back_tapped);

// "2026年11月27日 星期五" / "Friday 27 Nov 2026"
std::string FormatLongDate(const LocalDate& date, Lang lang);
// "11月28日 周六" / "Sat 28 Nov"
std::string FormatShortDate(const LocalDate& date, Lang lang);
// "农历十月十八" / "Lunar 10-18"
std::string FormatLunarDate(const LocalDate& date, Lang lang);
// Characters the date formats may use that no string table holds (for glyph ranges).
std::string DateGlyphs();

}  // namespace kiosk::ui
