// Contrast, computed from the theme (WCAG 2 formula): every text/background pair the screens draw
// is at least 7:1, every edge that separates targets or marks at least 3:1. The pairs are the
// theme's one list (theme.h TextColourPairs / EdgeColourPairs); ElderCheck fails on a colour a
// screen draws that the list lacks.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "headless_ui.h"
#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/core/display/panel_geometry.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/theme.h"

namespace kiosk::ui {
namespace {

using namespace palette;
namespace goals = display::goals;

struct Pair {
  std::string what;
  unsigned fg, bg;
};

// The theme's list (theme.h) and, from the database, body and muted text on every demo category's
// tint (week boxes, month marks, poster cards).
std::vector<Pair> TextPairs() {
  std::vector<Pair> pairs;
  for (const ColourPair& p : TextColourPairs()) pairs.push_back({p.what, p.fg, p.bg});
  db::Database db = test::DemoDatabase();
  for (const CategoryInfo& c : LoadCategories(db)) {
    pairs.push_back({"body text on the tint of " + c.name_zh, kText, LightTint(c.rgb)});
    pairs.push_back({"muted text on the tint of " + c.name_zh, kTextMuted, LightTint(c.rgb)});
  }
  return pairs;
}

TEST(ElderContrast, EveryTextPairInUseIsAtLeastSevenToOne) {
  for (const Pair& p : TextPairs())
    EXPECT_GE(ContrastRatio(p.fg, p.bg), goals::kMinTextContrast)
        << p.what << ": " << std::hex << p.fg << " on " << p.bg << std::dec << " = "
        << ContrastRatio(p.fg, p.bg);
}

TEST(ElderContrast, EdgesThatSeparateTargetsAreAtLeastThreeToOne) {
  for (const ColourPair& p : EdgeColourPairs())
    EXPECT_GE(ContrastRatio(p.fg, p.bg), goals::kMinEdgeContrast)
        << p.what << ": " << std::hex << p.fg << " on " << p.bg << std::dec << " = "
        << ContrastRatio(p.fg, p.bg);
}

TEST(ElderContrast, TheRedWeekendHeaderOnPaperNowPasses) {
  // The issue measured 6.97:1 with the old red (A31515); the pair is in the list above.
  EXPECT_LT(ContrastRatio(0xA31515, kBackground), 7.0);
  EXPECT_GE(ContrastRatio(kPartyRed, kBackground), 7.0);
}

TEST(ElderContrast, CategoryMarksAreWordsNotColourAlone) {
  db::Database db = test::DemoDatabase();
  const std::vector<CategoryInfo> categories = LoadCategories(db);
  ASSERT_GE(categories.size(), 8u);
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    std::vector<std::string> marks;
    for (const CategoryInfo& c : categories) {
      const std::string mark = CategoryMark(categories, c.id, lang);
      EXPECT_FALSE(mark.empty()) << c.code;
      for (const std::string& other : marks)
        EXPECT_NE(mark, other) << c.code << ": two categories share a mark";
      marks.push_back(mark);
    }
  }
  // 党建 -> 党; Environment, Education, Elder care -> En, Ed, El.
  const auto id_of = [&](const std::string& code) {
    for (const CategoryInfo& c : categories)
      if (c.code == code) return c.id;
    ADD_FAILURE() << "no category " << code << " in the demo";
    return int64_t{0};
  };
  EXPECT_EQ(CategoryMark(categories, id_of("party"), Lang::kZh), "党");
  EXPECT_EQ(CategoryMark(categories, id_of("environment"), Lang::kEn), "En");
  EXPECT_EQ(CategoryMark(categories, id_of("education"), Lang::kEn), "Ed");
}

}  // namespace
}  // namespace kiosk::ui
