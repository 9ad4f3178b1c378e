// Issue 11's check: every screen in every state (normal and 大字, landscape and portrait, Chinese
// and English) on 21.5", 23.8" and 32" panels meets the physical goals: targets >= 19 mm each way
// and 2 mm apart, labels unique, every text drawn at >= 5.7 mm glyphs, 大字 >= 1.4x every text.
// A failure names the screen, the target or text, the measure and the goal.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "elder_measure.h"
#include "elder_walk.h"

namespace kiosk::test {
namespace {

struct Panel {
  const char* name;
  double inches;
  ImVec2 display;
};

class ElderCheck : public ::testing::TestWithParam<Panel> {};

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size() && i < 80; ++i) out += "\n  " + lines[i];
  if (lines.size() > 80) out += "\n  … and " + std::to_string(lines.size() - 80) + " more";
  return out;
}

TEST_P(ElderCheck, EveryScreenMeetsThePhysicalGoals) {
  const Panel p = GetParam();
  const display::PanelGeometry panel{p.inches, static_cast<int>(p.display.x), static_cast<int>(p.display.y)};
  std::vector<std::string> findings;
  int screens = 0;
  FrameMinimums smallest{1e9f, 1e9f}, smallest_large{1e9f, 1e9f};  // the figures for the report
  for (ui::Lang lang : {ui::Lang::kZh, ui::Lang::kEn}) {
    const std::string lang_name = lang == ui::Lang::kZh ? "zh" : "en";
    std::map<std::string, std::map<char32_t, float>> normal_glyphs;
    for (bool large : {false, true}) {
      ui::UiOptions base;
      base.lang = lang;
      base.large_text = large;
      base.panel_diagonal_inches = p.inches;
      db::Database db = DemoDatabase();  // the walk signs up and checks in: every walk starts afresh
      WalkEveryScreen(db, base, p.display, [&](const std::string& name, HeadlessUi& h) {
        const std::string where = std::string(p.name) + " " + lang_name + (large ? " 大字 " : " ") + name;
        ++screens;
        for (std::string& f : CheckFrame(h, panel, where)) findings.push_back(std::move(f));
        const FrameMinimums m = MeasureFrame(h);
        FrameMinimums& into = large ? smallest_large : smallest;
        into.target_px = std::min(into.target_px, m.target_px);
        into.glyph_px = std::min(into.glyph_px, m.glyph_px);
        if (!large) {
          normal_glyphs[name] = DrawnGlyphHeights();
        } else {
          for (std::string& f : CheckLargeText(normal_glyphs[name], DrawnGlyphHeights(), where))
            findings.push_back(std::move(f));
        }
      });
    }
  }
  std::printf("%s: smallest target %.1f mm (大字 %.1f mm), smallest glyph %.2f mm (大字 %.2f mm)\n", p.name,
              panel.Mm(smallest.target_px), panel.Mm(smallest_large.target_px), panel.Mm(smallest.glyph_px),
              panel.Mm(smallest_large.glyph_px));
  EXPECT_EQ(screens, 4 * 26);  // the walk reached every screen state, in both languages, normal and 大字
  EXPECT_TRUE(findings.empty()) << findings.size() << " findings:" << Join(findings);
}

// The check itself: a kiosk sized for a 32" panel shown on a 21.5" one has targets and glyphs
// under the goals, and the check says so with the measure; text that shrinks in 大字 is caught.
TEST(ElderCheckSelfTest, ASmallerPanelThanConfiguredFailsTheGoals) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.panel_diagonal_inches = 32;
  HeadlessUi h(db, options, ImVec2(1920, 1080));
  const std::vector<std::string> findings = CheckFrame(h, display::PanelGeometry{21.5, 1920, 1080}, "home");
  bool target = false, glyph = false;
  for (const std::string& f : findings) {
    target |= f.find("height") != std::string::npos && f.find("< 19 mm") != std::string::npos;
    glyph |= f.find("glyph") != std::string::npos && f.find("< 5.7 mm") != std::string::npos;
  }
  EXPECT_TRUE(target) << Join(findings);
  EXPECT_TRUE(glyph) << Join(findings);
  EXPECT_TRUE(CheckFrame(h, display::PanelGeometry{32, 1920, 1080}, "home").empty());
  EXPECT_EQ(CheckLargeText({{U'国', 22.0f}}, {{U'国', 20.0f}}, "month").size(), 1u);
  EXPECT_TRUE(CheckLargeText({{U'国', 22.0f}}, {{U'国', 31.0f}}, "month").empty());
}

INSTANTIATE_TEST_SUITE_P(Panels, ElderCheck,
                         ::testing::Values(Panel{"21.5in_landscape", 21.5, ImVec2(1920, 1080)},
                                           Panel{"21.5in_portrait", 21.5, ImVec2(1080, 1920)},
                                           Panel{"23.8in_landscape", 23.8, ImVec2(1920, 1080)},
                                           Panel{"23.8in_portrait", 23.8, ImVec2(1080, 1920)},
                                           Panel{"32in_landscape", 32, ImVec2(1920, 1080)},
                                           Panel{"32in_portrait", 32, ImVec2(1080, 1920)}),
                         [](const ::testing::TestParamInfo<Panel>& param_info) {
                           std::string name = param_info.param.name;
                           for (char& c : name)
                             if (c == '.') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace kiosk::test
