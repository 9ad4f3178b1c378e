// kiosk/ui/screens/attract.cpp — the attract loop: one activity at a time, large, and a tap
// anywhere to start.
#include "kiosk/ui/screens/attract.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/texture_provider.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/ui_assets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

void AttractScreen::Start(ScreenContext& ctx, double now) {
  on_ = true;
  started_ = now;
  centre_name_ = CentreName(ctx.db);
  slides_.clear();
  poster_slide_.reset();
  poster_.reset();
  for (OccurrenceSummary& o : OccurrencesOnDay(ctx.db, ctx.now.date))
    if (o.end > ctx.now) slides_.push_back(Slide{false, std::move(o)});  // what is over is not advertised
  for (OccurrenceSummary& o : OccurrencesOnDay(ctx.db, ctx.now.date.AddDays(1)))
    slides_.push_back(Slide{true, std::move(o)});
}

std::optional<double> AttractScreen::SecondsUntilNextSlide(double now) const {
  if (!on_ || slides_.size() < 2) return std::nullopt;  // one picture: nothing ever changes
  const double elapsed = std::max(0.0, now - started_);
  return kSlideSeconds - std::fmod(elapsed, kSlideSeconds);
}

bool AttractScreen::Draw(ScreenContext& ctx) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = avail.x;
  const float bottom = origin.y + avail.y - Em(3.5f);  // above "轻触屏幕开始"

  // The centre's logo (assets/centre_logo.png, a placeholder until the centre gives its own)
  // beside its name.
  const PosterTexture logo = AssetTexture(ctx, kCentreLogoTextureKey);
  if (logo.id) {
    const float side = Em(1.5f * 1.3f);
    ImGui::GetWindowDrawList()->AddImage(logo.id, origin, ImVec2(origin.x + side, origin.y + side));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + side + Em(0.5f), origin.y));
    HeadingText(centre_name_, width - side - Em(0.5f), 1.3f);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(ImGui::GetCursorScreenPos().y, origin.y + side)));
  } else {
    HeadingText(centre_name_, width, 1.3f);
  }
  ImGui::Dummy(ImVec2(0, Em(1)));
  const ImVec2 top = ImGui::GetCursorScreenPos();
  if (!slides_.empty()) {
    const double elapsed = std::max(0.0, ImGui::GetTime() - started_);
    const size_t index = static_cast<size_t>(elapsed / kSlideSeconds) % slides_.size();
    const PosterImage* poster = PosterOf(ctx, index);
    PosterTexture tex = poster && ctx.textures
                            ? ctx.textures->Poster(slides_[index].activity.event_id, *poster)
                            : PosterTexture{};
    if (!tex.id) tex = AssetTexture(ctx, kAttractArtTextureKey);  // no poster: the loop's own art
    const bool with_picture = tex.id && tex.width > 0 && tex.height > 0 && !ctx.portrait();
    const float text_w = with_picture ? width * 0.55f : width;
    DrawSlide(ctx, slides_[index], text_w);
    if (with_picture)  // beside the words, fitted into the rest of the width
      DrawFitted(tex, ImVec2(origin.x + text_w + Em(1), top.y), ImVec2(origin.x + width, bottom), false);
  } else if (const PosterTexture art = AssetTexture(ctx, kAttractArtTextureKey); art.id) {
    DrawFitted(art, top, ImVec2(origin.x + width, bottom), true);  // nothing today or tomorrow: the art alone
  }

  // "轻触屏幕开始" at the bottom, large.
  constexpr float kTouchScale = 1.4f;  // HeadingText is 1.5 em high before scaling
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + avail.y - Em(1.5f * kTouchScale + 0.5f)));
  HeadingText(ctx.T(Str::kAttractTouchToStart), width, kTouchScale);

  // The whole window is the target: a tap anywhere starts, and nothing under it is drawn.
  ImGui::SetCursorScreenPos(origin);
  return TouchArea(ctx.touch, ctx.T(Str::kAttractTouchToStart), "attract", origin,
                   ImVec2(origin.x + avail.x, origin.y + avail.y));
}

PosterTexture AttractScreen::AssetTexture(ScreenContext& ctx, int64_t key) {
  if (!ctx.textures || !ctx.assets) return {};
  const std::optional<PosterImage>& image =
      key == kAttractArtTextureKey ? ctx.assets->attract_art : ctx.assets->centre_logo;
  return image ? ctx.textures->Poster(key, *image) : PosterTexture{};
}

void AttractScreen::DrawFitted(const PosterTexture& tex, ImVec2 min, ImVec2 max, bool centred) {
  const ImVec2 box(max.x - min.x, max.y - min.y);
  if (box.x <= 0 || box.y <= 0) return;
  const float scale = std::min(box.x / static_cast<float>(tex.width), box.y / static_cast<float>(tex.height));
  const ImVec2 size(static_cast<float>(tex.width) * scale, static_cast<float>(tex.height) * scale);
  // Right-aligned beside the words; centred when it is the whole slide.
  const ImVec2 at(centred ? min.x + (box.x - size.x) / 2 : max.x - size.x, min.y);
  ImGui::GetWindowDrawList()->AddImage(tex.id, at, ImVec2(at.x + size.x, at.y + size.y));
}

const PosterImage* AttractScreen::PosterOf(ScreenContext& ctx, size_t index) {
  if (poster_slide_ != index) {
    poster_slide_ = index;
    poster_.reset();
    try {
      const std::optional<OccurrenceDetail> detail =
          LoadOccurrenceDetail(ctx.db, slides_[index].activity.occurrence_id);
      if (detail && !detail->poster.empty()) poster_ = DecodePoster(detail->poster);
    } catch (const std::exception&) {  // an unreadable poster: the slide shows its words alone
      poster_.reset();
    }
  }
  return poster_ ? &*poster_ : nullptr;
}

void AttractScreen::DrawSlide(ScreenContext& ctx, const Slide& slide, float width) {
  const Lang lang = ctx.settings.lang;
  const OccurrenceSummary& o = slide.activity;
  WrappedText(ctx.T(slide.tomorrow ? Str::kAttractTomorrowHeading : Str::kHomeTodayHeading), width, 1.4f,
              true);
  HeadingText(o.title, width, 1.6f);
  ImGui::Dummy(ImVec2(0, Em(0.5f)));
  FactRow(ctx.T(Str::kDetailWhen), WhenText(o.start, o.end, lang), width);
  FactRow(ctx.T(Str::kDetailWhere), o.venue, width);
  FactRow(ctx.T(Str::kDetailSeats), SeatsText(o.seats, lang), width);
}

}  // namespace kiosk::ui
