// kiosk/ui/screens/attract.h — the attract loop, shown after the idle reset and whenever nobody
// has touched the kiosk for the idle time: today's and tomorrow's activities one at a time, a
// change every kSlideSeconds, drawn only at those changes, each with its poster beside it when the
// activity has one and the app gives textures (else the loop's own art, assets/), the centre's
// logo beside its name, and "轻触屏幕开始". A tap anywhere
// leaves it for home; the tap is the attract loop's, never the home screen's under it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/core/calendar/poster_image.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/texture_provider.h"

namespace kiosk::ui {

class AttractScreen {
 public:
  static constexpr double kSlideSeconds = 8;

  // Loads today's and tomorrow's activities; the first one shows at once.
  void Start(ScreenContext& ctx, double now);
  void Stop() { on_ = false; }
  bool on() const { return on_; }
  // Draws the current slide full-window; true when tapped (the caller then goes home).
  bool Draw(ScreenContext& ctx);
  // Seconds until the next slide (the app wakes then; nothing is drawn in between).
  std::optional<double> SecondsUntilNextSlide(double now) const;
  size_t slide_count() const { return slides_.size(); }

 private:
  struct Slide {
    bool tomorrow = false;
    OccurrenceSummary activity;
  };
  void DrawSlide(ScreenContext& ctx, const Slide& slide, float width);
  // The texture of an assets/ picture (ui_assets.h's keys); none without assets or textures.
  static PosterTexture AssetTexture(ScreenContext& ctx, int64_t key);
  // `tex` scaled to fit between min and max.
  static void DrawFitted(const PosterTexture& tex, ImVec2 min, ImVec2 max, bool centred);
  // The poster of slide `index`, decoded when that slide comes up (only one is held at a time).
  const PosterImage* PosterOf(ScreenContext& ctx, size_t index);

  bool on_ = false;
  double started_ = 0;
  std::string centre_name_;
  std::vector<Slide> slides_;
  std::optional<size_t> poster_slide_;  // the slide poster_ belongs to
  std::optional<PosterImage> poster_;   // none: that activity has no (readable) poster
};

}  // namespace kiosk::ui
