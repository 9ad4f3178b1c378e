// tests/ui/hostile_corpus_test.cpp — every screen of the kiosk drawn headlessly over each database the
// hostile corpus accepted (tests/hostile/hostile_corpus.py lists them in KIOSK_HOSTILE_DATABASES);
// without the list, over the demo database.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "headless_ui.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

void DrawEveryScreen(db::Database& db, const std::string& what) {
  for (const ui::ScreenId screen : ui::AllScreens()) {
    for (const bool large : {false, true}) {
      ui::UiOptions options;
      options.start_screen = screen;
      options.large_text = large;
      HeadlessUi h(db, options);
      h.Settle();
      EXPECT_FALSE(h.targets().last_frame().empty()) << what << ": " << ui::ScreenName(screen);
    }
  }
}

TEST(HostileCorpus, EveryScreenDrawsOverEveryAcceptedDatabase) {
  const char* list = std::getenv("KIOSK_HOSTILE_DATABASES");
  if (list == nullptr) {
    db::Database db = DemoDatabase();
    DrawEveryScreen(db, "demo");
    return;
  }
  std::ifstream in(list);
  std::string path;
  int drawn = 0;
  while (std::getline(in, path)) {
    if (path.empty()) continue;
    SCOPED_TRACE(path);
    db::Database db = OpenKioskDatabase(path, /*create_if_missing=*/false);
    try {
      DrawEveryScreen(db, path);
      ++drawn;
    } catch (const db::SqliteError& error) {
      // A page only the screens read is damaged: the kiosk stops with the one storage sentence
      // (kiosk_main.cpp, exit 2), which must say "damaged" — never a crash or an unexplained error.
      EXPECT_EQ(DescribeStorageFailure(error).kind, StorageFailureKind::kDamaged) << error.what();
    }
  }
  EXPECT_GT(drawn, 0);
}

}  // namespace
}  // namespace kiosk::test
