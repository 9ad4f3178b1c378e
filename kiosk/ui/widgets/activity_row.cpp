// kiosk/ui/widgets/activity_row.cpp — ActivityRow and PlaceText.
#include "kiosk/ui/widgets/activity_row.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {
namespace {

// Muted text (the end time, the place) in the style's disabled colour, which keeps 7:1.
void RenderLine(ImVec2 pos, std::string_view text, float wrap_width, bool muted) {
  if (text.empty()) return;
  if (muted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  // Through ImGui's text renderer (not the draw list alone), so the text is logged: tests read it.
  DrawTextWrapped(pos, text, wrap_width);
  if (muted) ImGui::PopStyleColor();
}

float WrappedHeight(std::string_view text, float wrap_width) {
  if (text.empty()) return 0;
  return MeasureText(text, wrap_width).y;
}

}  // namespace

std::string PlaceText(std::string_view site, std::string_view venue) {
  if (venue.empty()) return std::string(site);
  if (site.empty() || venue.substr(0, site.size()) == site) return std::string(venue);
  std::string text(site);
  text += " · ";
  text += venue;
  return text;
}

std::string ActivityTargetLabel(std::string_view title, const LocalDateTime& start, Lang lang) {
  static constexpr const char* kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char when[48];
  if (lang == Lang::kZh)
    std::snprintf(when, sizeof when, "%d月%d日 %s", start.date.month, start.date.day,
                  start.HourMinute().c_str());
  else
    std::snprintf(when, sizeof when, "%d %s %s", start.date.day, kMonthsEn[(start.date.month + 11) % 12],
                  start.HourMinute().c_str());
  return std::string(title) + " " + when;
}

std::string ActionTargetLabel(std::string_view action, std::string_view title, const LocalDateTime& start,
                              Lang lang) {
  const std::string activity = ActivityTargetLabel(title, start, lang);
  const std::string action_text(action);
  char buf[512];
  std::snprintf(buf, sizeof buf, Tr(Str::kTargetOnActivity, lang), action_text.c_str(), activity.c_str());
  return buf;
}

namespace {

ActivityRowTap DrawRow(TouchLayer& touch, const ActivityRowFacts& row, std::string_view action, Lang lang) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return {};
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 spacing = style.ItemSpacing;
  const float line = ImGui::GetTextLineHeight();
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = MinTargetGapPx();

  // Measure: time column | title, place, category | seats badge | the row's own button.
  const std::string date = row.show_date ? FormatShortDate(row.start.date, lang) : std::string();
  const std::string start = row.start.HourMinute();
  const std::string end = row.end ? "–" + row.end->HourMinute() : std::string();
  const float time_w = Em(row.show_date ? 5.6f : 3.6f);
  const int time_lines = 1 + (date.empty() ? 0 : 1) + (end.empty() ? 0 : 1);
  const float time_h = static_cast<float>(time_lines) * (line + spacing.y) - spacing.y;
  const std::string seats = row.seats ? std::string(*row.seats) : std::string();
  const float seats_w = row.seats ? MeasureText(seats).x + style.FramePadding.x * 2 : 0;
  const float badge_h = row.seats ? line + style.FramePadding.y * 2 : 0;
  const float action_w =
      action.empty() ? 0 : std::max(MinTargetPx() * 1.3f, MeasureText(action).x + style.FramePadding.x * 2);
  const float action_room = action.empty() ? 0 : action_w + gap;
  const float text_w = std::max(Em(4), width - time_w - seats_w - spacing.x - action_room);
  const float swatch = Em(0.6f);
  const float category_w = text_w - swatch - style.ItemInnerSpacing.x;
  const float title_h = WrappedHeight(row.title, text_w);
  const float place_h = WrappedHeight(row.place, text_w);
  const float category_h = row.category ? WrappedHeight(row.category->name, category_w) : 0;
  const float text_h =
      title_h + (place_h > 0 ? spacing.y + place_h : 0) + (category_h > 0 ? spacing.y + category_h : 0);
  const float pad_y = spacing.y;  // above and below the content; rows abut
  const float row_h = std::max(std::max({time_h, text_h, badge_h}) + pad_y * 2, MinTargetPx() + gap);

