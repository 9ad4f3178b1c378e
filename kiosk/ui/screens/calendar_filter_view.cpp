// kiosk/ui/screens/calendar_filter_view.cpp — one decision per screen: which types of activity
// (several may be chosen) and which community (one, or all). Every calendar view then shows
// only those; the toolbar's button says how many filters are on, in words.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/ui/screens/calendar_screen.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {
namespace {

struct ChipGrid {
  float x0, width, chip_w, chip_h, gap;
  int columns;
  int index = 0;
  // Positions the cursor for the next chip.
  ImVec2 Next(float y0) {
    const int row = index / columns, col = index % columns;
    ++index;
    return ImVec2(x0 + static_cast<float>(col) * (chip_w + gap),
                  y0 + static_cast<float>(row) * (chip_h + gap));
  }
  float Height(int count) const {
    const int rows = (count + columns - 1) / columns;
    return static_cast<float>(rows) * chip_h + static_cast<float>(std::max(0, rows - 1)) * gap;
  }
};

ChipGrid MakeGrid(const std::vector<std::string>& labels, bool portrait) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float widest = 0;
  for (const std::string& l : labels) widest = std::max(widest, MeasureText(l).x);
  const float natural =
      widest + MeasureText("✓").x + Em(0.6f) + style.ItemInnerSpacing.x * 2 + style.FramePadding.x * 2;
  ChipGrid g{};
  g.x0 = ImGui::GetCursorScreenPos().x;
  g.width = ImGui::GetContentRegionAvail().x;
  g.gap = style.ItemSpacing.x;
  g.chip_h = MinTargetPx();
  // At least 4 a row in landscape, 2 in portrait: long English names shrink to fit instead.
  const int fit = static_cast<int>(std::floor((g.width + g.gap) / (natural + g.gap)));
  g.columns = std::max({fit, portrait ? 2 : 4, 1});
  g.columns = std::min(g.columns, static_cast<int>(labels.size()));
  g.chip_w = (g.width - g.gap * static_cast<float>(g.columns - 1)) / static_cast<float>(g.columns);
  g.chip_w = std::min(g.chip_w, std::max(natural, MinTargetPx()) * 1.4f);
  return g;
}

}  // namespace

void CalendarScreen::DrawFilters(ScreenContext& ctx) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const Lang lang = ctx.settings.lang;
  const bool portrait = ctx.portrait();

  DrawSectionHeading(ctx.T(Str::kCalCategoryHeading));
  std::vector<std::string> labels = {ctx.T(Str::kCalAllCategories)};
  for (const CategoryInfo& c : categories_) labels.push_back(lang == Lang::kZh ? c.name_zh : c.name_en);
  ChipGrid grid = MakeGrid(labels, portrait);
  float y0 = ImGui::GetCursorScreenPos().y;
  ImGui::SetCursorScreenPos(grid.Next(y0));
  if (FilterChip(ctx.touch, labels[0], filter_.category_ids.empty(), std::nullopt,
                 ImVec2(grid.chip_w, grid.chip_h)))
    filter_.category_ids.clear();
  for (size_t i = 0; i < categories_.size(); ++i) {
    const CategoryInfo& c = categories_[i];
    ImGui::SetCursorScreenPos(grid.Next(y0));
    const bool on = filter_.category_ids.count(c.id) > 0;
    if (FilterChip(ctx.touch, labels[i + 1], on, c.rgb, ImVec2(grid.chip_w, grid.chip_h))) {
      if (on)
        filter_.category_ids.erase(c.id);
      else
        filter_.category_ids.insert(c.id);
    }
  }
  ImGui::SetCursorScreenPos(
      ImVec2(grid.x0, y0 + grid.Height(static_cast<int>(labels.size())) + style.ItemSpacing.y * 2));

  DrawSectionHeading(ctx.T(Str::kCalSiteHeading));
  std::vector<std::string> site_labels = {ctx.T(Str::kCalAllSites)};
  for (const SiteInfo& s : sites_) site_labels.push_back(lang == Lang::kZh ? s.name_zh : s.name_en);
  ChipGrid sites = MakeGrid(site_labels, portrait);
  y0 = ImGui::GetCursorScreenPos().y;
  ImGui::SetCursorScreenPos(sites.Next(y0));
  if (FilterChip(ctx.touch, site_labels[0], !filter_.site_id, std::nullopt,
                 ImVec2(sites.chip_w, sites.chip_h)))
    filter_.site_id.reset();
  for (size_t i = 0; i < sites_.size(); ++i) {
    ImGui::SetCursorScreenPos(sites.Next(y0));
    if (FilterChip(ctx.touch, site_labels[i + 1], filter_.site_id == sites_[i].id, std::nullopt,
                   ImVec2(sites.chip_w, sites.chip_h)))
      filter_.site_id = sites_[i].id;
  }
  ImGui::SetCursorScreenPos(
      ImVec2(sites.x0, y0 + sites.Height(static_cast<int>(site_labels.size())) + style.ItemSpacing.y * 2));

  // 完成 goes back to the view the filters apply to.
  const float done_w = std::max(MinTargetPx() * 2.5f, MeasureText(ctx.T(Str::kCalFiltersDone)).x + Em(2));
  const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - style.WindowPadding.y;
  const float y = std::min(ImGui::GetCursorScreenPos().y, bottom - MinTargetPx());
  ImGui::SetCursorScreenPos(ImVec2(grid.x0 + grid.width - done_w, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kCalFiltersDone), ImVec2(done_w, MinTargetPx()), buttons::kPrimary)) {
    if (stack_.size() > 1) stack_.pop_back();
    reset_scroll_ = true;
  }
}

}  // namespace kiosk::ui
