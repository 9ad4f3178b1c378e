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

  HeadingText(centre_name_, width, 1.3f);
  ImGui::Dummy(ImVec2(0, Em(1)));
  if (!slides_.empty()) {
    const double elapsed = std::max(0.0, ImGui::GetTime() - started_);
    const size_t index = static_cast<size_t>(elapsed / kSlideSeconds) % slides_.size();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const PosterImage* poster = PosterOf(ctx, index);
    const PosterTexture tex = poster && ctx.textures
                                  ? ctx.textures->Poster(slides_[index].activity.event_id, *poster)
                                  : PosterTexture{};
    const bool with_poster = tex.id && tex.width > 0 && tex.height > 0 && !ctx.portrait();
    const float text_w = with_poster ? width * 0.55f : width;
    DrawSlide(ctx, slides_[index], text_w);
    if (with_poster) {  // beside the words, fitted into the rest of the width above "轻触屏幕开始"
      const ImVec2 box(width - text_w - Em(1), origin.y + avail.y - Em(3.5f) - top.y);
      const float scale =
          std::min(box.x / static_cast<float>(tex.width), box.y / static_cast<float>(tex.height));
      const ImVec2 size(static_cast<float>(tex.width) * scale, static_cast<float>(tex.height) * scale);
      const ImVec2 at(origin.x + width - size.x, top.y);
      ImGui::GetWindowDrawList()->AddImage(tex.id, at, ImVec2(at.x + size.x, at.y + size.y));
    }
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
