// kiosk/core/calendar_import/ics_lines.cpp — unfolding and content-line splitting for iCalendar text.
#include "kiosk/core/calendar_import/ics_lines.h"

#include <algorithm>
#include <cctype>

namespace kiosk {

namespace {

std::string Upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

}  // namespace

std::vector<IcsLine> UnfoldIcsLines(std::string_view text) {
  std::vector<IcsLine> lines;
  int physical = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    ++physical;
    pos = end + 1;
    if ((line.starts_with(' ') || line.starts_with('\t')) && !lines.empty()) {
      lines.back().text.append(line.substr(1));
    } else if (!line.empty()) {
      lines.push_back({physical, std::string(line)});
    }
  }
  return lines;
}

std::optional<std::string> IcsContentLine::Param(std::string_view param_name) const {
  for (const auto& [key, param_value] : params) {
    if (key == param_name) return param_value;
  }
  return std::nullopt;
}

std::optional<IcsContentLine> SplitIcsContentLine(std::string_view text) {
  IcsContentLine out;
  size_t i = 0;
  while (i < text.size() && text[i] != ';' && text[i] != ':') ++i;
  if (i == 0 || i == text.size()) return std::nullopt;
  out.name = Upper(text.substr(0, i));
  while (i < text.size() && text[i] == ';') {
    ++i;
    const size_t eq = text.find('=', i);
    if (eq == std::string_view::npos) return std::nullopt;
    std::string key = Upper(text.substr(i, eq - i));
    i = eq + 1;
    std::string value;
    while (i < text.size()) {  // a param may hold several values; keep the text between commas as is
      if (text[i] == '"') {
        const size_t close = text.find('"', i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        value.append(text.substr(i + 1, close - i - 1));
        i = close + 1;
      } else if (text[i] == ';' || text[i] == ':') {
        break;
      } else {
        value += text[i++];
      }
    }
    out.params.emplace_back(std::move(key), std::move(value));
  }
  if (i >= text.size() || text[i] != ':') return std::nullopt;
  out.value = std::string(text.substr(i + 1));
  return out;
}

std::string UnescapeIcsText(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      const char next = value[++i];
      out += (next == 'n' || next == 'N') ? '\n' : next;
    } else {
      out += value[i];
    }
  }
  return out;
}

std::vector<std::string> SplitIcsList(std::string_view value) {
  std::vector<std::string> items;
  std::string current;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      current += value[i];
      current += value[++i];
    } else if (value[i] == ',') {
      items.push_back(std::move(current));
      current.clear();
    } else {
      current += value[i];
    }
  }
  items.push_back(std::move(current));
  return items;
}

}  // namespace kiosk
