// tests/ui/elder_measure.cpp — targets and glyphs of a frame in millimetres.
#include "elder_measure.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <tuple>

#include "kiosk/core/text/utf8.h"
#include "kiosk/ui/font_sizing.h"
#include "kiosk/ui/theme.h"

namespace kiosk::test {
namespace {

bool IsShown(char32_t c) { return c > 0x20 && c != 0x3000; }  // spaces draw nothing

std::string Utf8Of(char32_t c) {
  std::string s;
  AppendUtf8(s, c);
  return s;
}

std::string Mm(double mm) {
  std::ostringstream out;
  out.precision(3);
  out << mm << " mm";
  return out.str();
}

}  // namespace

const std::vector<Panel>& AllPanels() {
  static const std::vector<Panel> panels = {
      {"21.5in_landscape", 21.5, ImVec2(1920, 1080)}, {"21.5in_portrait", 21.5, ImVec2(1080, 1920)},
      {"23.8in_landscape", 23.8, ImVec2(1920, 1080)}, {"23.8in_portrait", 23.8, ImVec2(1080, 1920)},
      {"32in_landscape", 32, ImVec2(1920, 1080)},     {"32in_portrait", 32, ImVec2(1080, 1920)}};
  return panels;
}

std::string PanelTestName(const ::testing::TestParamInfo<Panel>& param_info) {
  std::string name = param_info.param.name;
  for (char& c : name)
    if (c == '.') c = '_';
  return name;
}

std::vector<DrawnGlyph> DrawnGlyphs() {
  // Every glyph of every font, by its UV rectangle in the atlas, with what scales its drawn
  // height to the height 国 has at the same size (一 is short, 国 is what a reader calls the size).
  struct Known {
    char32_t codepoint;
    float per_drawn_px;  // 国's height in this font over this glyph's height
  };
  std::map<std::tuple<float, float, float, float>, Known> by_uv;
  const ImFont* body = ImGui::GetIO().Fonts->Fonts[0];  // always holds 国 (font_sizing.h)
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) {
    // A font without 国 (the heading face covers only its titles): 国 as the body's, scaled.
    float guo = ui::CjkGlyphHeightPx(font);
    if (guo <= 0) guo = ui::CjkGlyphHeightPx(body) * font->FontSize / body->FontSize;
    for (const ImFontGlyph& g : font->Glyphs)
      if (g.Visible && g.Y1 > g.Y0 && guo > 0)
        by_uv[{g.U0, g.V0, g.U1, g.V1}] = {g.Codepoint, guo / (g.Y1 - g.Y0)};
  }
  std::vector<DrawnGlyph> glyphs;
  const ImDrawData* data = ImGui::GetDrawData();
  if (data == nullptr) return glyphs;
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    const ImVector<ImDrawVert>& v = list->VtxBuffer;
    std::vector<ImVec4> clip_of(static_cast<size_t>(v.Size), ImVec4(0, 0, 0, 0));  // each vertex's command's
    for (const ImDrawCmd& cmd : list->CmdBuffer)
      for (unsigned i = 0; i < cmd.ElemCount; ++i)
        clip_of[list->IdxBuffer[static_cast<int>(cmd.IdxOffset + i)] + cmd.VtxOffset] = cmd.ClipRect;
    // ImFont::RenderText writes each glyph as four vertices: top-left, top-right, bottom-right,
    // bottom-left. A glyph the clip rectangle cut has other UVs and is not counted.
    for (int i = 0; i + 3 < v.Size; ++i) {
      const ImVec2 a = v[i].uv, c = v[i + 2].uv;
      if (v[i + 1].uv.x != c.x || v[i + 1].uv.y != a.y || v[i + 3].uv.x != a.x || v[i + 3].uv.y != c.y)
        continue;
      const auto it = by_uv.find({a.x, a.y, c.x, c.y});
      if (it == by_uv.end()) continue;
      const ImVec4 clip = clip_of[static_cast<size_t>(i)];
      const ImVec2 min = v[i].pos, max = v[i + 2].pos;
      glyphs.push_back({it->second.codepoint, (max.y - min.y) * it->second.per_drawn_px, min, max,
                        ImVec2(std::max(min.x, clip.x), std::max(min.y, clip.y)),
                        ImVec2(std::min(max.x, clip.z), std::min(max.y, clip.w))});
      i += 3;
    }
  }
  return glyphs;
}

