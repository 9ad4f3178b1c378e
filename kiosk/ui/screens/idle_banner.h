// kiosk/ui/screens/idle_banner.h — the kindly idle reset: after the idle time on a screen that
// holds something for one person, a banner "还在使用吗？ / Still there?" counts down over the
// screen with a big 继续使用 that restores the full time; when the countdown ends, the UI's one
// reset call clears every form. A screen that holds nothing is reset at the idle time at once.
//
// Implements:
//   IdleWatch        when someone last used the kiosk and which idle phase it is in (no ImGui)
//   DrawIdleBanner   the banner over the whole display; true when the person wants more time
#pragma once

#include <optional>

#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

class IdleWatch {
 public:
  enum class Phase {
    kAtRest,    // nobody touched it since the last reset: nothing to clear
    kInUse,     // someone is using it
    kWarning,   // the banner counts down
    kResetDue,  // clear everything now
  };

  IdleWatch(double idle_seconds, double warning_seconds)
      : idle_seconds_(idle_seconds), warning_seconds_(warning_seconds) {}

  void NoteInput(double now) {
    last_input_ = now;
    pending_ = true;
  }
  void NoteReset() { pending_ = false; }

  // `holds_someone`: the screen shows or holds something for one person (only then the banner).
  Phase PhaseAt(double now, bool holds_someone) const;
  // While the banner shows: whole seconds left on its countdown (15, 14, ... 1).
  int SecondsLeft(double now) const;
  // Seconds until the phase changes or the countdown's number does; nullopt at rest.
  std::optional<double> SecondsUntilNextChange(double now, bool holds_someone) const;
  // Seconds nobody has touched the kiosk (also at rest: the attract loop starts after idle_seconds).
  double IdleFor(double now) const { return now - last_input_; }
  double idle_seconds() const { return idle_seconds_; }

 private:
  double idle_seconds_;
  double warning_seconds_;
  double last_input_ = 0;
  bool pending_ = false;
};

// Draws the banner as a window over the whole display (nothing under it can be tapped) with the
// countdown in words. True when the person taps 继续使用 or anywhere on the dimmed screen.
bool DrawIdleBanner(ScreenContext& ctx, int seconds_left);

}  // namespace kiosk::ui
