// kiosk/core/text/csv_cell.h — writing CSV that Excel and WPS open safely: one cell written the one
// way (RFC 4180 quoting; a leading apostrophe on anything a spreadsheet would evaluate) and the
// UTF-8 byte-order mark they need to read Chinese.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// Written first in every CSV file the project writes: without it Excel on Chinese Windows reads GBK.
inline constexpr std::string_view kCsvUtf8Bom = "\xEF\xBB\xBF";

// `text` as one CSV cell. A cell beginning with = + - @, a tab or a carriage return gets a leading
// apostrophe, so "=HYPERLINK(...)" in a title is shown, never evaluated (the OWASP rule); then
// quoted when it holds a comma, a quote or a line break.
std::string SpreadsheetCsvCell(std::string_view text);

}  // namespace kiosk