std::map<char32_t, float> DrawnGlyphHeights() {
  std::map<char32_t, float> heights;
  for (const DrawnGlyph& g : DrawnGlyphs()) {
    auto [slot, added] = heights.emplace(g.codepoint, g.guo_px);
    if (!added) slot->second = std::min(slot->second, g.guo_px);
  }
  return heights;
}

std::vector<std::string> CheckTextClearOfTargets(const HeadlessUi& h, const std::string& screen) {
  std::vector<std::string> out;
  for (const DrawnGlyph& g : DrawnGlyphs()) {
    if (g.shown_min.x >= g.shown_max.x || g.shown_min.y >= g.shown_max.y) continue;  // clipped away
    for (const ui::Target& t : h.targets().last_frame()) {
      const float x0 = std::max(g.shown_min.x, t.x), y0 = std::max(g.shown_min.y, t.y);
      const float x1 = std::min(g.shown_max.x, t.x + t.w), y1 = std::min(g.shown_max.y, t.y + t.h);
      const bool touches = x1 - x0 > 0.5f && y1 - y0 > 0.5f;
      const bool inside = g.shown_min.x >= t.x - 0.5f && g.shown_min.y >= t.y - 0.5f &&
                          g.shown_max.x <= t.x + t.w + 0.5f && g.shown_max.y <= t.y + t.h + 0.5f;
      if (touches && !inside)
        out.push_back(screen + " / text 「" + Utf8Of(g.codepoint) + "」 at (" +
                      std::to_string(int(g.shown_min.x)) + ", " + std::to_string(int(g.shown_min.y)) +
                      ") is drawn across the edge of 「" + t.label + "」");
    }
  }
  return out;
}

std::vector<std::string> CheckFrame(const HeadlessUi& h, const display::PanelGeometry& panel,
                                    const std::string& screen) {
  return CheckFrame(h, panel, screen, DrawnGlyphHeights());
}

std::vector<std::string> CheckFrame(const HeadlessUi& h, const display::PanelGeometry& panel,
                                    const std::string& screen, const std::map<char32_t, float>& glyphs) {
  namespace goals = display::goals;
  std::vector<std::string> out;
  const auto& targets = h.targets().last_frame();
  if (targets.empty()) out.push_back(screen + ": no targets at all (no way back?)");
  std::set<std::string> labels;
  for (const ui::Target& t : targets) {
    const std::string where = screen + " / 「" + t.label + "」";
    if (!labels.insert(t.label).second) out.push_back(where + ": label not unique on the screen");
    for (const auto& [side, name] : {std::pair{t.w, "width"}, std::pair{t.h, "height"}})
      if (panel.Mm(side) < goals::kMinTargetMm)
        out.push_back(where + ": " + name + " " + Mm(panel.Mm(side)) + " < " + Mm(goals::kMinTargetMm));
    if (t.x < -0.5f || t.y < -0.5f || t.x + t.w > h.display().x + 0.5f || t.y + t.h > h.display().y + 0.5f)
      out.push_back(where + ": not wholly inside the window");
  }
  for (size_t i = 0; i < targets.size(); ++i)
    for (size_t j = i + 1; j < targets.size(); ++j) {
      const ui::Target &a = targets[i], &b = targets[j];
      const float gap_x = std::max(a.x, b.x) - std::min(a.x + a.w, b.x + b.w);
      const float gap_y = std::max(a.y, b.y) - std::min(a.y + a.h, b.y + b.h);
      const float gap = std::max(gap_x, gap_y);  // negative in both: they overlap
      if (panel.Mm(gap) < goals::kMinGapMm - 0.05)
        out.push_back(screen + " / 「" + a.label + "」 and 「" + b.label +
                      "」: " + (gap < -0.5f ? "overlap" : "gap " + Mm(panel.Mm(std::max(0.0f, gap)))) +
                      " < " + Mm(goals::kMinGapMm));
    }
  for (const auto& [c, px] : glyphs)
    if (IsShown(c) && panel.Mm(px) < goals::kMinBodyGlyphMm)
      out.push_back(screen + " / text 「" + Utf8Of(c) + "」: glyph " + Mm(panel.Mm(px)) + " < " +
                    Mm(goals::kMinBodyGlyphMm));
  return out;
}

