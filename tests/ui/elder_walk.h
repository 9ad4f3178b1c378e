// tests/ui/elder_walk.h — every screen a resident can reach, in every state a test can put it in:
// each top-level screen and calendar view as the kiosk starts on it, then the steps inside the
// sign-up, my sign-ups, volunteer and room booking flows, reached by tapping as a person would.
#pragma once

#include <functional>
#include <string>

#include "headless_ui.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::test {

// Calls visit(name, ui) once per screen state, with `base` (language, 大字, panel) for every UI
// it opens at `display` pixels. Names are stable across languages and 大字, so states compare.
void WalkEveryScreen(db::Database& db, const ui::UiOptions& base, ImVec2 display,
                     const std::function<void(const std::string& name, HeadlessUi& h)>& visit);

}  // namespace kiosk::test
