// tests/core/admin/admin_pin_test.cpp — the staff PIN: hashed with crypto_pwhash, never stored
// as typed; five wrong PINs lock the keypad for 15 minutes, and the lock survives a restart.
#include "kiosk/core/admin/admin_pin.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "kiosk/core/admin/admin_audit.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {
namespace {

constexpr int64_t kNow = 1'800'000'000;

class AdminPinTest : public ::testing::Test {
 protected:
  std::string hash_ = HashAdminPin("2468", PinHashCost::kMinimum);
  db::Database db_ = OpenKioskDatabase(":memory:", true);
};

TEST(AdminPinHash, IsAnArgon2StringThatVerifiesOnlyTheRightPin) {
  const std::string hash = HashAdminPin("2468", PinHashCost::kMinimum);
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_EQ(hash.find("2468"), std::string::npos) << "the PIN itself is not in the hash";
  EXPECT_TRUE(VerifyAdminPin(hash, "2468"));
  EXPECT_FALSE(VerifyAdminPin(hash, "2469"));
  EXPECT_FALSE(VerifyAdminPin(hash, "24680"));
  EXPECT_NE(HashAdminPin("2468", PinHashCost::kMinimum), hash) << "a fresh salt each time";
}

TEST(AdminPinHash, BadPinsAndBadHashesAreRefused) {
  for (const char* pin : {"", "123", "123456789", "12a4", "１２３４"}) {
    EXPECT_FALSE(IsValidAdminPin(pin)) << pin;
    EXPECT_THROW(HashAdminPin(pin, PinHashCost::kMinimum), std::invalid_argument) << pin;
  }
  EXPECT_FALSE(VerifyAdminPin("", "2468")) << "no PIN set: nothing opens the admin";
  EXPECT_FALSE(VerifyAdminPin("$argon2id$v=19$m=65536,t=2,p=1$REPLACE-WITH-SALT$REPLACE-WITH-HASH", "2468"));
}

TEST_F(AdminPinTest, RightPinIsAcceptedAndClearsTheCount) {
  EXPECT_TRUE(std::holds_alternative<PinWrong>(TryAdminPin(db_, hash_, "1111", kNow)));
  EXPECT_TRUE(std::holds_alternative<PinAccepted>(TryAdminPin(db_, hash_, "2468", kNow)));
  for (int i = 0; i < kMaxWrongPins - 1; ++i) {
    const PinResult r = TryAdminPin(db_, hash_, "1111", kNow);
    ASSERT_TRUE(std::holds_alternative<PinWrong>(r));
    EXPECT_EQ(std::get<PinWrong>(r).tries_left, kMaxWrongPins - 1 - i)
        << "the earlier wrong PIN was forgotten";
  }
}

TEST_F(AdminPinTest, FiveWrongPinsLockForFifteenMinutesEvenForTheRightPin) {
  for (int i = 1; i < kMaxWrongPins; ++i) {
    const PinResult r = TryAdminPin(db_, hash_, "0000", kNow + i);
    ASSERT_TRUE(std::holds_alternative<PinWrong>(r));
    EXPECT_EQ(std::get<PinWrong>(r).tries_left, kMaxWrongPins - i);
  }
  const PinResult fifth = TryAdminPin(db_, hash_, "0000", kNow + 5);
  ASSERT_TRUE(std::holds_alternative<PinLocked>(fifth));
  EXPECT_EQ(std::get<PinLocked>(fifth).until, kNow + 5 + 15 * 60);
  EXPECT_TRUE(std::holds_alternative<PinLocked>(TryAdminPin(db_, hash_, "2468", kNow + 60)))
      << "while locked, not even the right PIN";
  EXPECT_EQ(AdminPinLock(db_, kNow + 60), kNow + 5 + 15 * 60);
  EXPECT_FALSE(AdminPinLock(db_, kNow + 5 + 15 * 60)) << "the lock runs out";
  EXPECT_TRUE(std::holds_alternative<PinAccepted>(TryAdminPin(db_, hash_, "2468", kNow + 5 + 15 * 60)));
}

TEST_F(AdminPinTest, AfterTheLockRunsOutThereAreFiveNewTries) {
  for (int i = 0; i < kMaxWrongPins; ++i) TryAdminPin(db_, hash_, "0000", kNow);
  const PinResult r = TryAdminPin(db_, hash_, "0000", kNow + kLockSeconds);
  ASSERT_TRUE(std::holds_alternative<PinWrong>(r));
  EXPECT_EQ(std::get<PinWrong>(r).tries_left, kMaxWrongPins - 1);
}

TEST_F(AdminPinTest, NoPinSetAcceptsNothing) {
  EXPECT_TRUE(std::holds_alternative<PinWrong>(TryAdminPin(db_, "", "2468", kNow)));
}

TEST(AdminPinLockFile, SurvivesARestart) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("kiosk-admin-lock-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  const std::string hash = HashAdminPin("2468", PinHashCost::kMinimum);
  {
    db::Database db = OpenKioskDatabase(path.string(), true);
    for (int i = 0; i < kMaxWrongPins; ++i) TryAdminPin(db, hash, "0000", kNow);
  }  // the plug is pulled
  {
    db::Database db = OpenKioskDatabase(path.string(), false);
    EXPECT_EQ(AdminPinLock(db, kNow + 1), kNow + kLockSeconds);
    EXPECT_TRUE(std::holds_alternative<PinLocked>(TryAdminPin(db, hash, "2468", kNow + 1)));
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

TEST(AdminAudit, KeepsEveryActionInOrder) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  SetKioskId(db, "K01");  // each entry is an operation with this kiosk's id, for the nightly batch
  RecordAdminAction(db, "2026-11-27T09:30:05", "pin_wrong", "4 tries left");
  RecordAdminAction(db, "2026-11-27T09:30:20", "pin_accepted", "");
  RecordAdminAction(db, "2026-11-27T09:31:00", "exit", "to the desktop");
  const auto log = AdminAuditLog(db);
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].action, "pin_wrong");
  EXPECT_EQ(log[0].detail, "4 tries left");
  EXPECT_EQ(log[2].at, "2026-11-27T09:31:00");
  EXPECT_EQ(log[2].kiosk, "K01");
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM outbox WHERE kind = 'admin_action'"), 3);
  EXPECT_THROW(RecordAdminAction(db, "yesterday", "exit", ""), db::SqliteError) << "a time is a time";
}

}  // namespace
}  // namespace kiosk
