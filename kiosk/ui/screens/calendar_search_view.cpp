// kiosk/ui/screens/calendar_search_view.cpp — search as the resident types on a big on-screen
// keyboard: Latin letters match pinyin initials / full pinyin at once, and libgooglepinyin's
// candidates turn the letters into Chinese, which then matches the text itself.
//
// Candidates are offered only when every character occurs in some activity's text: anything
// else could match nothing, and (not being in the text the font was built from) might not have
// a glyph either.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/activity_row.h"
#include "kiosk/ui/widgets/list_pager.h"

namespace kiosk::ui {
namespace {

constexpr size_t kResultsShown = 100;
constexpr size_t kUpcomingShown = 30;

}  // namespace

void CalendarScreen::UpdateSearch(ScreenContext& ctx) {
  if (!index_ || index_date_ != ctx.now.date) {
    index_.emplace(LoadSearchDocuments(ctx.db, LocalDateTime{ctx.now.date, 0, 0}));
    index_date_ = ctx.now.date;
    search_dirty_ = true;
  }
  const std::string query = keyboard_.text();
  if (search_dirty_ || query != searched_for_ || !(searched_filter_ == filter_)) {
    results_ = index_->Search(query, filter_, kResultsShown);
    searched_for_ = query;
    searched_filter_ = filter_;
  }
  if (search_dirty_) keyboard_.Invalidate();
  keyboard_.UpdateCandidates(
      [this](const std::string& text) { return index_->MayMatch(text) && FontHasAll(text); });
  search_dirty_ = false;
}

void CalendarScreen::DrawSearchResults(ScreenContext& ctx, ImVec2 size) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const Lang lang = ctx.settings.lang;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.4f)));
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  const float list_h = std::max(MinTargetPx(), size.y - ListPagerHeight());
  ImGui::BeginChild("results", ImVec2(size.x, list_h), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  if (reset_scroll_) {
    ImGui::SetScrollY(0);
    reset_scroll_ = false;
  }
  const bool browsing = searched_for_.find_first_not_of(' ') == std::string::npos;
  std::vector<size_t> shown;
  if (browsing) {
    DrawSectionHeading(ctx.T(Str::kSearchUpcoming));
    for (size_t i = 0; i < index_->size() && shown.size() < kUpcomingShown; ++i) {
      const SearchDocument& doc = index_->document(i);
      if (!filter_.category_ids.empty() && !filter_.category_ids.count(doc.category_id)) continue;
      if (filter_.site_id && *filter_.site_id != doc.site_id) continue;
      shown.push_back(i);
    }
  } else {
    shown = results_.documents;
    if (shown.empty()) ShowText(ctx.T(Str::kSearchNoResults));
  }
  for (size_t i : shown) {
    const SearchDocument& doc = index_->document(i);
    // The index knows an event's next start, not its end or seats: the row shows what it has.
    std::string_view site = doc.site;
    if (lang == Lang::kEn)
      for (const SiteInfo& info : sites_)
        if (info.id == doc.site_id) site = info.name_en;
    const std::string place = PlaceText(site, doc.venue);
    std::optional<ActivityRowCategory> category;
    if (const CategoryInfo* c = Category(doc.category_id))
      category = ActivityRowCategory{lang == Lang::kZh ? c->name_zh : c->name_en, c->rgb};
    ActivityRowFacts row;
    row.occurrence_id = doc.next_occurrence_id;
    row.title = doc.title;
    row.start = doc.next_start;
    row.show_date = true;
    row.place = place;
    row.category = category;
    if (ActivityRow(ctx.touch, row, lang)) OpenDetail(doc.next_occurrence_id);
  }
  if (!browsing && results_.more) {
    ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
    ShowText(ctx.T(Str::kSearchMore));
    ImGui::PopStyleColor();
  }
  ctx.touch.DragScrollCurrentWindow();
  const ListPage page = ListPageInside(&page_turn_);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + list_h));
  page_turn_ = ListPagerBar(ctx.touch, page, lang, size.x);
}

