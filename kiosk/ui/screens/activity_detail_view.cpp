// kiosk/ui/screens/activity_detail_view.cpp — one activity: poster, title, when, where, who
// organizes it, its type, seats left (or 已满 and the waitlist), whether volunteers are wanted,
// the description, a QR code with the activity as a calendar entry (its caption says so), and
// 我要报名 / 志愿者签到 (only when volunteers are wanted), which hand the occurrence to the next
// screens through Selection. The facts and the description scroll together (drag, or the page
// buttons), so in 大字 the description is read on the next page, not in a slit.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/occurrence_ical.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/texture_provider.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/activity_row.h"
#include "kiosk/ui/widgets/list_pager.h"
#include "kiosk/ui/widgets/read_aloud_button.h"

namespace kiosk::ui {
namespace {

constexpr float kTitleScale =
    1.25f;  // the title in the body face, larger (the heading face lacks its glyphs)

std::string WhenText(const OccurrenceDetail& d, Lang lang) {
  std::string text = FormatShortDate(d.start.date, lang) + " ";
  if (d.all_day) return text + Tr(Str::kCalAllDay, lang);
  text += d.start.HourMinute() + "–";
  if (d.end.date != d.start.date) text += FormatShortDate(d.end.date, lang) + " ";
  return text + d.end.HourMinute();
}

// The facts of an activity as the detail lists them, name and value: drawn as rows and read aloud.
struct DetailFact {
  Str name;
  std::string value;
  std::optional<unsigned> swatch;
};

std::vector<DetailFact> DetailFacts(const OccurrenceDetail& d, Lang lang) {
  std::vector<DetailFact> facts;
  facts.push_back({Str::kDetailWhen, WhenText(d, lang), {}});
  facts.push_back({Str::kDetailWhere, d.venue, {}});
  if (!d.organizer_zh.empty())
    facts.push_back({Str::kDetailOrganizer, lang == Lang::kZh ? d.organizer_zh : d.organizer_en, {}});
  facts.push_back({Str::kDetailCategory, lang == Lang::kZh ? d.category_zh : d.category_en, d.category_rgb});
  facts.push_back({Str::kDetailSeats, SeatsText(d.seats, lang), {}});
  facts.push_back({Str::kDetailVolunteers,
                   Tr(d.wants_volunteers ? Str::kDetailWantsVolunteers : Str::kDetailNoVolunteers, lang),
                   {}});
  return facts;
}

// What 朗读 says on the detail: the title, whether it is cancelled, each fact, the description.
std::string DetailSpeech(const OccurrenceDetail& d, Lang lang) {
  const char* stop = lang == Lang::kZh ? "。" : ". ";
  std::string text = d.title + stop;
  if (d.cancelled) text += std::string(Tr(Str::kDetailCancelled, lang)) + stop;
  for (const DetailFact& f : DetailFacts(d, lang))
    text += std::string(Tr(f.name, lang)) + (lang == Lang::kZh ? "：" : ": ") + f.value + stop;
  if (!d.body.empty()) text += std::string(Tr(Str::kDetailAbout, lang)) + stop + d.body;
  return text;
}

// "时间  11月28日 周六 14:30–16:00": the name in muted text, the value wrapped beside it.
void FactRow(const char* name, const std::string& value, float width, std::optional<unsigned> swatch = {}) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float name_w = std::max(Em(3.2f), MeasureText(name).x + style.ItemSpacing.x);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  DrawText(ImGui::GetWindowDrawList(), p, palette::Rgb(palette::kTextMuted), name);
  float x = p.x + name_w;
  if (swatch) {
    const float s = Em(0.6f);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, p.y + Em(0.2f)), ImVec2(x + s, p.y + Em(0.2f) + s),
                                              palette::Rgb(*swatch), 3.0f);
    x += s + style.ItemInnerSpacing.x;
  }
  ImGui::SetCursorScreenPos(ImVec2(x, p.y));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(Em(3), width - (x - p.x)));
  ShowText(value);
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetItemRectMax().y + style.ItemSpacing.y * 0.6f));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void CalendarScreen::LoadDetail(ScreenContext& ctx, int64_t occurrence_id) {
  detail_ = DetailCache{};
  detail_.occurrence_id = occurrence_id;
  detail_.detail = LoadOccurrenceDetail(ctx.db, occurrence_id);
  if (!detail_.detail) return;
  if (!detail_.detail->poster.empty()) {
    try {
      detail_.poster = DecodePoster(detail_.detail->poster);
    } catch (const PosterError&) {
      detail_.poster_unreadable = true;  // the rest of the detail is still worth showing
    }
    detail_.detail->poster.clear();  // the bytes are not needed once decoded
    detail_.detail->poster.shrink_to_fit();
  }
  detail_.qr = EncodeQr(OccurrenceAsICalendar(*detail_.detail, ctx.now));
}

