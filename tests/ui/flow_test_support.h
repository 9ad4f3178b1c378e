// tests/ui/flow_test_support.h — helpers for the sign-up, my sign-ups and volunteer flow tests:
// typing on the keypad by tapping digit targets, a clock the test can move, scanner input, and
// counts read back from the database.
#pragma once

#include <gtest/gtest.h>
#include <imgui.h>

#include <memory>
#include <string>
#include <string_view>

#include "headless_ui.h"
#include "kiosk/core/signup/signup_listing.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::test {

// Taps each digit of `digits` on the keypad; fails the test if a key is missing.
inline void TypeDigits(HeadlessUi& h, std::string_view digits) {
  for (const char c : digits) ASSERT_TRUE(h.Tap(std::string(1, c))) << "no key " << c;
}

// A scanner: types `text` quickly, then Enter, as a USB keyboard would (ImGui 1.86 io fields).
inline void Scan(HeadlessUi& h, const std::string& text) {
  ImGuiIO& io = ImGui::GetIO();
  constexpr int kEnterIndex = 257;  // GLFW_KEY_ENTER, as the app's GLFW backend maps it
  io.KeyMap[ImGuiKey_Enter] = kEnterIndex;
  io.AddInputCharactersUTF8(text.c_str());
  h.Frame();
  io.KeysDown[kEnterIndex] = true;
  h.Frame();
  io.KeysDown[kEnterIndex] = false;
  h.Settle();
}

inline int64_t CountRows(db::Database& db, const std::string& sql) { return db::QueryInt(db, sql); }

inline int64_t OutboxOps(db::Database& db, const std::string& kind) {
  return db::QueryInt(db, "SELECT count(*) FROM outbox WHERE kind = '" + kind + "'");
}

// An occurrence open for sign-up at TestNow() with at least `seats` places left (or no limit).
inline int64_t OpenOccurrenceWithSeats(db::Database& db, int seats = 3) {
  for (const OpenForSignUp& o : OccurrencesOpenForSignUp(db, TestNow(), 200))
    if (!o.seats.Left() || *o.seats.Left() >= seats) return o.occurrence_id;
  ADD_FAILURE() << "no open occurrence with seats in the demo";
  return 0;
}

// The demo's 存旧瓶筑新绿 on TestNow()+1 (Saturday): full, two on the waitlist.
inline int64_t FullBottlesOccurrence(db::Database& db) {
  return db::QueryInt(
      db,
      "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.uid = 'ta-bottles' "
      "AND o.start_at >= '" +
          TestNow().date.AddDays(1).Iso() + "' ORDER BY o.start_at LIMIT 1");
}

// A movable clock for the UI: tests advance `now` between steps.
struct TestClock {
  std::shared_ptr<LocalDateTime> now = std::make_shared<LocalDateTime>(TestNow());
  std::function<LocalDateTime()> fn() const {
    return [n = now] { return *n; };
  }
};

}  // namespace kiosk::test
