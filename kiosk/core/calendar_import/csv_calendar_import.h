// kiosk/core/calendar_import/csv_calendar_import.h — reads the activity calendar as office staff keep it in Excel
// or WPS and save it as CSV (UTF-8, UTF-8 with BOM, or GBK). One row is one activity; a
// repeating activity has an RRULE in its 重复 column. Columns (Chinese or English header, any
// order) are documented in tools/office/README.md; data/demo/example-calendar.csv is an example.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "kiosk/core/calendar_import/calendar_source.h"

namespace kiosk {

// `bytes` as read from disk; `file_name` names the file in problems; `base_dir` resolves poster paths.
SourceCalendar ParseCsvCalendar(std::string_view bytes, const std::string& file_name,
                                const std::filesystem::path& base_dir, const ImportWindow& window);

}  // namespace kiosk
