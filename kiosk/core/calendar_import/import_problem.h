// kiosk/core/calendar_import/import_problem.h — one problem found in an office calendar file, reported to the
// user as one readable line: "FILE:LINE: field: 中文 / English".
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct ImportProblem {
  std::string file;   // as the user named it
  int line = 0;       // 1-based physical line; 0 when the problem is about the whole file
  std::string field;  // property or column name as written in the file, e.g. DTEND or 类别
  std::string zh;     // what is wrong, in Chinese
  std::string en;     // the same in English

  // "events.ics:12: DTEND: 结束时间早于开始时间 / end is before start"; printable (PrintableText).
  std::string Format() const;
};

using ImportProblems = std::vector<ImportProblem>;

// Shortens user text for quoting inside a problem line (keeps whole UTF-8 characters, escapes
// control characters).
std::string QuoteForProblem(std::string_view text, size_t max_bytes = 60);

}  // namespace kiosk
