// kiosk/ui/widgets/rating_prompt.cpp — the three choices, the reasons, the thanks, and the height
// a page keeps for them.
#include "kiosk/ui/widgets/rating_prompt.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <string>
#include <utility>

#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
namespace {

constexpr std::array<std::pair<RatingChoice, Str>, 3> kChoices = {
    {{RatingChoice::kSatisfied, Str::kRatingSatisfied},
     {RatingChoice::kFair, Str::kRatingFair},
     {RatingChoice::kUnsatisfied, Str::kRatingUnsatisfied}}};
constexpr std::array<std::pair<RatingReason, Str>, 5> kReasons = {
    {{RatingReason::kWaitedTooLong, Str::kReasonWaitedTooLong},
     {RatingReason::kHardToUse, Str::kReasonHardToUse},
     {RatingReason::kTextTooSmall, Str::kReasonTextTooSmall},
     {RatingReason::kInformationUnclear, Str::kReasonInformationUnclear},
     {RatingReason::kOther, Str::kReasonOther}}};

// Equal buttons in rows that wrap when `width` holds too few of them.
struct ButtonGrid {
  float w = 0, h = 0, gap = 0;
  int columns = 1, rows = 1;
  float height() const { return static_cast<float>(rows) * h + static_cast<float>(rows - 1) * gap; }
};

template <typename Value, size_t N>
ButtonGrid GridOf(const ScreenContext& ctx, const std::array<std::pair<Value, Str>, N>& buttons,
                  float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ButtonGrid grid;
  grid.gap = std::max(style.ItemSpacing.x, MinTargetGapPx());
  float widest = 0;
  for (const auto& [value, label] : buttons) widest = std::max(widest, MeasureText(ctx.T(label)).x);
  grid.w = std::max({widest + style.FramePadding.x * 2, MinTargetPx() * 1.6f, Em(3.0f)});
  grid.columns =
      std::clamp(static_cast<int>((width + grid.gap) / (grid.w + grid.gap)), 1, static_cast<int>(N));
  grid.w = std::max(grid.w, std::min((width - grid.gap * static_cast<float>(grid.columns - 1)) /
                                         static_cast<float>(grid.columns),
                                     Em(6.0f)));  // wider when there is room: easier to hit
  grid.rows = (static_cast<int>(N) + grid.columns - 1) / grid.columns;
  grid.h = MinTargetPx();
  return grid;
}

// Returns the value tapped.
template <typename Value, size_t N>
std::optional<Value> ButtonRows(ScreenContext& ctx, const std::array<std::pair<Value, Str>, N>& buttons,
                                Str target_format, float width) {
  const ButtonGrid grid = GridOf(ctx, buttons, width);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  std::optional<Value> tapped;
  for (size_t i = 0; i < N; ++i) {
    const auto row = static_cast<float>(static_cast<int>(i) / grid.columns);
    const auto column = static_cast<float>(static_cast<int>(i) % grid.columns);
    ImGui::SetCursorScreenPos(ImVec2(p.x + column * (grid.w + grid.gap), p.y + row * (grid.h + grid.gap)));
    const char* shown = ctx.T(buttons[i].second);
    if (TouchButtonShowing(ctx.touch, FormatText(ctx.T(target_format), shown), shown, ImVec2(grid.w, grid.h),
                           buttons::kSecondary))
      tapped = buttons[i].first;
  }
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + grid.height() + ImGui::GetStyle().ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
  return tapped;
}

// The height of the prompt's question and buttons at `width`: what DrawRatingPrompt draws.
template <typename Value, size_t N>
float StageHeight(const ScreenContext& ctx, Str question, const std::array<std::pair<Value, Str>, N>& buttons,
                  float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  return Em(0.3f) + MeasureText(ctx.T(question), width).y + style.ItemSpacing.y * 3 +
         GridOf(ctx, buttons, width).height();
}

}  // namespace

void DrawRatingPrompt(ScreenContext& ctx, RatingSession& session, const RatedThing& rated, float width) {
  if (session.stage() == RatingSession::Stage::kNone || session.thing() != rated)
    session = RatingSession(rated);
  ImGui::BeginGroup();  // every line starts at the cursor's x, wherever the caller put it
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  try {
    switch (session.stage()) {
      case RatingSession::Stage::kNone:
        break;
      case RatingSession::Stage::kAsk:
        WrappedText(ctx.T(Str::kRatingAsk), width);
        if (const auto choice = ButtonRows(ctx, kChoices, Str::kRatingTarget, width)) {
          ctx.touch.GuardAfterChange();  // the second tap of a double tap lands on no reason
          session.Choose(ctx.db, *choice, ctx.now);
        }
        break;
      case RatingSession::Stage::kReason:
        WrappedText(ctx.T(Str::kRatingReasonAsk), width);
        if (const auto reason = ButtonRows(ctx, kReasons, Str::kReasonTarget, width)) {
          ctx.touch.GuardAfterChange();
          session.GiveReason(ctx.db, *reason, ctx.now);
        }
        break;
      case RatingSession::Stage::kThanks:
        WrappedText(std::string("✓ ") + ctx.T(Str::kRatingThanks), width, 1.1f);
        break;
    }
  } catch (const std::exception& error) {
    LogStorageFailure("rating", error);  // optional for the resident: nothing to say to them
  }
  ImGui::EndGroup();
}

float RatingPromptHeight(const ScreenContext& ctx, float width) {
  return std::max(StageHeight(ctx, Str::kRatingAsk, kChoices, width),
                  StageHeight(ctx, Str::kRatingReasonAsk, kReasons, width));
}

}  // namespace kiosk::ui
