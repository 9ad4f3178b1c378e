// kiosk/ui/widgets/handwriting_pad.cpp — ink in, candidates out; drawn as a 田字格 practice box.
#include "kiosk/ui/widgets/handwriting_pad.h"

#include <algorithm>
#include <cmath>

#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/theme.h"

namespace kiosk::ui {
namespace {

constexpr size_t kCandidates = 10;

}  // namespace

HandwritingPad::HandwritingPad() = default;
HandwritingPad::~HandwritingPad() = default;

void HandwritingPad::Clear() {
  ink_.clear();
  writing_ = false;
  if (!candidates_.empty()) ++generation_;
  candidates_.clear();
}

void HandwritingPad::Recognize() {
  if (!recognizer_ && !unavailable_) {
    try {
      recognizer_ = std::make_unique<HandwritingRecognizer>();
    } catch (const std::exception&) {
      unavailable_ = true;  // the pad says so; pinyin still works
    }
  }
  candidates_ = recognizer_ ? recognizer_->Recognize(ink_, kCandidates) : std::vector<HandwritingCandidate>{};
  ++generation_;
}

void HandwritingPad::Draw(ScreenContext& ctx, ImVec2 min, ImVec2 max) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  draw->AddRectFilled(min, max, palette::Rgb(palette::kSurface), style.FrameRounding);
  draw->AddRect(min, max, palette::Rgb(palette::kText), style.FrameRounding, 0, 2.0f);
  // 田字格: the guide lines of a Chinese practice box, faint so the ink stands out.
  const ImVec2 c((min.x + max.x) / 2, (min.y + max.y) / 2);
  const ImU32 guide = palette::Rgb(palette::kBorder);
  for (float t = 0; t < 1; t += 0.04f) {
    const float a = t, b = t + 0.02f;
    draw->AddLine(ImVec2(min.x + (max.x - min.x) * a, c.y), ImVec2(min.x + (max.x - min.x) * b, c.y), guide,
                  1.0f);
    draw->AddLine(ImVec2(c.x, min.y + (max.y - min.y) * a), ImVec2(c.x, min.y + (max.y - min.y) * b), guide,
                  1.0f);
  }

  ImGui::SetCursorScreenPos(min);
  ImGui::InvisibleButton("##handwriting_pad", ImVec2(max.x - min.x, max.y - min.y));
  ctx.touch.AddTarget(ctx.T(Str::kHandwritingPad), min, max);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const InkPoint here{mouse.x - min.x, mouse.y - min.y};
  if (ImGui::IsItemActivated()) {
    ink_.push_back({here});
    writing_ = true;
  } else if (writing_ && ImGui::IsItemActive()) {
    const InkPoint& last = ink_.back().back();
    if (std::hypot(here.x - last.x, here.y - last.y) >= 2.0f) ink_.back().push_back(here);  // ~touch rate
  }
  if (writing_ && !ImGui::IsItemActive()) {
    writing_ = false;
    Recognize();
  }

  const float thickness = std::max(4.0f, Em(0.22f));
  const ImU32 ink = palette::Rgb(palette::kText);
  for (const InkStroke& s : ink_) {
    if (s.size() == 1) draw->AddCircleFilled(ImVec2(min.x + s[0].x, min.y + s[0].y), thickness / 2, ink);
    for (size_t i = 1; i < s.size(); ++i)
      draw->AddLine(ImVec2(min.x + s[i - 1].x, min.y + s[i - 1].y), ImVec2(min.x + s[i].x, min.y + s[i].y),
                    ink, thickness);
  }
  if (ink_.empty() || unavailable_) {
    const char* hint = ctx.T(unavailable_ ? Str::kHandwritingUnavailable : Str::kHandwritingHint);
    DrawTextFit(draw, ImVec2(min.x + Em(0.5f), min.y + Em(0.3f)), max.x - min.x - Em(1.0f),
                ImGui::GetFontSize(), palette::Rgb(palette::kTextMuted), hint);
  }
}

}  // namespace kiosk::ui
