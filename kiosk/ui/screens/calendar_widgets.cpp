// kiosk/ui/screens/calendar_widgets.cpp — shared drawing pieces of the calendar views.
#include "kiosk/ui/screens/calendar_widgets.h"

#include <imgui_internal.h>
#include <qrencode.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <memory>

#include "kiosk/core/text/utf8.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {

bool ListRowArea(TouchLayer& touch, std::string_view label, std::string_view id_suffix, ImVec2 min,
                 ImVec2 max) {
  return TouchArea(touch, label, id_suffix, min, max);  // a target only while wholly visible
}

bool FilterChip(TouchLayer& touch, std::string_view label, bool on, std::optional<unsigned> swatch,
                ImVec2 size) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  size.x = std::max(size.x, MinTargetPx());
  size.y = std::max(size.y, MinTargetPx());
  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  draw->AddRectFilled(min, max, palette::Rgb(on ? palette::kNeutralButton : palette::kSurface),
                      style.FrameRounding);
  draw->AddRect(min, max, palette::Rgb(palette::kBorder), style.FrameRounding, 0, 2.0f);
  float x = min.x + style.FramePadding.x;
  const float cy = (min.y + max.y) / 2;
  const ImU32 text = palette::Rgb(on ? palette::kOnDark : palette::kText);
  const float px = ImGui::GetFontSize();
  if (on) {  // the state in words: a tick, not only a darker fill
    DrawText(draw, ImVec2(x, cy - px / 2), text, "✓");
    x += MeasureText("✓").x + style.ItemInnerSpacing.x;
  }
  if (swatch) {
    const float s = px * 0.6f;
    draw->AddRectFilled(ImVec2(x, cy - s / 2), ImVec2(x + s, cy + s / 2), palette::Rgb(*swatch), 3.0f);
    draw->AddRect(ImVec2(x, cy - s / 2), ImVec2(x + s, cy + s / 2), palette::Rgb(palette::kOnDark), 3.0f);
    x += s + style.ItemInnerSpacing.x;
  }
  DrawTextFit(draw, ImVec2(x, cy - px / 2), max.x - style.FramePadding.x - x, px, text, label);
  const bool tapped = TouchArea(touch, label, "chip", min, max);
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(size);
  return tapped;
}

namespace {

bool DragStartedIn(ImVec2 min, ImVec2 max) {
  const ImVec2 c = ImGui::GetIO().MouseClickedPos[0];
  return c.x >= min.x && c.x < max.x && c.y >= min.y && c.y < max.y;
}

float SwipeThreshold(ImVec2 min, ImVec2 max) { return std::max(Em(3.0f), (max.x - min.x) * 0.12f); }

}  // namespace

int HorizontalSwipe(ImVec2 min, ImVec2 max) {
  if (!ImGui::IsMouseReleased(0) || !DragStartedIn(min, max)) return 0;
  const ImGuiIO& io = ImGui::GetIO();
  const float dx = io.MousePos.x - io.MouseClickedPos[0].x;
  const float dy = io.MousePos.y - io.MouseClickedPos[0].y;
  if (std::fabs(dx) < SwipeThreshold(min, max) || std::fabs(dx) < 1.5f * std::fabs(dy)) return 0;
  return dx < 0 ? +1 : -1;
}

float SwipeOffset(ImVec2 min, ImVec2 max) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.MouseDown[0] || !DragStartedIn(min, max)) return 0;
  const float dx = io.MousePos.x - io.MouseClickedPos[0].x;
  const float dy = io.MousePos.y - io.MouseClickedPos[0].y;
  if (std::fabs(dx) < TapSlopPx() || std::fabs(dx) < std::fabs(dy)) return 0;
  return std::clamp(dx, -(max.x - min.x) * 0.3f, (max.x - min.x) * 0.3f);
}

void DrawTextFit(ImDrawList* draw, ImVec2 pos, float max_width, float px, ImU32 colour,
                 std::string_view text) {
  if (text.empty() || max_width <= 0) return;
  ImFont* font = ImGui::GetFont();
  const auto width = [&](std::string_view s) { return MeasureText(font, px, FLT_MAX, 0, s).x; };
  // Never smaller (the glyphs keep their size on every screen): what does not fit ends in "…".
  std::string shown(text);
  if (width(text) > max_width) {
    size_t kept = 0;
    while (kept < text.size()) {
      const size_t next = kept + DecodeUtf8(text.substr(kept)).length;
      if (width(text.substr(0, next)) + width("…") > max_width) break;
      kept = next;
    }
    shown = std::string(text.substr(0, kept)) + "…";
  }
  draw->PushClipRect(pos, ImVec2(pos.x + max_width, pos.y + px * 1.3f), true);
  DrawText(draw, font, px, pos, colour, shown);
  draw->PopClipRect();
}

QrModules EncodeQr(const std::string& text) {
  struct QrFree {
    void operator()(QRcode* q) const { QRcode_free(q); }
  };
  std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M));
  QrModules qr;
  if (!code) return qr;
  qr.width = code->width;
  qr.dark.resize(static_cast<size_t>(qr.width) * qr.width);
  for (size_t i = 0; i < qr.dark.size(); ++i) qr.dark[i] = code->data[i] & 1;  // bit 0: dark module
  return qr;
}

