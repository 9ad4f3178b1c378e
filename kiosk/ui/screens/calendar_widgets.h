// kiosk/ui/screens/calendar_widgets.h — drawing pieces the calendar views share: list rows that
// are tappable only while big enough, filter chips that say "on" in words, the horizontal swipe,
// text squeezed into a cell, the QR code, and the one-line formats of dates and seats.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/ui/strings.h"
#include "kiosk/ui/touch_layer.h"

namespace kiosk::ui {

// A tappable list row over [min, max] (already drawn); a target only while wholly visible: a row
// cut by the list's edge is not a target.
bool ListRowArea(TouchLayer& touch, std::string_view label, std::string_view id_suffix, ImVec2 min,
                 ImVec2 max);

// A filter chip: a colour swatch (when given), the name, and "✓" plus a dark fill when on.
bool FilterChip(TouchLayer& touch, std::string_view label, bool on, std::optional<unsigned> swatch,
                ImVec2 size);

// A horizontal drag that started in [min, max] and was released beyond the threshold
// (3 em or 12% of the width, and mostly sideways): +1 = dragged left (next), -1 = right.
// Returns 0 on every other frame.
int HorizontalSwipe(ImVec2 min, ImVec2 max);
// While such a drag is under way: how far it has gone sideways (for the content to follow).
float SwipeOffset(ImVec2 min, ImVec2 max);

// Draws `text` at `pos` at `px`, never smaller: a text wider than `max_width` is cut to end in "…".
void DrawTextFit(ImDrawList* draw, ImVec2 pos, float max_width, float px, ImU32 colour,
                 std::string_view text);

// A QR code as rows of modules; empty when the text is too long for any QR version.
struct QrModules {
  int width = 0;
  std::vector<uint8_t> dark;  // width * width, 1 = dark module
};
QrModules EncodeQr(const std::string& text);
// Draws the code in a white square of `side` pixels at `pos` with a 4-module quiet zone.
void DrawQr(ImDrawList* draw, const QrModules& qr, ImVec2 pos, float side);

std::string FormatInt(const char* format, int value);
std::string FormatInt2(const char* format, int a, int b);
// Seats as words: "余3位（共15位）", "已满 · 候补2人", "不限人数".
std::string SeatsText(const Seats& seats, Lang lang);
// The seats text of a list row in a box whose right edge is at `top_right`: words in a box, so
// "full" is never said by colour alone. Returns the box's bottom edge.
float DrawSeatsBadge(const std::string& text, bool full, ImVec2 top_right);
// "2026年11月" / "November 2026"
std::string FormatMonthTitle(int year, int month, Lang lang);
// "周一" / "Mon", weekday 0 = Sunday
std::string ShortWeekday(int weekday, Lang lang);
// A category's colour lightened for a background that dark text can sit on (7:1).
unsigned LightTint(unsigned rgb);

// The shortest start of the category's name (in `lang`) that no other category's name starts
// with: "党" for 党建, "En" / "Ed" / "El" for Environment, Education, Elder care.
std::string CategoryMark(const std::vector<CategoryInfo>& categories, int64_t id, Lang lang);
// A category mark: its word in dark text on the category's light tint, outlined (text 7:1, edge
// 3:1, so the colour is never alone). Returns its width; draws nothing when `measure_only`.
float DrawCategoryMark(const std::string& mark, unsigned rgb, ImVec2 pos, float px, bool measure_only);

// A section heading: a red bar and the text.
void DrawSectionHeading(const char* text);

}  // namespace kiosk::ui
