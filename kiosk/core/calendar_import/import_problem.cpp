// kiosk/core/calendar_import/import_problem.cpp — formatting of import problems.
#include "kiosk/core/calendar_import/import_problem.h"

#include "kiosk/core/text/text_gate.h"
#include "kiosk/core/text/utf8.h"

namespace kiosk {

std::string ImportProblem::Format() const {
  // Appends only: GCC 12 at -O3 reports a false -Wrestrict for "literal" + std::string.
  std::string out = file;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": ";
  if (!field.empty()) {
    out += field;
    out += ": ";
  }
  out += zh;
  out += " / ";
  out += en;
  return PrintableText(out);  // whatever bytes the file held, the line prints whole
}

std::string QuoteForProblem(std::string_view text, size_t max_bytes) {
  std::string out(1, '"');
  out.append(PrintableText(FitUtf8Bytes(text, max_bytes)));
  if (text.size() > max_bytes) out.append("…");
  out.push_back('"');
  return out;
}

}  // namespace kiosk