void DrawQr(ImDrawList* draw, const QrModules& qr, ImVec2 pos, float side) {
  draw->AddRectFilled(pos, ImVec2(pos.x + side, pos.y + side), IM_COL32_WHITE);
  if (qr.width == 0) return;
  const float module = side / static_cast<float>(qr.width + 8);
  const ImU32 black = IM_COL32_BLACK;
  for (int y = 0; y < qr.width; ++y) {
    int x = 0;
    while (x < qr.width) {  // one rectangle per run of dark modules
      if (!qr.dark[static_cast<size_t>(y * qr.width + x)]) {
        ++x;
        continue;
      }
      int run_end = x;
      while (run_end < qr.width && qr.dark[static_cast<size_t>(y * qr.width + run_end)]) ++run_end;
      const float x0 = pos.x + module * static_cast<float>(x + 4),
                  y0 = pos.y + module * static_cast<float>(y + 4);
      draw->AddRectFilled(
          ImVec2(std::floor(x0), std::floor(y0)),
          ImVec2(std::floor(pos.x + module * static_cast<float>(run_end + 4)), std::floor(y0 + module)),
          black);
      x = run_end;
    }
  }
}

std::string FormatInt(const char* format, int value) {
  char buf[96];
  std::snprintf(buf, sizeof buf, format, value);
  return buf;
}

std::string FormatInt2(const char* format, int a, int b) {
  char buf[96];
  std::snprintf(buf, sizeof buf, format, a, b);
  return buf;
}

std::string SeatsText(const Seats& seats, Lang lang) {
  const std::optional<int> left = seats.Left();
  if (!left) return Tr(Str::kNoSeatLimit, lang);
  if (seats.Full()) {
    std::string text = Tr(Str::kSeatsFull, lang);
    if (seats.waitlisted > 0) text += " · " + FormatInt(Tr(Str::kDetailWaitlist, lang), seats.waitlisted);
    return text;
  }
  return FormatInt2(Tr(Str::kDetailSeatsOf, lang), *left, *seats.capacity);
}

std::string FormatMonthTitle(int year, int month, Lang lang) {
  static constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
  char buf[64];
  if (lang == Lang::kZh)
    std::snprintf(buf, sizeof buf, "%d年%d月", year, month);
  else
    std::snprintf(buf, sizeof buf, "%s %d", kMonths[static_cast<size_t>(std::clamp(month, 1, 12) - 1)], year);
  return buf;
}

std::string ShortWeekday(int weekday, Lang lang) {
  static constexpr std::array<const char*, 7> kZh = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
  static constexpr std::array<const char*, 7> kEn = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  const auto i = static_cast<size_t>(((weekday % 7) + 7) % 7);
  return lang == Lang::kZh ? kZh[i] : kEn[i];
}

unsigned LightTint(unsigned rgb) {
  const auto mix = [](unsigned c) { return static_cast<unsigned>(c * 0.15 + 255 * 0.85); };
  return (mix((rgb >> 16) & 0xff) << 16) | (mix((rgb >> 8) & 0xff) << 8) | mix(rgb & 0xff);
}

std::string CategoryMark(const std::vector<CategoryInfo>& categories, int64_t id, Lang lang) {
  const auto name_of = [lang](const CategoryInfo& c) -> const std::string& {
    return lang == Lang::kZh ? c.name_zh : c.name_en;
  };
  const auto it =
      std::find_if(categories.begin(), categories.end(), [id](const CategoryInfo& c) { return c.id == id; });
  if (it == categories.end()) return {};
  const std::string& name = name_of(*it);
  for (size_t chars = 1; chars <= CountCodePoints(name); ++chars) {
    const std::string_view prefix = FirstCodePoints(name, chars);
    const bool unique = std::none_of(categories.begin(), categories.end(), [&](const CategoryInfo& other) {
      return other.id != id && std::string_view(name_of(other)).substr(0, prefix.size()) == prefix;
    });
    if (unique) return std::string(prefix);
  }
  return name;
}

float DrawCategoryMark(const std::string& mark, unsigned rgb, ImVec2 pos, float px, bool measure_only) {
  const float pad = px * 0.15f;
  const float w = MeasureText(ImGui::GetFont(), px, FLT_MAX, 0, mark).x + pad * 2;
  if (measure_only) return w;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + px), palette::Rgb(LightTint(rgb)), 3.0f);
  draw->AddRect(pos, ImVec2(pos.x + w, pos.y + px), palette::Rgb(rgb), 3.0f, 0, 2.0f);
  DrawText(draw, ImGui::GetFont(), px, ImVec2(pos.x + pad, pos.y), palette::Rgb(palette::kText), mark);
  return w;
}

float DrawSeatsBadge(const std::string& text, bool full, ImVec2 top_right) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float w = MeasureText(text).x + style.FramePadding.x * 2;
  const ImVec2 min(top_right.x - w, top_right.y);
  const ImVec2 max(top_right.x, top_right.y + ImGui::GetFontSize() + style.FramePadding.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRect(min, max, palette::Rgb(full ? palette::kPartyRed : palette::kBorder), style.FrameRounding, 0,
                2.0f);
  DrawText(draw, ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
           palette::Rgb(full ? palette::kPartyRed : palette::kText), text);
  ImGui::LogText(" %s", text.c_str());  // drawn, not a text item: log it so text capture sees the seats too
  return max.y;
}

void DrawSectionHeading(const char* text) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float bar_w = Em(0.25f);
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + bar_w, p.y + ImGui::GetFontSize()),
                                            palette::Rgb(palette::kPartyRed));
  ImGui::SetCursorScreenPos(ImVec2(p.x + bar_w * 3, p.y));
  ShowText(text);
  ImGui::Dummy(ImVec2(0, Em(0.1f)));
}

}  // namespace kiosk::ui