  // Reserve and register, as ButtonEx does; the row's own height is its whole pitch.
  const ImVec2 pos = window->DC.CursorPos;
  // The bottom on the pixel ItemSize moves the cursor to, so the next row starts exactly there.
  const ImRect bb(pos, ImVec2(pos.x + width, IM_FLOOR(pos.y + std::ceil(row_h))));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 0));
  ImGui::ItemSize(bb.GetSize(), 0.0f);
  ImGui::PopStyleVar();
  const std::string id_text = std::string(row.title) + "##row" + std::to_string(row.occurrence_id);
  const ImGuiID id = window->GetID(id_text.c_str());
  if (!ImGui::ItemAdd(bb, id)) return {};

  // Only a row wholly inside the list is a target; its target and its button keep half the gap
  // from the row's edges, so neighbouring rows' targets are a whole gap apart.
  ImRect visible = bb;
  visible.ClipWith(window->ClipRect);
  const bool whole = visible.GetHeight() >= bb.GetHeight() - 0.5f;
  const ImRect action_bb(ImVec2(bb.Max.x - action_w, bb.Min.y + (bb.GetHeight() - MinTargetPx()) / 2),
                         ImVec2(bb.Max.x, bb.Min.y + (bb.GetHeight() + MinTargetPx()) / 2));
  const ImRect row_bb(ImVec2(bb.Min.x, bb.Min.y + gap / 2),
                      ImVec2(bb.Max.x - action_room, bb.Max.y - gap / 2));
  ActivityRowTap tap;
  bool held = false;
  if (whole) {
    touch.AddTarget(ActivityTargetLabel(row.title, row.start, lang), row_bb.Min, row_bb.Max);
    bool hovered = false;
    const bool released_on_item = ImGui::ButtonBehavior(row_bb, id, &hovered, &held, 0);
    if (touch.IsDragGesture()) held = false;  // the finger is scrolling, not pressing
    tap.row = released_on_item && touch.TapAllowed();
  }

  // Render.
  ImDrawList* draw = window->DrawList;
  if (held) draw->AddRectFilled(row_bb.Min, row_bb.Max, IM_COL32(0, 0, 0, 24));  // pressed feedback
  float y = pos.y + pad_y;
  if (!date.empty()) {
    RenderLine(ImVec2(pos.x, y), date, 0, false);
    y += line + spacing.y;
  }
  RenderLine(ImVec2(pos.x, y), start, 0, false);
  RenderLine(ImVec2(pos.x, y + line + spacing.y), end, 0, true);

  const float x = pos.x + time_w;
  y = pos.y + pad_y;
  RenderLine(ImVec2(x, y), row.title, text_w, false);
  y += title_h + spacing.y;
  if (place_h > 0) {
    RenderLine(ImVec2(x, y), row.place, text_w, true);
    y += place_h + spacing.y;
  }
  if (row.category) {  // the category in words beside its colour
    draw->AddRectFilled(ImVec2(x, y + Em(0.2f)), ImVec2(x + swatch, y + Em(0.2f) + swatch),
                        palette::Rgb(row.category->rgb), 3.0f);
    RenderLine(ImVec2(x + swatch + style.ItemInnerSpacing.x, y), row.category->name, category_w, false);
  }
  if (row.seats) DrawSeatsBadge(seats, row.full, ImVec2(bb.Max.x - action_room, pos.y + pad_y));
  if (!action.empty()) {
    // The row's own button: a real TouchButton, so it draws, presses and registers like every other.
    const ImVec2 cursor = window->DC.CursorPos;
    ImGui::SetCursorScreenPos(action_bb.Min);
    if (whole) {
      tap.action =
          TouchButtonShowing(touch, ActionTargetLabel(action, row.title, row.start, lang), action,
                             action_bb.GetSize(), buttons::kPrimary, std::to_string(row.occurrence_id));
    } else {  // cut by the list's edge: drawn as it looks, never tapped
      draw->AddRectFilled(action_bb.Min, action_bb.Max, palette::Rgb(buttons::kPrimary.fill),
                          style.FrameRounding);
      const ImVec2 text = MeasureText(action);
      DrawText(draw,
               ImVec2(action_bb.Min.x + (action_bb.GetWidth() - text.x) / 2,
                      action_bb.Min.y + (action_bb.GetHeight() - text.y) / 2),
               palette::Rgb(buttons::kPrimary.text), action);
    }
    ImGui::SetCursorScreenPos(cursor);
  }
  draw->AddLine(ImVec2(bb.Min.x, bb.Max.y - 0.5f), ImVec2(bb.Max.x, bb.Max.y - 0.5f),
                palette::Rgb(palette::kBorder), 1.0f);
  return tap;
}

}  // namespace

bool ActivityRow(TouchLayer& touch, const ActivityRowFacts& row, Lang lang) {
  return DrawRow(touch, row, {}, lang).row;
}

ActivityRowTap ActivityRowWithAction(TouchLayer& touch, const ActivityRowFacts& row, std::string_view action,
                                     Lang lang) {
  return DrawRow(touch, row, action, lang);
}

}  // namespace kiosk::ui
