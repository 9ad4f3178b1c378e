// kiosk/ui/fonts.cpp — CJK font discovery (fontconfig) and a text-derived glyph atlas.
// The full CJK range costs ~400 MB and ~700 ms; a range built from the shown text ~600 glyphs.
#include "kiosk/ui/fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

#include "kiosk/core/text/utf8.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/stand_in_glyphs.h"

namespace kiosk::ui {
namespace {

struct FcPatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using FcPatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;

// Noto Sans CJK ships one .ttc with the faces JP, KR, SC, TC, HK; fontconfig tells which index is SC.
// fontconfig falls back to any font: only a family whose name holds `must_hold` is accepted.
std::optional<FontFile> QueryFont(const char* family, const char* lang, const char* must_hold) {
  FcPatternPtr pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
  if (lang != nullptr) FcPatternAddString(pattern.get(), FC_LANG, reinterpret_cast<const FcChar8*>(lang));
  FcPatternAddInteger(pattern.get(), FC_WEIGHT, FC_WEIGHT_REGULAR);
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  FcPatternPtr match(FcFontMatch(nullptr, pattern.get(), &result));
  if (!match || result != FcResultMatch) return std::nullopt;
  FcChar8* file = nullptr;
  FcChar8* matched_family = nullptr;
  int index = 0;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
  FcPatternGetInteger(match.get(), FC_INDEX, 0, &index);
  if (FcPatternGetString(match.get(), FC_FAMILY, 0, &matched_family) != FcResultMatch) return std::nullopt;
  std::string fam(reinterpret_cast<const char*>(matched_family));
  if (fam.find(must_hold) == std::string::npos) return std::nullopt;
  std::string path(reinterpret_cast<const char*>(file));
  // ImGui's stb_truetype reads .ttc/.otf (CFF) fine, but not every format fontconfig can return.
  if (!(path.ends_with(".ttc") || path.ends_with(".otf") || path.ends_with(".ttf"))) return std::nullopt;
  return FontFile{path, index};
}

}  // namespace

FontFile FindCjkFont() {
  if (!FcInit()) throw FontNotFoundError("fontconfig 初始化失败 / fontconfig failed to initialise");
  for (const char* family : {"Noto Sans CJK SC", "Noto Sans CJK"}) {
    if (auto f = QueryFont(family, "zh-cn", "CJK")) return *f;
  }
  throw FontNotFoundError(
      "找不到中文字体，请安装 fonts-noto-cjk / no CJK font found: install the Debian package fonts-noto-cjk");
}

std::vector<FontFile> FindStandInFonts() {
  std::vector<FontFile> found;
  if (!FcInit()) return found;
  for (const char* family : {"HanaMinB", "Symbola"})
    if (auto f = QueryFont(family, nullptr, family)) found.push_back(*f);
  return found;
}

namespace {

// The glyph ranges of `texts`; the stand-in of each character above U+FFFF (and the box for a
// private-use character of the text in the stand-ins' range) goes to `stand_ins` instead.
ImVector<ImWchar> RangesFor(ImFontAtlas* atlas, const std::vector<std::string>& texts,
                            std::vector<char32_t>* stand_ins) {
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(atlas->GetGlyphRangesDefault());  // Basic Latin + Latin-1
  builder.AddText("0123456789:/-–·…，。、！？（）「」“”%—×✓");
  builder.AddChar(IM_UNICODE_CODEPOINT_INVALID);  // what ImGui draws for a character outside the atlas
  // Not AddText: a NUL would become glyph 0, which ends ImGui's range list and leaves the font
  // without glyphs (an assertion on the next frame). Skip what no glyph can show instead.
  for (const std::string& text : texts) {
    ForEachCodePoint(text, [&](char32_t c, std::string_view) {
      const char32_t code = StandIns().StandInFor(c);
      if (code != c) {
        stand_ins->push_back(code);
      } else if (c >= 0x20 && c != 0x7F && c <= IM_UNICODE_CODEPOINT_MAX) {
        builder.AddChar(static_cast<ImWchar>(c));
      }
    });
  }
  std::sort(stand_ins->begin(), stand_ins->end());
  stand_ins->erase(std::unique(stand_ins->begin(), stand_ins->end()), stand_ins->end());
  ImVector<ImWchar> ranges;
  builder.BuildRanges(&ranges);
  return ranges;
}

ImFont* AddFace(ImFontAtlas* atlas, const FontFile& font, float pixel_size, const ImWchar* ranges) {
  ImFontConfig config;
  config.FontNo = font.index;
  config.OversampleH = 1;  // CJK glyphs are dense; horizontal oversampling only doubles the atlas
  config.OversampleV = 1;
  config.PixelSnapH = true;
  ImFont* added = atlas->AddFontFromFileTTF(font.path.c_str(), pixel_size, &config, ranges);
  if (added == nullptr) throw FontNotFoundError("无法读取字体文件 / cannot read the font file: " + font.path);
  return added;
}

}  // namespace

int BuildKioskFontAtlas(ImFontAtlas* atlas, const FontFile& font, float pixel_size,
                        const std::vector<std::string>& texts, const std::vector<std::string>& heading_texts,
                        const IconGlyphs& icons) {
  std::vector<char32_t> body_stand_ins, heading_stand_ins;
  const ImVector<ImWchar> body_ranges = RangesFor(atlas, texts, &body_stand_ins);
  const ImVector<ImWchar> heading_ranges = RangesFor(atlas, heading_texts, &heading_stand_ins);
  atlas->Clear();
  // Only as tall as the glyphs need (GL 3 takes any size): a power-of-two height can double it.
  atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  StandInGlyphs stand_in_glyphs(font);
  ImFont* body = AddFace(atlas, font, pixel_size, body_ranges.Data);
  stand_in_glyphs.Reserve(atlas, body, pixel_size, body_stand_ins);
  if (!heading_texts.empty()) {
    const float heading_px = std::round(pixel_size * kHeadingScale);
    stand_in_glyphs.Reserve(atlas, AddFace(atlas, font, heading_px, heading_ranges.Data), heading_px,
                            heading_stand_ins);
  }
  ImVector<ImWchar> icon_ranges;
  if (!icons.font_path.empty() && !icons.codepoints.empty()) {  // only the glyphs used, in the heading font
    for (char32_t c : icons.codepoints)
      icon_ranges.push_back(static_cast<ImWchar>(c)), icon_ranges.push_back(static_cast<ImWchar>(c));
    icon_ranges.push_back(0);
    ImFontConfig config;
    config.MergeMode = true;
    config.PixelSnapH = true;
    config.GlyphOffset.y =
        std::round(pixel_size * kHeadingScale * 0.12f);  // the icon's middle on the line's middle
    if (atlas->AddFontFromFileTTF(icons.font_path.c_str(), std::round(pixel_size * kHeadingScale), &config,
                                  icon_ranges.Data) == nullptr)
      throw FontNotFoundError("无法读取图标字体 / cannot read the icon font: " + icons.font_path);
  }
  if (!atlas->Build()) throw FontNotFoundError("字体图集生成失败 / font atlas build failed");
  stand_in_glyphs.Render(atlas);
  // ImGui reads the ranges only while building; they die with this function, so make sure
  // nothing can read them later (a rebuild must come through here again).
  for (ImFontConfig& cfg : atlas->ConfigData) cfg.GlyphRanges = nullptr;
  return body->Glyphs.Size;
}

ImFont* HeadingFont() {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace kiosk::ui