void CalendarScreen::DrawPoster(ScreenContext& ctx, const OccurrenceDetail& d, ImVec2 min, ImVec2 max) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  if (detail_.poster && ctx.textures) {
    const PosterTexture tex = ctx.textures->Poster(d.event_id, *detail_.poster);
    if (tex.id && tex.width > 0 && tex.height > 0) {
      // Fit inside the box, keeping the poster's shape.
      const float scale = std::min((max.x - min.x) / static_cast<float>(tex.width),
                                   (max.y - min.y) / static_cast<float>(tex.height));
      const ImVec2 size(static_cast<float>(tex.width) * scale, static_cast<float>(tex.height) * scale);
      const ImVec2 p(min.x + (max.x - min.x - size.x) / 2, min.y + (max.y - min.y - size.y) / 2);
      draw->AddImage(tex.id, p, ImVec2(p.x + size.x, p.y + size.y));
      return;
    }
  }
  // No poster: a card in the category's light tint with the type and title in words.
  draw->AddRectFilled(min, max, palette::Rgb(LightTint(d.category_rgb)), style.FrameRounding);
  draw->AddRectFilled(min, ImVec2(max.x, min.y + Em(0.5f)), palette::Rgb(d.category_rgb),
                      style.FrameRounding);
  const Lang lang = ctx.settings.lang;
  const float pad = Em(0.8f);
  float y = min.y + pad + Em(0.3f);
  DrawText(draw, ImVec2(min.x + pad, y), palette::Rgb(palette::kTextMuted),
           (lang == Lang::kZh ? d.category_zh : d.category_en));
  y += ImGui::GetFontSize() * 1.5f;
  const float px = ImGui::GetFontSize() * kTitleScale;
  draw->PushClipRect(min, max, true);
  DrawText(draw, ImGui::GetFont(), px, ImVec2(min.x + pad, y), palette::Rgb(palette::kText), d.title,
           max.x - min.x - pad * 2);
  if (detail_.poster_unreadable)
    DrawText(draw, ImVec2(min.x + pad, max.y - pad - ImGui::GetFontSize()), palette::Rgb(palette::kTextMuted),
             ctx.T(Str::kDetailPosterUnreadable));
  draw->PopClipRect();
}

void CalendarScreen::DrawDetailFacts(ScreenContext& ctx, const OccurrenceDetail& d, float width) {
  const Lang lang = ctx.settings.lang;
  const float px = ImGui::GetFontSize() * kTitleScale;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 title_size = MeasureText(ImGui::GetFont(), px, FLT_MAX, width, d.title);
  DrawText(ImGui::GetWindowDrawList(), ImGui::GetFont(), px, p, palette::Rgb(palette::kText), d.title, width);
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + title_size.y + ImGui::GetStyle().ItemSpacing.y));
  if (d.cancelled) {
    const ImVec2 b = ImGui::GetCursorScreenPos();
    const char* text = ctx.T(Str::kDetailCancelled);
    const ImVec2 ts = MeasureText(text);
    ImGui::GetWindowDrawList()->AddRectFilled(b, ImVec2(b.x + ts.x + Em(1), b.y + ts.y + Em(0.4f)),
                                              palette::Rgb(palette::kPartyRed), 4.0f);
    DrawText(ImGui::GetWindowDrawList(), ImVec2(b.x + Em(0.5f), b.y + Em(0.2f)),
             palette::Rgb(palette::kOnDark), text);
    ImGui::Dummy(ImVec2(ts.x + Em(1), ts.y + Em(0.4f)));
  }
  for (const DetailFact& f : DetailFacts(d, lang)) FactRow(ctx.T(f.name), f.value, width, f.swatch);
}

