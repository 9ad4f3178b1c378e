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
  // Rebuilds the atlas from ui.TextForGlyphs(), sizes the style to it and uploads the texture.
  // Needs the OpenGL3 backend initialised. Frees the CPU copy of the pixels afterwards.
  void Rebuild(ui::KioskUi& ui, WindowSize window);
  float pixel_size() const { return pixel_size_; }
  int glyph_count() const { return glyph_count_; }

 private:
  void BuildAtlas(const ui::KioskUi& ui, WindowSize window);
  void Upload(ui::KioskUi& ui);

  ui::FontFile font_;
  float pixel_size_ = 0;
  int glyph_count_ = 0;
  WindowSize built_for_{};
  bool built_large_ = false;
  bool device_objects_created_ = false;
};

}  // namespace kiosk::app
