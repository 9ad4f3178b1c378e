// kiosk/app/kiosk_fonts.h — keeps the GPU font texture matching the window size, 大字 mode and
// the text on show. Rebuilt between frames only (never inside NewFrame/Render).
#pragma once

#include "kiosk/app/app_options.h"
#include "kiosk/ui/fonts.h"

namespace kiosk::ui {
class KioskUi;
}

namespace kiosk::app {

class KioskFonts {
 public:
  // Finds Noto Sans CJK SC; throws ui::FontNotFoundError naming the Debian package.
  KioskFonts();

  // True when the window size or 大字 mode no longer match the built atlas, or the UI asked.
  bool NeedsRebuild(const ui::KioskUi& ui, WindowSize window) const;
  // Rebuild = BuildAtlas + Upload, between frames.
  void Rebuild(ui::KioskUi& ui, WindowSize window);
  // CPU half: the atlas from ui.TextForGlyphs() at the size for `window`. Touches only io.Fonts,
  // so it may run on another thread while the main thread creates the window (no ImGui calls there).
  void BuildAtlas(const ui::KioskUi& ui, WindowSize window);
  // GPU half: sizes the style to the font and uploads the texture (needs the OpenGL3 backend),
  // then frees the CPU copy of the pixels.
  void Upload(ui::KioskUi& ui);
  float pixel_size() const { return pixel_size_; }
  int glyph_count() const { return glyph_count_; }

 private:
  ui::FontFile font_;
  float pixel_size_ = 0;
  int glyph_count_ = 0;
  WindowSize built_for_{};
  bool built_large_ = false;
  bool device_objects_created_ = false;
};

}  // namespace kiosk::app
