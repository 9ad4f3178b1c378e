// tests/ui/headless_ui.h — drives the kiosk UI with no GPU and no window, like imgui's
// example_null: a real font atlas, DisplaySize and DeltaTime set by hand, mouse input through
// io.MousePos / io.MouseDown across frames. Taps go to targets by their visible label.
#pragma once

#include <imgui.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/kiosk_ui.h"
#include "kiosk/ui/ui_assets.h"
#include "kiosk/ui/widgets/activity_row.h"

namespace kiosk::test {

// The source tree's assets/ (read once): every HeadlessUi gets them unless its options name others.
std::shared_ptr<const ui::UiAssets> SourceAssets();

class HeadlessUi {
 public:
  HeadlessUi(db::Database& db, ui::UiOptions options, ImVec2 display = ImVec2(1920, 1080));
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  void Frame();  // one frame at the current mouse state (1/60 s); rebuilds fonts when asked
  void Frames(int n);
  // Lets `seconds` pass with no input, in frames of at most 0.25 s (countdowns, the idle reset).
  void Wait(double seconds);
  void Settle() { Frames(3); }
  // Press and release at the centre of the target labelled `label`; false if there is none.
  bool Tap(std::string_view label);
  void TapAt(ImVec2 p);
  // Tap on the first target whose label starts with `prefix` ("我要报名：" names its activity after).
  bool TapPrefix(std::string_view prefix);
  // One frame whose text drawn through ImGui::Text* widgets is returned (ImGui's log to the
  // clipboard buffer), to check what a screen says, not only what it lets you tap.
  std::string FrameText();
  // First target of the last frame whose label starts with `prefix`.
  std::optional<ui::Target> FindPrefix(std::string_view prefix) const;
  // Press at `from`, move to `to` in `steps` frames, release.
  void Drag(ImVec2 from, ImVec2 to, int steps = 10);

  ui::KioskUi& ui() { return *ui_; }
  const ui::TargetRegistry& targets() const { return ui_->targets(); }
  ImFont* font() const { return ImGui::GetIO().Fonts->Fonts[0]; }
  ImVec2 display() const { return display_; }
  double time() const { return time_; }

 private:
  void BuildFonts();
  void FrameOf(float delta_seconds);

  ImGuiContext* context_ = nullptr;
  ImVec2 display_;
  ui::FontFile font_file_;
  std::unique_ptr<ui::KioskUi> ui_;
  double time_ = 0;
};

// The target label of an activity's row (ActivityTargetLabel, in Chinese): "快乐4点半 11月27日 16:30".
template <typename Occurrence>
std::string RowLabel(const Occurrence& o) {
  return ui::ActivityTargetLabel(o.title, o.start, ui::Lang::kZh);
}

// A fixed "now" for tests: the demo is built relative to this day.
LocalDateTime TestNow();
// A fresh in-memory kiosk database with the demo data for TestNow().
db::Database DemoDatabase();

}  // namespace kiosk::test
