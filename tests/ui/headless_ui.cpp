// tests/ui/headless_ui.cpp
#include "headless_ui.h"

#include <algorithm>

#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/ui/font_sizing.h"
#include "kiosk/ui/theme.h"

namespace kiosk::test {

LocalDateTime TestNow() { return LocalDateTime{LocalDate{2026, 11, 27}, 9, 30}; }

db::Database DemoDatabase() {
  db::Database db = OpenKioskDatabase(":memory:", true);
  LoadDemoData(db, KIOSK_DEMO_DIR, TestNow().date);
  return db;
}

std::shared_ptr<const ui::UiAssets> SourceAssets() {
  static const auto assets = std::make_shared<const ui::UiAssets>(ui::LoadUiAssets(KIOSK_ASSETS_DIR));
  return assets;
}

HeadlessUi::HeadlessUi(db::Database& db, ui::UiOptions options, ImVec2 display) : display_(display) {
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = display_;
  io.DeltaTime = 1.0f / 60.0f;
  if (!options.clock) options.clock = [] { return TestNow(); };
  // Every test database is a demo database, which names the public demo key.
  if (options.phone_hash_key.empty()) options.phone_hash_key = std::string(kDemoPhoneHashKey);
  if (!options.assets) options.assets = SourceAssets();  // as the kiosk built from this tree would
  ui_ = std::make_unique<ui::KioskUi>(db, std::move(options));
  font_file_ = ui::FindCjkFont();
  BuildFonts();
  Frame();  // first frame lays out and publishes the targets
}

HeadlessUi::~HeadlessUi() {
  ui_.reset();
  ImGui::DestroyContext(context_);
}

void HeadlessUi::BuildFonts() {
  ui::BuildFontAtlasForPanel(ImGui::GetIO().Fonts, font_file_,
                             ui_->panel(static_cast<int>(display_.x), static_cast<int>(display_.y)),
                             ui_->large_text(), ui_->TextForGlyphs(), ui_->HeadingTextForGlyphs(),
                             ui_->IconGlyphsForAtlas());
  ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
}

void HeadlessUi::Frame() { FrameOf(1.0f / 60.0f); }

void HeadlessUi::Wait(double seconds) {
  while (seconds > 1e-9) {
    const double step = std::min(seconds, 0.25);
    FrameOf(static_cast<float>(step));
    seconds -= step;
  }
}

void HeadlessUi::FrameOf(float delta) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = display_;
  io.DeltaTime = delta;
  time_ += io.DeltaTime;
  ImGui::NewFrame();
  ui_->Draw();
  ImGui::Render();
  if (ui_->font_rebuild_needed()) {
    BuildFonts();
    ui_->clear_font_rebuild_needed();
  }
}

std::string HeadlessUi::FrameText() {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = display_;
  io.DeltaTime = 1.0f / 60.0f;
  time_ += io.DeltaTime;
  ImGui::NewFrame();
  ImGui::LogToClipboard();
  ui_->Draw();
  ImGui::LogFinish();
  ImGui::Render();
  const char* text = ImGui::GetClipboardText();
  return text ? std::string(text) : std::string();
}

std::optional<ui::Target> HeadlessUi::FindPrefix(std::string_view prefix) const {
  for (const auto& t : targets().last_frame())
    if (std::string_view(t.label).substr(0, prefix.size()) == prefix) return t;
  return std::nullopt;
}

void HeadlessUi::Frames(int n) {
  for (int i = 0; i < n; ++i) Frame();
}

void HeadlessUi::TapAt(ImVec2 p) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = p;
  // A person needs at least half a second between deliberate taps; the UI ignores faster
  // ones right after a screen change (double-tap guard), so wait like a person does.
  Frames(30);
  io.MouseDown[0] = true;
  Frame();
  io.MouseDown[0] = false;
  Frame();
  Settle();
}

bool HeadlessUi::Tap(std::string_view label) {
  const auto target = targets().Find(label);
  if (!target) return false;
  TapAt(ImVec2(target->center_x(), target->center_y()));
  return true;
}

bool HeadlessUi::TapPrefix(std::string_view prefix) {
  const auto target = FindPrefix(prefix);
  if (!target) return false;
  TapAt(ImVec2(target->center_x(), target->center_y()));
  return true;
}

void HeadlessUi::Drag(ImVec2 from, ImVec2 to, int steps) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = from;
  Frame();
  io.MouseDown[0] = true;
  Frame();
  for (int i = 1; i <= steps; ++i) {
    const float t = static_cast<float>(i) / static_cast<float>(steps);
    io.MousePos = ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    Frame();
  }
  io.MouseDown[0] = false;
  Frame();
  Settle();
}

}  // namespace kiosk::test