void CalendarScreen::DrawSearch(ScreenContext& ctx) {
  UpdateSearch(ctx);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool portrait = ctx.portrait();
  const float gap = std::max(style.ItemSpacing.x * 1.5f, MinTargetGapPx());  // 筛选 and the keys stay apart

  // The query field: chosen Chinese, then the letters still being typed (underlined), a caret.
  // Landscape: the field gives way so the keyboard's ten keys fit beside it at full size (大字).
  const float field_w =
      portrait ? avail.x
               : std::floor(std::min(avail.x * 0.42f, avail.x - gap - PinyinKeyboard::MinKeysWidth()));
  const float field_h =
      std::max(MinTargetPx(), ImGui::GetFontSize() * 1.3f + style.FramePadding.y * 2 + Em(0.3f));
  // 筛选 beside the field: with nothing typed, browse by type and community with taps only.
  const float filter_w = FilterButtonWidth(ctx);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + field_w - filter_w, origin.y));
  DrawFilterButton(ctx, ImVec2(filter_w, field_h));
  const ImVec2 fmin = origin, fmax(origin.x + field_w - filter_w - gap, origin.y + field_h);
  draw->AddRectFilled(fmin, fmax, palette::Rgb(palette::kSurface), style.FrameRounding);
  draw->AddRect(fmin, fmax, palette::Rgb(palette::kText), style.FrameRounding, 0, 2.0f);
  const ImVec2 tp(fmin.x + style.FramePadding.x, fmin.y + (field_h - ImGui::GetFontSize()) / 2);
  const std::string& committed = keyboard_.committed();
  const std::string& letters = keyboard_.letters();
  if (committed.empty() && letters.empty()) {
    DrawTextFit(draw, tp, fmax.x - fmin.x - style.FramePadding.x * 2, ImGui::GetFontSize(),
                palette::Rgb(palette::kTextMuted), ctx.T(Str::kSearchHint));
  } else {
    draw->PushClipRect(fmin, fmax, true);
    DrawText(draw, tp, palette::Rgb(palette::kText), committed);
    const float cw = MeasureText(committed).x;
    const ImVec2 lp(tp.x + cw, tp.y);
    DrawText(draw, lp, palette::Rgb(palette::kTileBlue), letters);
    const float lw = MeasureText(letters).x;
    if (lw > 0)
      draw->AddLine(ImVec2(lp.x, lp.y + ImGui::GetFontSize() * 1.15f),
                    ImVec2(lp.x + lw, lp.y + ImGui::GetFontSize() * 1.15f), palette::Rgb(palette::kTileBlue),
                    2.0f);
    draw->AddLine(ImVec2(lp.x + lw + 2, tp.y), ImVec2(lp.x + lw + 2, tp.y + ImGui::GetFontSize() * 1.1f),
                  palette::Rgb(palette::kText), 2.0f);
    draw->PopClipRect();
  }

  const float bottom = origin.y + avail.y;
  if (!portrait) {
    // Landscape: results under the field on the left, candidates and keyboard on the right.
    ImGui::SetCursorScreenPos(ImVec2(origin.x, fmax.y + style.ItemSpacing.y));
    DrawSearchResults(ctx, ImVec2(field_w, bottom - fmax.y - style.ItemSpacing.y));
    const float kx0 = origin.x + field_w + gap, kx1 = origin.x + avail.x;
    ImGui::SetCursorScreenPos(ImVec2(kx0, origin.y));
    keyboard_.DrawCandidates(ctx, kx0, kx1, ctx.T(Str::kSearchNoPinyin));
    keyboard_.DrawKeys(ctx, kx0, kx1);
  } else {
    // Portrait: the keyboard at the bottom, edge to edge, candidates above it, results between.
    const float window_x0 = ImGui::GetWindowPos().x + 6,
                window_x1 = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - 6;
    const float width = window_x1 - window_x0;
    const float keyboard_h = PinyinKeyboard::KeysHeight(width);
    const float candidates_h = MinTargetPx() + style.ItemSpacing.y;
    const float results_top = fmax.y + style.ItemSpacing.y;
    const float results_h = bottom - keyboard_h - candidates_h - style.ItemSpacing.y - results_top;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, results_top));
    DrawSearchResults(ctx, ImVec2(avail.x, std::max(MinTargetPx(), results_h)));
    ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom - keyboard_h - candidates_h));
    keyboard_.DrawCandidates(ctx, origin.x, origin.x + avail.x, ctx.T(Str::kSearchNoPinyin));
    ImGui::SetCursorScreenPos(ImVec2(window_x0, bottom - keyboard_h));
    keyboard_.DrawKeys(ctx, window_x0, window_x1);
  }
}

}  // namespace kiosk::ui
