// kiosk/ui/widgets/read_aloud_button.h — 朗读: the button that speaks a screen's text in Mandarin
// (kiosk/core/speech) on a background thread; while it speaks the button reads 停止朗读 and a
// second tap stops it.
//
// The screen passes the text it would say, built from the same strings it draws (never a phone
// number, never a booking's matter); the button also hands it to the UI (ScreenContext::
// read_aloud), which is what `kiosk --read-aloud-to FILE.wav` synthesises.
#pragma once

#include <imgui.h>

#include <string>

#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

// Draws at the cursor; returns true on the frame it was tapped.
bool ReadAloudButton(ScreenContext& ctx, const std::string& text, ImVec2 size);

}  // namespace kiosk::ui
