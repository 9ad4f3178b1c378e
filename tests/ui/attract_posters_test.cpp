// tests/ui/attract_posters_test.cpp — the attract loop shows an activity's poster beside its words
// when the database holds one and the app gives textures; without textures (or a poster) the
// words stand alone, and a tap still only goes home.
#include <gtest/gtest.h>
#include <stb_image_write.h>  // the implementation is compiled in calendar_detail_test.cpp

#include <map>
#include <memory>

#include "flow_test_support.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/texture_provider.h"
#include "kiosk/ui/ui_assets.h"

namespace kiosk::test {
namespace {

// Counts which events' posters were asked for; every texture is "drawable".
class CountingTextures final : public ui::TextureProvider {
 public:
  ui::PosterTexture Poster(int64_t event_id, const PosterImage& image) override {
    if (event_id >= 0) ++asked[event_id];
    if (event_id < 0) ++assets[event_id];  // the loop's own art and the centre's logo (ui_assets.h)
    return {reinterpret_cast<ImTextureID>(static_cast<intptr_t>(9)), image.width, image.height};
  }
  void Clear() override {}
  std::map<int64_t, int> asked;   // posters, by event
  std::map<int64_t, int> assets;  // pictures of assets/, by ui_assets.h's keys
};

void PutPoster(db::Database& db, const char* uid) {
  std::vector<uint8_t> rgba(64 * 32 * 4, 120), png;
  stbi_write_png_to_func(
      [](void* out, void* data, int size) {
        auto* v = static_cast<std::vector<uint8_t>*>(out);
        v->insert(v->end(), static_cast<uint8_t*>(data), static_cast<uint8_t*>(data) + size);
      },
      &png, 64, 32, 4, rgba.data(), 64 * 4);
  db::Statement(db, "UPDATE events SET poster = CAST(?1 AS BLOB) WHERE uid = ?2")
      .BindAll(std::string_view(reinterpret_cast<const char*>(png.data()), png.size()), std::string_view(uid))
      .Run();
}

// A kiosk with textures, left alone until the attract loop is on.
std::unique_ptr<HeadlessUi> AttractLoopOf(db::Database& db, CountingTextures& textures) {
  ui::UiOptions options;
  options.textures = &textures;
  auto h = std::make_unique<HeadlessUi>(db, options);
  h->Wait(61);
  EXPECT_TRUE(h->ui().attract_shown());
  return h;
}

TEST(AttractPosters, ThePosterOfTheActivityOnTheSlideIsDrawn) {
  db::Database db = DemoDatabase();
  PutPoster(db, "ta-bottles");  // tomorrow's 存旧瓶筑新绿: a slide of the loop
  const int64_t bottles = db::QueryInt(db, "SELECT id FROM events WHERE uid = 'ta-bottles'");
  CountingTextures textures;
  const auto loop = AttractLoopOf(db, textures);
  HeadlessUi& h = *loop;
  // Through every slide once: the poster is asked for while its slide shows, no other.
  for (int slide = 0; slide < 40 && textures.asked.empty(); ++slide) h.Wait(8);
  ASSERT_EQ(textures.asked.size(), 1u) << "only the activity with a poster";
  EXPECT_EQ(textures.asked.begin()->first, bottles);
  h.TapAt(ImVec2(h.display().x * 0.8f, h.display().y * 0.5f));  // on the poster
  EXPECT_FALSE(h.ui().attract_shown());
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome) << "home, nothing else tapped";
}

// No activity of the demo has a poster: each slide shows the loop's own art (assets/) beside its
// words, and the centre's logo beside its name.
TEST(AttractPosters, WithoutAPosterTheLoopShowsItsOwnArtAndTheLogo) {
  db::Database db = DemoDatabase();
  CountingTextures textures;
  const auto h = AttractLoopOf(db, textures);
  EXPECT_TRUE(textures.asked.empty());
  EXPECT_GT(textures.assets[ui::kAttractArtTextureKey], 0);
  EXPECT_GT(textures.assets[ui::kCentreLogoTextureKey], 0);
}

}  // namespace
}  // namespace kiosk::test
