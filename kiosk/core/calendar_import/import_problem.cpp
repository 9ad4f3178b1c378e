// kiosk/core/calendar_import/import_problem.cpp — formatting of import problems.
#include "kiosk/core/calendar_import/import_problem.h"

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
  return out;
}

std::string QuoteForProblem(std::string_view text, size_t max_bytes) {
  std::string out(1, '"');
  if (text.size() <= max_bytes) {
    out.append(text);
  } else {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
    out.append(text.substr(0, cut));
    out.append("…");
  }
  out.push_back('"');
  return out;
}

}  // namespace kiosk
