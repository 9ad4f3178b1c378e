// tests/core/storage/record_ids_test.cpp — ids for rows a kiosk records are "<kiosk>-<seq>", never
// reused, and a rolled-back write gives its number back.
#include "kiosk/core/storage/record_ids.h"

#include <gtest/gtest.h>

#include "kiosk/core/storage/kiosk_database.h"

namespace kiosk {
namespace {

TEST(RecordIds, CountUpPerKiosk) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  SetKioskId(db, "TA01");
  EXPECT_EQ(NextRecordId(db), "TA01-1");
  EXPECT_EQ(NextRecordId(db), "TA01-2");
  SetKioskId(db, "TA02");  // renaming keeps the sequence: ids stay unique across the rename
  EXPECT_EQ(NextRecordId(db), "TA02-3");
}

TEST(RecordIds, RolledBackWriteReusesItsNumber) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  SetKioskId(db, "TA01");
  {
    db::Transaction transaction(db);
    EXPECT_EQ(NextRecordId(db), "TA01-1");
  }
  EXPECT_EQ(NextRecordId(db), "TA01-1");
}

TEST(RecordIds, MissingOrInvalidKioskIdIsAnError) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  EXPECT_THROW(NextRecordId(db), KioskIdentityError);
  for (const char* bad : {"", "TA-01", "同安", "a b", "K0123456789012345678901234567890123"}) {
    EXPECT_THROW(SetKioskId(db, bad), KioskIdentityError) << bad;
  }
}

}  // namespace
}  // namespace kiosk