void CalendarScreen::DrawDetail(ScreenContext& ctx) {
  const int64_t id = top().occurrence_id;
  if (detail_.occurrence_id != id) LoadDetail(ctx, id);
  if (ctx.selection) ctx.selection->occurrence_id = id;
  const ImGuiStyle& style = ImGui::GetStyle();
  if (!detail_.detail) {
    ImGui::Dummy(ImVec2(0, Em(1)));
    ImGui::PushTextWrapPos(0);
    ShowText(ctx.T(Str::kDetailGone));
    ImGui::PopTextWrapPos();
    return;
  }
  const OccurrenceDetail& d = *detail_.detail;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float gap = style.ItemSpacing.x * 2;
  const float button_h = MinTargetPx() * 1.15f;
  const float qr_caption_h = ImGui::GetFontSize() * 2.8f;

  float text_x, text_w, text_top;
  if (!ctx.portrait()) {
    // Landscape: poster and QR code on the left, words and buttons on the right.
    const float left_w = std::floor(avail.x * 0.36f);
    const float qr_side = std::min(left_w * 0.62f, avail.y * 0.36f);
    const float poster_h = avail.y - qr_side - qr_caption_h - style.ItemSpacing.y * 2;
    DrawPoster(ctx, d, origin, ImVec2(origin.x + left_w, origin.y + poster_h));
    const ImVec2 qr_pos(origin.x, origin.y + poster_h + style.ItemSpacing.y * 2);
    DrawQr(ImGui::GetWindowDrawList(), detail_.qr, qr_pos, qr_side);
    ImGui::SetCursorScreenPos(ImVec2(qr_pos.x + qr_side + style.ItemSpacing.x, qr_pos.y));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(Em(3), left_w - qr_side - style.ItemSpacing.x));
    ShowText(ctx.T(Str::kDetailQrHint));
    ImGui::PopTextWrapPos();
    text_x = origin.x + left_w + gap;
    text_w = avail.x - left_w - gap;
    text_top = origin.y;
  } else {
    // Portrait: poster and QR code side by side on top, words and buttons below.
    const float top_h = std::floor(avail.y * 0.27f);
    const float qr_side = std::min(top_h - qr_caption_h * 0.5f, avail.x * 0.36f);
    const float poster_w = avail.x - qr_side - gap;
    DrawPoster(ctx, d, origin, ImVec2(origin.x + poster_w, origin.y + top_h));
    const ImVec2 qr_pos(origin.x + poster_w + gap, origin.y);
    DrawQr(ImGui::GetWindowDrawList(), detail_.qr, qr_pos, qr_side);
    DrawTextFit(ImGui::GetWindowDrawList(), ImVec2(qr_pos.x, qr_pos.y + qr_side + style.ItemSpacing.y * 0.5f),
                qr_side, ImGui::GetFontSize(), palette::Rgb(palette::kText), ctx.T(Str::kDetailQrHint));
    text_x = origin.x;
    text_w = avail.x;
    text_top = origin.y + top_h + style.ItemSpacing.y * 2;
  }

  // 朗读 on top; then the facts and the description in one column that scrolls above the buttons.
  ImGui::SetCursorScreenPos(ImVec2(text_x, text_top));
  ReadAloudButton(ctx, DetailSpeech(d, ctx.settings.lang),
                  ImVec2(std::max(MinTargetPx() * 2, Em(5)), MinTargetPx()));
  text_top += MinTargetPx() + style.ItemSpacing.y;
  const float bottom = origin.y + avail.y;
  const float column_h = bottom - button_h - style.ItemSpacing.y * 2 - text_top - ListPagerHeight();
  ImGui::SetCursorScreenPos(ImVec2(text_x, text_top));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.3f), Em(0.3f)));
  ImGui::BeginChild("detail_text", ImVec2(text_w, column_h), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NoBackground);
  if (reset_scroll_) {
    ImGui::SetScrollY(0);
    reset_scroll_ = false;
  }
  DrawDetailFacts(ctx, d, ImGui::GetContentRegionAvail().x);
  if (!d.body.empty()) {
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    DrawSectionHeading(ctx.T(Str::kDetailAbout));
    ImGui::PushTextWrapPos(0);
    ShowText(d.body);
    ImGui::PopTextWrapPos();
  }
  ctx.touch.DragScrollCurrentWindow();
  const ListPage page = ListPageInside(&page_turn_);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(text_x, text_top + column_h));
  page_turn_ = ListPagerBar(ctx.touch, page, ctx.settings.lang, text_w);

  // 我要报名 and 志愿者签到 hand the occurrence to the next screens; their labels name the activity.
  // 志愿者签到 only when the activity wants volunteers.
  const bool volunteers = d.wants_volunteers;
  const float button_w = volunteers ? (text_w - gap) / 2 : text_w;
  ImGui::SetCursorScreenPos(ImVec2(text_x, bottom - button_h));
  const Lang lang = ctx.settings.lang;
  if (!d.cancelled &&
      TouchButtonShowing(ctx.touch, ActionTargetLabel(ctx.T(Str::kDetailSignUp), d.title, d.start, lang),
                         ctx.T(Str::kDetailSignUp), ImVec2(button_w, button_h), buttons::kPrimary)) {
    if (ctx.selection) ctx.selection->occurrence_id = id;
    ctx.nav.Push(ScreenId::kSignup);
  }
  ImGui::SetCursorScreenPos(ImVec2(text_x + button_w + gap, bottom - button_h));
  if (volunteers &&
      TouchButtonShowing(ctx.touch, ActionTargetLabel(ctx.T(Str::kTileVolunteer), d.title, d.start, lang),
                         ctx.T(Str::kTileVolunteer), ImVec2(button_w, button_h), buttons::kVolunteer)) {
    if (ctx.selection) ctx.selection->occurrence_id = id;
    ctx.nav.Push(ScreenId::kVolunteer);
  }
}

}  // namespace kiosk::ui
