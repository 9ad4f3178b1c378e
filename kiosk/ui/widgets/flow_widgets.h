// kiosk/ui/widgets/flow_widgets.h — pieces the sign-up, my sign-ups and volunteer flows share:
// number and time formats that never show a whole phone number, wrapped text blocks (drawn
// through ImGui's text widgets, so tests can read them), a plain message with one button, a
// label-value fact row.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kiosk/core/time/local_time.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {

// "%s" formats from the string table with one text value.
std::string FormatText(const char* format, std::string_view value);
// While typing: "138 1234 5678" (groups of 3, 4, 4; partial numbers grouped the same way).
std::string GroupedPhone(std::string_view digits);
// After the number is accepted, only this is ever shown: "尾号5678" / "ending 5678".
std::string PhoneTailText(std::string_view digits, Lang lang);
// "2小时30分" / "2 h 30 min".
std::string HoursMinutesText(int64_t minutes, Lang lang);
// "11月28日 周六 14:30–16:00" (the end's date too when it differs).
std::string WhenText(const LocalDateTime& start, const LocalDateTime& end, Lang lang);

// Text wrapped at `width` from the cursor, `scale` times the body size, optionally muted.
void WrappedText(std::string_view text, float width, float scale = 1.0f, bool muted = false);
// Text in the heading face (1.5x), optionally enlarged further by `scale`, wrapped at `width`.
void HeadingText(std::string_view text, float width, float scale = 1.0f);
// "地点  同福社区 青少年活动室": the name muted in a fixed column, the value wrapped beside it.
void FactRow(std::string_view name, std::string_view value, float width);
// An inline notice (a bad number, a refused action): a bordered box with the text in words.
void NoticeBox(std::string_view text, float width);

// A plain message centred in the content area, with one big button under it; true on a tap.
bool MessageWithButton(ScreenContext& ctx, std::string_view message, std::string_view button);

}  // namespace kiosk::ui
