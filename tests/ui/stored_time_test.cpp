// tests/ui/stored_time_test.cpp — the kiosk over a stored time that is not a real minute ('T99:99',
// written before migration 008 tightened the check): every screen still draws, the occurrence is
// left out, and the log names it.
#include <gtest/gtest.h>

#include "headless_ui.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/storage/stored_times.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

std::string logged;

TEST(StoredTime, ABadStoredTimeIsSkippedOnEveryScreenAndLogged) {
  db::Database db = DemoDatabase();
  db.Exec("PRAGMA ignore_check_constraints = ON");
  db.Exec(
      "UPDATE occurrences SET start_at = substr(start_at, 1, 10) || 'T99:99' "
      "WHERE id = (SELECT id FROM occurrences WHERE start_at >= '" +
      TestNow().date.Iso() + "' ORDER BY start_at LIMIT 1)");
  db.Exec("UPDATE occurrences SET end_at = '" + TestNow().date.Iso() +
          "T25:00' WHERE id = (SELECT max(id) FROM occurrences)");
  db.Exec("PRAGMA ignore_check_constraints = OFF");
  SetStorageFailureSink([](std::string_view line) { logged += std::string(line) + "\n"; });
  EXPECT_EQ(LogUnshowableOccurrences(db), 2);
  SetStorageFailureSink(nullptr);
  EXPECT_NE(logged.find("T99:99"), std::string::npos) << logged;
  EXPECT_NE(logged.find("T25:00"), std::string::npos) << logged;

  for (const ui::ScreenId screen : ui::AllScreens()) {
    ui::UiOptions options;
    options.start_screen = screen;
    HeadlessUi h(db, options);
    h.Settle();
    const std::string text = h.FrameText();
    EXPECT_EQ(text.find("99:99"), std::string::npos) << static_cast<int>(screen);
    EXPECT_FALSE(h.ui().quit_requested()) << static_cast<int>(screen);
    EXPECT_FALSE(h.targets().last_frame().empty()) << static_cast<int>(screen);
  }
}

}  // namespace
}  // namespace kiosk::test