std::vector<std::string> CheckLargeText(const std::map<char32_t, float>& normal,
                                        const std::map<char32_t, float>& large, const std::string& screen,
                                        float normal_body_px) {
  // Latin letters and digits are compared as one class: they come in runs (times, codes) whose
  // letters differ between two walks (a confirmation code is random), the run's size does not.
  constexpr char32_t kAlnum = U'A';
  const auto key = [](char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ? kAlnum : c;
  };
  const auto by_class = [&](const std::map<char32_t, float>& glyphs) {
    std::map<char32_t, float> out;
    for (const auto& [c, px] : glyphs) {
      auto [slot, added] = out.emplace(key(c), px);
      if (!added) slot->second = std::min(slot->second, px);
    }
    return out;
  };
  const std::map<char32_t, float> normal_classes = by_class(normal), large_classes = by_class(large);
  std::vector<std::string> out;
  for (const auto& [c, px] : normal_classes) {
    const auto it = large_classes.find(c);
    if (it == large_classes.end() || !IsShown(c)) continue;
    const double goal =
        std::min(px, normal_body_px) * display::goals::kLargeTextFactor - 1.0;  // whole pixels
    if (it->second < goal) {
      std::ostringstream line;
      line << screen << " / 大字 「" << (c == kAlnum ? std::string("A-Z a-z 0-9") : Utf8Of(c))
           << "」: " << it->second << " px, normal " << px << " px, ratio " << it->second / px << " < "
           << display::goals::kLargeTextFactor;
      out.push_back(line.str());
    }
  }
  return out;
}

DrawnColours DrawnColoursOfFrame() {
  DrawnColours out;
  const ImDrawData* data = ImGui::GetDrawData();
  if (data == nullptr) return out;
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const ImVec2 white = atlas->TexUvWhitePixel;
  // Anti-aliased lines sample the atlas's baked line texture: they are fills, not glyphs.
  ImVec2 lines_min(1, 1), lines_max(0, 0);
  if (atlas->PackIdLines >= 0) {
    const ImFontAtlasCustomRect* r = ImGui::GetIO().Fonts->GetCustomRectByIndex(atlas->PackIdLines);
    lines_min = ImVec2(r->X * atlas->TexUvScale.x, r->Y * atlas->TexUvScale.y);
    lines_max = ImVec2((r->X + r->Width) * atlas->TexUvScale.x, (r->Y + r->Height) * atlas->TexUvScale.y);
  }
  const auto is_fill = [&](ImVec2 uv) {
    return (uv.x == white.x && uv.y == white.y) ||
           (uv.x >= lines_min.x && uv.x <= lines_max.x && uv.y >= lines_min.y && uv.y <= lines_max.y);
  };
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr || cmd.TextureId != atlas->TexID) continue;  // a picture
      for (unsigned i = 0; i < cmd.ElemCount; ++i) {
        const ImDrawVert& v =
            list->VtxBuffer[list->IdxBuffer[static_cast<int>(cmd.IdxOffset + i)] + cmd.VtxOffset];
        if ((v.col >> 24) != 0xFF) continue;  // anti-aliasing fringes, pressed and dimming overlays
        const unsigned rgb = ((v.col & 0xFFu) << 16) | (v.col & 0xFF00u) | ((v.col >> 16) & 0xFFu);
        (is_fill(v.uv) ? out.fills : out.text).insert(rgb);
      }
    }
  }
  return out;
}

std::vector<std::string> CheckColoursInTheme(const DrawnColours& drawn,
                                             const std::set<unsigned>& data_colours,
                                             const std::string& screen) {
  std::set<unsigned> text_ok, fill_ok = data_colours;
  for (const ui::ColourPair& p : ui::TextColourPairs()) {
    text_ok.insert(p.fg);
    fill_ok.insert({p.fg, p.bg});
  }
  for (const ui::ColourPair& p : ui::EdgeColourPairs()) fill_ok.insert({p.fg, p.bg});
  std::vector<std::string> out;
  const auto hex = [](unsigned rgb) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%06X", rgb);
    return std::string(buf);
  };
  for (unsigned c : drawn.text)
    if (!text_ok.count(c))
      out.push_back(screen + ": text colour " + hex(c) + " is in no pair of the theme's list (theme.h)");
  for (unsigned c : drawn.fills)
    if (!fill_ok.count(c))
      out.push_back(screen + ": fill colour " + hex(c) + " is in no pair of the theme's list (theme.h)");
  return out;
}

FrameMinimums MeasureFrame(const HeadlessUi& h, const std::map<char32_t, float>& glyphs) {
  FrameMinimums m{1e9f, 1e9f};
  for (const ui::Target& t : h.targets().last_frame()) m.target_px = std::min({m.target_px, t.w, t.h});
  for (const auto& [c, px] : glyphs)
    if (IsShown(c)) m.glyph_px = std::min(m.glyph_px, px);
  return m;
}

}  // namespace kiosk::test
