// kiosk/core/calendar_import/ics_lines.cpp — unfolding and content-line splitting for iCalendar text.
#include "kiosk/core/calendar_import/ics_lines.h"

#include <algorithm>
#include <cctype>

namespace kiosk {

namespace {

std::string Upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

}  // namespace

IcsLineReader::IcsLineReader(std::function<bool(std::string&)> next_chunk, int first_line,
                             uint64_t first_offset)
    : next_chunk_(std::move(next_chunk)), physical_(first_line), offset_(first_offset) {}

bool IcsLineReader::NextPhysical(std::string_view& line) {
  size_t end = buffer_.find('\n', pos_);
  while (end == std::string::npos && !end_) {
    buffer_.erase(0, pos_);  // keep only the unread part, then read on
    pos_ = 0;
    const size_t searched = buffer_.size();
    end_ = !next_chunk_(buffer_);
    end = buffer_.find('\n', searched);
  }
  if (pos_ >= buffer_.size()) return false;
  const size_t stop = end == std::string::npos ? buffer_.size() : end;
  line = std::string_view(buffer_).substr(pos_, stop - pos_);
  const size_t taken = (end == std::string::npos ? stop : end + 1) - pos_;
  line_offset_ = offset_;
  offset_ += taken;
  pos_ += taken;
  if (line.ends_with('\r')) line.remove_suffix(1);
  ++physical_;
  return true;
}

std::optional<IcsLine> IcsLineReader::Next() {
  std::string_view line;
  while (NextPhysical(line)) {
    if ((line.starts_with(' ') || line.starts_with('\t')) && pending_) {
      pending_->text.append(line.substr(1));
      pending_->end_offset = offset_;
    } else if (!line.empty()) {
      std::optional<IcsLine> done = std::move(pending_);
      pending_ = IcsLine{physical_ - 1, std::string(line), line_offset_, offset_};
      if (done) return done;
    }
  }
  std::optional<IcsLine> last = std::move(pending_);
  pending_.reset();
  return last;
}

std::vector<IcsLine> UnfoldIcsLines(std::string_view text) {
  bool given = false;
  IcsLineReader reader([&](std::string& buffer) {
    if (given) return false;
    given = true;
    buffer.append(text);
    return true;
  });
  std::vector<IcsLine> lines;
  while (std::optional<IcsLine> line = reader.Next()) lines.push_back(std::move(*line));
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
