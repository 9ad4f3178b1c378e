// kiosk/ui/widgets/read_aloud_button.cpp — one toggle over the UI's SpeechPlayer.
#include "kiosk/ui/widgets/read_aloud_button.h"

#include "kiosk/core/speech/speech_player.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {

bool ReadAloudButton(ScreenContext& ctx, const std::string& text, ImVec2 size) {
  if (ctx.read_aloud) *ctx.read_aloud = text;
  const bool speaking = ctx.speech && ctx.speech->speaking();
  const Str label = speaking ? Str::kReadAloudStop : Str::kReadAloud;
  if (!TouchButton(ctx.touch, ctx.T(label), size, speaking ? buttons::kEmphasis : buttons::kSecondary))
    return false;
  if (ctx.speech) {
    if (speaking)
      ctx.speech->Stop();
    else
      ctx.speech->Speak(text, ctx.read_aloud_volume);
  }
  return true;
}

}  // namespace kiosk::ui
