// kiosk/ui/target_registry.cpp — per-frame list of tappable rectangles and its JSON form.
#include "kiosk/ui/target_registry.h"

#include <cmath>
#include <cstdio>

namespace kiosk::ui {

void TargetRegistry::BeginFrame() { current_.clear(); }

void TargetRegistry::EndFrame() {
  changed_ = current_ != last_;
  if (changed_) last_ = current_;
}

void TargetRegistry::Add(Target t) { current_.push_back(std::move(t)); }

std::optional<Target> TargetRegistry::Find(std::string_view label) const {
  for (const Target& t : last_)
    if (t.label == label) return t;
  return std::nullopt;
}

namespace {
void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;  // UTF-8 passes through unchanged
        }
    }
  }
  out += '"';
}
}  // namespace

std::string TargetRegistry::ToJson() const {
  std::string out = "[";
  for (size_t i = 0; i < last_.size(); ++i) {
    const Target& t = last_[i];
    if (i) out += ",";
    out += "\n  {\"label\": ";
    AppendJsonString(out, t.label);
    char buf[128];
    std::snprintf(buf, sizeof buf, ", \"x\": %d, \"y\": %d, \"w\": %d, \"h\": %d}", static_cast<int>(std::lround(t.x)),
                  static_cast<int>(std::lround(t.y)), static_cast<int>(std::lround(t.w)),
                  static_cast<int>(std::lround(t.h)));
    out += buf;
  }
  out += "\n]\n";
  return out;
}

}  // namespace kiosk::ui
