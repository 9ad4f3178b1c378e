// kiosk/ui/touch_widgets.h — big touch widgets built like ImGui's ButtonEx
// (ItemSize -> ItemAdd -> ButtonBehavior -> render), returning a bool and holding no app state.
#pragma once

#include <imgui.h>

#include <string_view>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_layer.h"

namespace kiosk::ui {

// True when [min, max] shows whole in the current window: nothing of it is cut by the list's edge
// beyond the half window padding ImGui's clip takes from every window. A target that is not
// wholly visible is drawn but takes no taps (a finger on a sliver would be a surprise).
bool WhollyVisible(ImVec2 min, ImVec2 max);

// A button of at least MinTargetPx() in each side. `label` is shown (wrapped, centred) and is
// the target's label in the registry; `id_suffix` disambiguates equal labels. Returns true on a tap.
bool TouchButton(TouchLayer& touch, std::string_view label, ImVec2 size, const ButtonColors& colors,
                 std::string_view id_suffix = {});

// A button that shows `shown` but registers as `target_label` (e.g. "筛选" showing "已筛选2项").
bool TouchButtonShowing(TouchLayer& touch, std::string_view target_label, std::string_view shown, ImVec2 size,
                        const ButtonColors& colors, std::string_view id_suffix = {});

// A tile: big label plus an optional second line (e.g. the English name), left-aligned; `icon`
// (a glyph merged into the heading font, ui_assets.h) beside them when the atlas has it.
bool TouchTile(TouchLayer& touch, std::string_view label, std::string_view subtitle, ImVec2 size,
               const ButtonColors& colors, std::string_view icon = {});

// An invisible tappable area over something already drawn (a list row). Registers a target.
bool TouchArea(TouchLayer& touch, std::string_view label, std::string_view id_suffix, ImVec2 min, ImVec2 max);

// A toggle that states its state in words, not colour alone: "✓ 大字" when on.
bool TouchToggle(TouchLayer& touch, std::string_view label, bool on, ImVec2 size);

}  // namespace kiosk::ui
