// kiosk/ui/screens/calendar_search_view.cpp — search as the resident types on a big on-screen
// keyboard: Latin letters match pinyin initials / full pinyin at once, and libgooglepinyin's
// candidates turn the letters into Chinese, which then matches the text itself.
//
// Candidates are offered only when every character occurs in some activity's text: anything
// else could match nothing, and (not being in the text the font was built from) might not have
// a glyph either.
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8, the decoder ImGui itself uses

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {
namespace {

constexpr size_t kResultsShown = 100;
constexpr size_t kUpcomingShown = 30;
constexpr std::array<const char*, 3> kKeyRows = {"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};

bool FontHasAll(const std::string& text) {
  ImFont* font = ImGui::GetFont();
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    unsigned c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) return false;
    p += n;
    if (font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return false;
  }
  return true;
}

void PopLastUtf8Char(std::string& s) {
  while (!s.empty()) {
    const unsigned char c = static_cast<unsigned char>(s.back());
    s.pop_back();
    if ((c & 0xC0) != 0x80) break;  // removed the lead byte: one whole character gone
  }
}

ButtonColors KeyColors() {
  ButtonColors c;
  c.fill = palette::kSurface;
  c.text = palette::kText;
  c.outline = true;
  return c;
}

}  // namespace

void CalendarScreen::UpdateSearch(ScreenContext& ctx) {
  if (!index_ || index_date_ != ctx.now.date) {
    index_.emplace(LoadSearchDocuments(ctx.db, LocalDateTime{ctx.now.date, 0, 0}));
    index_date_ = ctx.now.date;
    search_dirty_ = true;
  }
  if (!pinyin_ && !pinyin_unavailable_) {
    try {
      pinyin_ = std::make_unique<PinyinInput>();
    } catch (const std::exception&) {
      pinyin_unavailable_ = true;  // letters still search pinyin keys; the screen says so
    }
  }
  const std::string query = committed_ + letters_;
  if (search_dirty_ || query != searched_for_ || !(searched_filter_ == filter_)) {
    results_ = index_->Search(query, filter_, kResultsShown);
    searched_for_ = query;
    searched_filter_ = filter_;
  }
  if (search_dirty_ || letters_ != candidates_for_) {
    candidates_.clear();
    if (pinyin_ && !letters_.empty()) {
      for (PinyinCandidate& c : pinyin_->Candidates(letters_, 60)) {
        if (!index_->MayMatch(c.text) || !FontHasAll(c.text)) continue;
        candidates_.push_back(std::move(c));
        if (candidates_.size() == 16) break;
      }
    }
    candidates_for_ = letters_;
  }
  search_dirty_ = false;
}

void CalendarScreen::DrawCandidates(ScreenContext& ctx, float x0, float x1) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = MinTargetPx();
  const float y = ImGui::GetCursorScreenPos().y;
  if (pinyin_unavailable_) {
    DrawTextFit(ImGui::GetWindowDrawList(), ImVec2(x0, y + (h - ImGui::GetFontSize()) / 2), x1 - x0,
                ImGui::GetFontSize(), palette::Rgb(palette::kTextMuted), ctx.T(Str::kSearchNoPinyin));
  }
  float x = x0;
  for (size_t i = 0; i < candidates_.size(); ++i) {
    const PinyinCandidate& c = candidates_[i];
    const float w = std::max(MinTargetPx(), ImGui::CalcTextSize(c.text.c_str()).x + style.FramePadding.x * 2);
    if (x + w > x1) break;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ButtonColors colors;
    colors.fill = palette::kTileBlue;
    if (TouchButton(ctx.touch, c.text, ImVec2(w, h), colors, "candidate")) {
      committed_ += c.text;
      letters_ = letters_.substr(std::min(c.letters_used, letters_.size()));
      break;  // the list changes with the letters
    }
    x += w + style.ItemSpacing.x * 0.6f;
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y + h + style.ItemSpacing.y));
}

void CalendarScreen::DrawKeyboard(ScreenContext& ctx, float x0, float x1) {
  // Ten keys across the widest row; the gap shrinks before a key drops under the minimum size.
  const float width = x1 - x0;
  float gap = std::max(4.0f, Em(0.2f));
  if ((width - gap * 9) / 10 < MinTargetPx()) gap = std::max(2.0f, (width - MinTargetPx() * 10) / 9);
  const float key_w = std::max(MinTargetPx(), (width - gap * 9) / 10);
  const float key_h = std::max(MinTargetPx(), std::min(key_w, MinTargetPx() * 1.15f));
  float y = ImGui::GetCursorScreenPos().y;
  for (const char* row : kKeyRows) {
    const float n = static_cast<float>(std::char_traits<char>::length(row));
    float x = x0 + (width - (n * key_w + (n - 1) * gap)) / 2;
    for (const char* k = row; *k; ++k) {
      const char label[2] = {*k, 0};
      ImGui::SetCursorScreenPos(ImVec2(x, y));
      if (TouchButton(ctx.touch, label, ImVec2(key_w, key_h), KeyColors(), "key"))
        letters_ += static_cast<char>(*k - 'A' + 'a');
      x += key_w + gap;
    }
    y += key_h + gap;
  }
  // 空格 | 删除 | 清空
  const float space_w = key_w * 4 + gap * 3, edit_w = (width - space_w - gap * 2) / 2;
  ImGui::SetCursorScreenPos(ImVec2(x0, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeySpace), ImVec2(space_w, key_h), KeyColors())) {
    committed_ += letters_;
    letters_.clear();
    if (!committed_.empty() && committed_.back() != ' ') committed_ += ' ';
  }
  ButtonColors edit;
  edit.fill = palette::kNeutralButton;
  ImGui::SetCursorScreenPos(ImVec2(x0 + space_w + gap, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyDelete), ImVec2(edit_w, key_h), edit)) {
    if (!letters_.empty())
      letters_.pop_back();
    else
      PopLastUtf8Char(committed_);
  }
  ImGui::SetCursorScreenPos(ImVec2(x0 + space_w + gap * 2 + edit_w, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyClear), ImVec2(edit_w, key_h), edit)) {
    committed_.clear();
    letters_.clear();
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y + key_h + gap));
}

