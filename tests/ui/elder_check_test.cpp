// Issue 11's check: every screen in every state (normal and 大字, landscape and portrait, Chinese
// and English) on 21.5", 23.8" and 32" panels meets the physical goals: targets >= 19 mm each way
// and 2 mm apart, labels unique, every text drawn at >= 5.7 mm glyphs, 大字 >= 1.4x every text.
// A failure names the screen, the target or text, the measure and the goal.
#include <gtest/gtest.h>

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
  db::Database db = DemoDatabase();
  std::vector<std::string> findings;
  int screens = 0;
  for (ui::Lang lang : {ui::Lang::kZh, ui::Lang::kEn}) {
    const std::string lang_name = lang == ui::Lang::kZh ? "zh" : "en";
    std::map<std::string, std::map<char32_t, float>> normal_glyphs;
    for (bool large : {false, true}) {
      ui::UiOptions base;
      base.lang = lang;
      base.large_text = large;
      base.panel_diagonal_inches = p.inches;
      WalkEveryScreen(db, base, p.display, [&](const std::string& name, HeadlessUi& h) {
        const std::string where = std::string(p.name) + " " + lang_name + (large ? " 大字 " : " ") + name;
        ++screens;
        for (std::string& f : CheckFrame(h, panel, where)) findings.push_back(std::move(f));
        if (!large) {
          normal_glyphs[name] = DrawnGlyphHeights();
        } else {
          for (std::string& f : CheckLargeText(normal_glyphs[name], DrawnGlyphHeights(), where))
            findings.push_back(std::move(f));
        }
      });
    }
  }
  EXPECT_GE(screens, 4 * 20);  // the walk reached every screen state
  EXPECT_TRUE(findings.empty()) << findings.size() << " findings:" << Join(findings);
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
