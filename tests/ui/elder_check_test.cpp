// Issue 11's check: every screen in every state (normal and 大字, landscape and portrait, Chinese
// and English) on 21.5", 23.8" and 32" panels meets the physical goals: targets >= 19 mm each way
// and 2 mm apart, labels unique, every text drawn at >= 5.7 mm glyphs, 大字 >= 1.4x every text.
// Every colour a screen draws is in the theme's one list of pairs (theme.h), whose contrast
// elder_contrast_test checks. A failure names the screen, the target or text, the measure and
// the goal. Each frame's draw data is read once for all the checks.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "elder_measure.h"
#include "elder_walk.h"
#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/ui/font_sizing.h"
#include "kiosk/ui/screens/calendar_widgets.h"

namespace kiosk::test {
namespace {

class ElderCheck : public ::testing::TestWithParam<Panel> {};

// Colours the database gives: each category's colour and its light tint (checked, with the text
// drawn on them, by elder_contrast_test).
std::set<unsigned> CategoryColours(db::Database& db) {
  std::set<unsigned> colours;
  for (const CategoryInfo& c : LoadCategories(db)) colours.insert({c.rgb, ui::LightTint(c.rgb)});
  return colours;
}

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
    float normal_body_px = 0;
    for (bool large : {false, true}) {
      ui::UiOptions base;
      base.lang = lang;
      base.large_text = large;
      base.panel_diagonal_inches = p.inches;
      db::Database db = DemoDatabase();  // the walk signs up and checks in: every walk starts afresh
      const std::set<unsigned> data_colours = CategoryColours(db);
      WalkEveryScreen(db, base, p.display, [&](const std::string& name, HeadlessUi& h) {
        const std::string where = std::string(p.name) + " " + lang_name + (large ? " 大字 " : " ") + name;
        ++screens;
        std::map<char32_t, float> glyphs = DrawnGlyphHeights();
        for (std::string& f : CheckFrame(h, panel, where, glyphs)) findings.push_back(std::move(f));
        for (std::string& f : CheckColoursInTheme(DrawnColoursOfFrame(), data_colours, where))
          findings.push_back(std::move(f));
        const FrameMinimums m = MeasureFrame(h, glyphs);
        FrameMinimums& into = large ? smallest_large : smallest;
        into.target_px = std::min(into.target_px, m.target_px);
        into.glyph_px = std::min(into.glyph_px, m.glyph_px);
        if (!large) {
          normal_body_px = ui::CjkGlyphHeightPx(ImGui::GetIO().Fonts->Fonts[0]);
          normal_glyphs[name] = std::move(glyphs);
        } else {
          for (std::string& f : CheckLargeText(normal_glyphs[name], glyphs, where, normal_body_px))
            findings.push_back(std::move(f));
        }
      });
    }
  }
  std::printf("%s: smallest target %.1f mm (大字 %.1f mm), smallest glyph %.2f mm (大字 %.2f mm)\n", p.name,
              panel.Mm(smallest.target_px), panel.Mm(smallest_large.target_px), panel.Mm(smallest.glyph_px),
              panel.Mm(smallest_large.glyph_px));
  EXPECT_EQ(screens, 4 * 34);  // the walk reached every screen state, in both languages, normal and 大字
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
  // A heading character that 大字 also shows as body text (a page bar): against the body's 1.4x.
  EXPECT_TRUE(CheckLargeText({{U'下', 30.0f}}, {{U'下', 31.0f}}, "duties", 22.0f).empty());
  EXPECT_EQ(CheckLargeText({{U'下', 30.0f}}, {{U'下', 29.0f}}, "duties", 22.0f).size(), 1u);
}

// A planted colour: text drawn in a grey the theme's list does not name fails the colour check,
// and so does a fill; the home screen as drawn passes it.
TEST(ElderCheckSelfTest, AColourMissingFromTheThemeListFails) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  EXPECT_TRUE(CheckColoursInTheme(DrawnColoursOfFrame(), CategoryColours(db), "home").empty())
      << Join(CheckColoursInTheme(DrawnColoursOfFrame(), CategoryColours(db), "home"));
  ImGui::NewFrame();
  ImGui::GetForegroundDrawList()->AddText(ImVec2(10, 10), IM_COL32(0x80, 0x80, 0x80, 0xFF), "国");
  ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(10, 60), ImVec2(60, 90),
                                                IM_COL32(0xC0, 0xFF, 0xEE, 0xFF));
  ImGui::Render();
  const std::vector<std::string> findings =
      CheckColoursInTheme(DrawnColoursOfFrame(), CategoryColours(db), "planted");
  ASSERT_EQ(findings.size(), 2u) << Join(findings);
  EXPECT_NE(findings[0].find("text colour 808080"), std::string::npos) << findings[0];
  EXPECT_NE(findings[1].find("fill colour C0FFEE"), std::string::npos) << findings[1];
}

INSTANTIATE_TEST_SUITE_P(Panels, ElderCheck, ::testing::ValuesIn(AllPanels()), PanelTestName);

}  // namespace
}  // namespace kiosk::test