void CalendarScreen::DrawSearchResults(ScreenContext& ctx, ImVec2 size) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const Lang lang = ctx.settings.lang;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.4f)));
  ImGui::BeginChild("results", size, false,
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
    if (shown.empty()) ImGui::TextUnformatted(ctx.T(Str::kSearchNoResults));
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (size_t i : shown) {
    const SearchDocument& doc = index_->document(i);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(doc.title.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
    const std::string when =
        FormatShortDate(doc.next_start.date, lang) + " " + doc.next_start.HourMinute() + " · " + doc.venue;
    ImGui::TextUnformatted(when.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    const float bottom = std::max(ImGui::GetItemRectMax().y, p.y + MinTargetPx()) + style.ItemSpacing.y;
    if (ListRowArea(ctx.touch, doc.title, std::to_string(doc.next_occurrence_id), p,
                    ImVec2(p.x + width, bottom - style.ItemSpacing.y * 0.5f)))
      OpenDetail(doc.next_occurrence_id);
    draw->AddLine(ImVec2(p.x, bottom - style.ItemSpacing.y * 0.5f),
                  ImVec2(p.x + width, bottom - style.ItemSpacing.y * 0.5f), palette::Rgb(0xD0D0D0), 1.0f);
    ImGui::SetCursorScreenPos(ImVec2(p.x, bottom));
    ImGui::Dummy(ImVec2(width, 0));
  }
  if (!browsing && results_.more) {
    ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
    ImGui::TextUnformatted(ctx.T(Str::kSearchMore));
    ImGui::PopStyleColor();
  }
  ctx.touch.DragScrollCurrentWindow();
  ImGui::EndChild();
  ImGui::PopStyleVar();
}

void CalendarScreen::DrawSearch(ScreenContext& ctx) {
  UpdateSearch(ctx);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool portrait = ctx.portrait();
  const float gap = style.ItemSpacing.x * 1.5f;

  // The query field: chosen Chinese, then the letters still being typed (underlined), a caret.
  const float field_w = portrait ? avail.x : std::floor(avail.x * 0.42f);
  const float field_h = ImGui::GetFontSize() * 1.3f + style.FramePadding.y * 2 + Em(0.3f);
  const ImVec2 fmin = origin, fmax(origin.x + field_w, origin.y + field_h);
  draw->AddRectFilled(fmin, fmax, palette::Rgb(palette::kSurface), style.FrameRounding);
  draw->AddRect(fmin, fmax, palette::Rgb(palette::kText), style.FrameRounding, 0, 2.0f);
  const ImVec2 tp(fmin.x + style.FramePadding.x, fmin.y + (field_h - ImGui::GetFontSize()) / 2);
  if (committed_.empty() && letters_.empty()) {
    DrawTextFit(draw, tp, field_w - style.FramePadding.x * 2, ImGui::GetFontSize(),
                palette::Rgb(palette::kTextMuted), ctx.T(Str::kSearchHint));
  } else {
    draw->PushClipRect(fmin, fmax, true);
    draw->AddText(tp, palette::Rgb(palette::kText), committed_.c_str());
    const float cw = ImGui::CalcTextSize(committed_.c_str()).x;
    const ImVec2 lp(tp.x + cw, tp.y);
    draw->AddText(lp, palette::Rgb(palette::kTileBlue), letters_.c_str());
    const float lw = ImGui::CalcTextSize(letters_.c_str()).x;
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
    DrawCandidates(ctx, kx0, kx1);
    DrawKeyboard(ctx, kx0, kx1);
  } else {
    // Portrait: the keyboard at the bottom, edge to edge, candidates above it, results between.
    const float window_x0 = ImGui::GetWindowPos().x + 6,
                window_x1 = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - 6;
    const float width = window_x1 - window_x0;
    float key_gap = std::max(4.0f, Em(0.2f));
    if ((width - key_gap * 9) / 10 < MinTargetPx())
      key_gap = std::max(2.0f, (width - MinTargetPx() * 10) / 9);
    const float key_w = std::max(MinTargetPx(), (width - key_gap * 9) / 10);
    const float key_h = std::max(MinTargetPx(), std::min(key_w, MinTargetPx() * 1.15f));
    const float keyboard_h = 4 * (key_h + key_gap);
    const float candidates_h = MinTargetPx() + style.ItemSpacing.y;
    const float results_top = fmax.y + style.ItemSpacing.y;
    const float results_h = bottom - keyboard_h - candidates_h - style.ItemSpacing.y - results_top;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, results_top));
    DrawSearchResults(ctx, ImVec2(avail.x, std::max(MinTargetPx(), results_h)));
    ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom - keyboard_h - candidates_h));
    DrawCandidates(ctx, origin.x, origin.x + avail.x);
    ImGui::SetCursorScreenPos(ImVec2(window_x0, bottom - keyboard_h));
    DrawKeyboard(ctx, window_x0, window_x1);
  }
}

}  // namespace kiosk::ui
