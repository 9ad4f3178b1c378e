// kiosk/core/calendar_import/ics_lines.h — the content-line layer of iCalendar (RFC 5545 section 3.1): unfolding
// continuation lines while remembering the physical line each logical line starts on, and
// splitting "NAME;PARAM=x;PARAM="y":value" into its parts. Values are left escaped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

struct IcsLine {
  int line = 0;      // physical line number where this logical line starts
  std::string text;  // unfolded
};

// CRLF or LF line ends; a line starting with a space or tab continues the previous one.
std::vector<IcsLine> UnfoldIcsLines(std::string_view text);

struct IcsContentLine {
  std::string name;  // upper case, e.g. DTSTART or X-KIOSK-SITE
  std::vector<std::pair<std::string, std::string>> params;  // names upper case, quotes removed
  std::string value;                                        // still escaped
  std::optional<std::string> Param(std::string_view param_name) const;
};

// nullopt when there is no name or no ':' outside quotes.
std::optional<IcsContentLine> SplitIcsContentLine(std::string_view text);

// TEXT value unescaping: \n \N \, \; \\ (RFC 5545 3.3.11).
std::string UnescapeIcsText(std::string_view value);
// Splits a list value on commas that are not escaped (CATEGORIES, EXDATE, RDATE).
std::vector<std::string> SplitIcsList(std::string_view value);

}  // namespace kiosk
