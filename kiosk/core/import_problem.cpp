// kiosk/core/import_problem.cpp — formatting of import problems.
#include "kiosk/core/import_problem.h"

namespace kiosk {

std::string ImportProblem::Format() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  out += zh + " / " + en;
  return out;
}

std::string QuoteForProblem(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return "\"" + std::string(text) + "\"";
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
  return "\"" + std::string(text.substr(0, cut)) + "…\"";
}

}  // namespace kiosk
