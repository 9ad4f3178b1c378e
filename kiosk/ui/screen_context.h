// kiosk/ui/screen_context.h — what every screen gets to draw one frame: the database, the
// touch layer, navigation, the language and display settings, and the current time.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/selection.h"
#include "kiosk/ui/strings.h"
#include "kiosk/ui/touch_layer.h"

namespace kiosk {
class SpeechPlayer;
struct PrinterTarget;
}  // namespace kiosk

namespace kiosk::ui {

class TextureProvider;
struct UiAssets;

struct DisplaySettings {
  Lang lang = Lang::kZh;
  bool large_text = false;
};

struct ScreenContext {
  db::Database& db;
  TouchLayer& touch;
  Navigator& nav;
  DisplaySettings& settings;  // screens may flip language or 大字
  LocalDateTime now;
  Selection* selection = nullptr;       // what the resident picked, for the next screens
  TextureProvider* textures = nullptr;  // poster textures; none: posters show as text
  std::string_view phone_hash_key;  // required: the kiosk's key for phone hashes (UiOptions::phone_hash_key)
  // Characters a screen is about to show that the font may lack (pinyin candidates for a name):
  // appended here, the UI asks the app for a font rebuild that covers them.
  std::string* extra_glyphs = nullptr;
  // 朗读: what this screen would say (set each frame by its ReadAloudButton), the player that
  // says it, and kiosk.toml's read_aloud_volume.
  std::string* read_aloud = nullptr;
  SpeechPlayer* speech = nullptr;
  int read_aloud_volume = 80;
  // kiosk.toml printer: confirmations offer 打印凭条 only when there is one.
  const PrinterTarget* printer = nullptr;
  // The assets/ folder (ui_assets.h): tile icons, attract art, centre logo; none: words only.
  const UiAssets* assets = nullptr;

  const char* T(Str id) const { return Tr(id, settings.lang); }
  bool portrait() const;
};

}  // namespace kiosk::ui
