// kiosk/app/kiosk_fonts.cpp — font atlas (kiosk_ui) + texture upload (ImGui's OpenGL3 backend).
#include "kiosk/app/kiosk_fonts.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <malloc.h>
#include <spdlog/spdlog.h>

#include "kiosk/ui/font_sizing.h"
#include "kiosk/ui/kiosk_ui.h"
#include "kiosk/ui/theme.h"

namespace kiosk::app {

KioskFonts::KioskFonts() : font_(ui::FindCjkFont()) {}

bool KioskFonts::NeedsRebuild(const ui::KioskUi& ui, WindowSize window) const {
  return glyph_count_ == 0 || ui.font_rebuild_needed() || ui.large_text() != built_large_ ||
         window.width != built_for_.width || window.height != built_for_.height;
}

void KioskFonts::Rebuild(ui::KioskUi& ui, WindowSize window) {
  BuildAtlas(ui, window);
  Upload(ui);
}

void KioskFonts::BuildAtlas(const ui::KioskUi& ui, WindowSize window) {
  const bool large = ui.large_text();
  pixel_size_ =
      ui::BuildFontAtlasForPanel(ImGui::GetIO().Fonts, font_, ui.panel(window.width, window.height), large,
                                 ui.TextForGlyphs(), ui.HeadingTextForGlyphs(), ui.IconGlyphsForAtlas());
  glyph_count_ = ImGui::GetIO().Fonts->Fonts[0]->Glyphs.Size;
  built_for_ = window;
  built_large_ = large;
}

void KioskFonts::Upload(ui::KioskUi& ui) {
  ImGuiIO& io = ImGui::GetIO();
  ui::ApplyKioskStyle(ImGui::GetStyle(), pixel_size_);
  if (!device_objects_created_) {
    // First upload: shaders + font texture together, so the backend's lazy NewFrame path never
    // re-creates the texture from a cleared atlas (which would make ImGui build its default font).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    device_objects_created_ = true;
  } else {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  spdlog::info("font atlas: {} glyphs at {} px, {}x{} texture", glyph_count_, pixel_size_, io.Fonts->TexWidth,
               io.Fonts->TexHeight);
  io.Fonts->ClearTexData();    // the GPU has it now; the CPU copy would cost width*height*5 bytes
  io.Fonts->ClearInputData();  // the .ttc read into memory, ~20 MB per face; a rebuild reloads it
  malloc_trim(0);              // hand those megabytes back to the system now, not "some day"
  ui.clear_font_rebuild_needed();
}

}  // namespace kiosk::app
