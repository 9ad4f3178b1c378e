// tests/ui/ui_assets_test.cpp — the assets/ folder (issue 11, item 10): the tile icons beside the
// words on home (Material Icons glyphs merged into the atlas, only those used), and a missing or
// damaged asset said in one sentence, Chinese then English. (The attract loop's art and logo:
// attract_posters_test.)
#include "kiosk/ui/ui_assets.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "elder_measure.h"
#include "headless_ui.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/shown_text.h"

namespace kiosk::test {
namespace {

TEST(UiAssets, TheSourceTreeHoldsEveryAsset) {
  const ui::UiAssets assets = ui::LoadUiAssets(KIOSK_ASSETS_DIR);
  EXPECT_EQ(assets.tile_icons.size(), 6u);
  EXPECT_FALSE(assets.icon_font_path.empty()) << "fonts-material-design-icons-iconfont is installed";
  ASSERT_TRUE(assets.attract_art);
  EXPECT_GE(assets.attract_art->width, 480);
  ASSERT_TRUE(assets.centre_logo);
  EXPECT_EQ(assets.centre_logo->width, assets.centre_logo->height);
}

TEST(UiAssets, HomeTilesShowTheirIconBesideTheWords) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const std::map<char32_t, float> drawn = DrawnGlyphHeights();
  for (const auto& [tile, codepoint] : SourceAssets()->tile_icons)
    EXPECT_TRUE(drawn.count(codepoint)) << tile << "'s icon is not drawn";
  for (const char* words : {"活动日历", "报名参加", "志愿者签到", "调解室预约", "我的报名与预约", "找活动"})
    EXPECT_TRUE(h.targets().Find(words)) << "the tile still says " << words;
  // Only the icons used are in the atlas: the heading font has no other private-use glyph than
  // those of the stand-ins' own range (shown_text.h: here the box alone).
  int private_use = 0, stand_ins = 0;
  for (const ImFontGlyph& g : ui::HeadingFont()->Glyphs) {
    const bool stand_in = g.Codepoint >= AstralStandIns::kBox && g.Codepoint <= AstralStandIns::kLast;
    private_use += g.Codepoint >= 0xE000 && g.Codepoint <= 0xF8FF && !stand_in;
    stand_ins += stand_in;
  }
  EXPECT_EQ(private_use, 6);
  EXPECT_EQ(stand_ins, 1);
}

// The sentence LoadUiAssets(dir) refuses with; "" (a test failure) when it takes the folder.
std::string RefusalOf(const std::filesystem::path& dir) {
  try {
    ui::LoadUiAssets(dir);
  } catch (const ui::AssetsError& e) {
    return e.what();
  }
  ADD_FAILURE() << dir << " was taken";
  return {};
}

TEST(UiAssets, AMissingOrDamagedAssetIsOneSentence) {
  const std::string missing = RefusalOf("/nonexistent/assets");
  EXPECT_EQ(missing.rfind("缺少界面素材文件", 0), 0u) << missing;
  EXPECT_NE(missing.find("missing asset"), std::string::npos) << missing;
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "bad_assets";
  std::filesystem::create_directories(dir);
  for (const char* file : {"attract_default.png", "centre_logo.png"})
    std::filesystem::copy_file(std::filesystem::path(KIOSK_ASSETS_DIR) / file, dir / file,
                               std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "tile_icons.txt") << "# ok\ncalendar ebcc\nsignup 4e00\n";  // 一 is no icon
  EXPECT_NE(RefusalOf(dir).find("line 3"), std::string::npos);
  std::ofstream(dir / "tile_icons.txt") << "calendar ebcc\n";
  std::ofstream(dir / "centre_logo.png") << "not a picture";
  EXPECT_NE(RefusalOf(dir).find("centre_logo.png"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::test
