// tests/core/config/district_key_test.cpp — which key a kiosk hashes phone numbers with: the demo
// database opens with the demo key and no key file; real data never gets the demo key; a key that
// does not match the database's fingerprint is refused.
#include "kiosk/core/config/district_key.h"

#include <gtest/gtest.h>

#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

class DistrictKeyChoice : public ::testing::Test {
 protected:
  db::Database db_ = OpenKioskDatabase(":memory:", /*create_if_missing=*/true);
  const std::string district_ = NewDistrictKey();

  std::string Refusal(const std::optional<std::string>& key) {
    try {
      ChoosePhoneHashKey(db_, key);
    } catch (const PhoneKeyRefusedError& e) {
      return e.what();
    }
    return "(accepted)";
  }
};

TEST_F(DistrictKeyChoice, DemoDatabaseWithoutKeyFileUsesTheDemoKey) {
  StorePhoneKeyFingerprint(db_, PhoneKeyFingerprint(kDemoPhoneHashKey));
  EXPECT_EQ(ChoosePhoneHashKey(db_, std::nullopt), kDemoPhoneHashKey);
}

TEST_F(DistrictKeyChoice, DemoDatabaseWithADistrictKeyIsRefused) {
  StorePhoneKeyFingerprint(db_, PhoneKeyFingerprint(kDemoPhoneHashKey));
  EXPECT_NE(Refusal(district_).find("public demo key"), std::string::npos);
}

TEST_F(DistrictKeyChoice, MatchingKeyIsUsed) {
  StorePhoneKeyFingerprint(db_, PhoneKeyFingerprint(district_));
  EXPECT_EQ(ChoosePhoneHashKey(db_, district_), district_);
}

TEST_F(DistrictKeyChoice, OtherKeyIsRefusedNamingBothFingerprints) {
  StorePhoneKeyFingerprint(db_, PhoneKeyFingerprint(district_));
  const std::string other = NewDistrictKey();
  const std::string refusal = Refusal(other);
  EXPECT_NE(refusal.find(PhoneKeyFingerprint(district_)), std::string::npos) << refusal;
  EXPECT_NE(refusal.find(PhoneKeyFingerprint(other)), std::string::npos) << refusal;
  EXPECT_EQ(refusal.find('\n'), std::string::npos) << refusal;
}

TEST_F(DistrictKeyChoice, RealDataWithoutKeyFileIsRefusedNeverTheDemoKey) {
  StorePhoneKeyFingerprint(db_, PhoneKeyFingerprint(district_));
  const std::string refusal = Refusal(std::nullopt);
  EXPECT_NE(refusal.find(PhoneKeyFingerprint(district_)), std::string::npos) << refusal;
  EXPECT_NE(refusal.find("--key-file"), std::string::npos) << refusal;
}

TEST_F(DistrictKeyChoice, DatabaseNamingNoKeyAndNoKeyFileIsRefused) {
  EXPECT_NE(Refusal(std::nullopt).find("names no phone key"), std::string::npos);
}

TEST_F(DistrictKeyChoice, EmptyDatabaseAdoptsTheGivenKey) {
  EXPECT_EQ(ChoosePhoneHashKey(db_, district_), district_);
  EXPECT_EQ(StoredPhoneKeyFingerprint(db_), PhoneKeyFingerprint(district_));
  EXPECT_NE(Refusal(NewDistrictKey()).find("key mismatch"),
            std::string::npos);  // from then on, only that key
}

TEST_F(DistrictKeyChoice, UnnamedHashesAreNeverAdopted) {
  testing::InsertMinimalCalendar(db_);
  db_.Exec(
      "INSERT INTO volunteers(id, display_name, volunteer_code, phone_hash, phone_last4) "
      "VALUES(1, '李军', 'V0001', '" +
      PhoneHash("13900000001", kDemoPhoneHashKey) + "', '0001')");
  EXPECT_NE(Refusal(district_).find("names no key fingerprint"), std::string::npos);
  EXPECT_EQ(StoredPhoneKeyFingerprint(db_), std::nullopt);
}

}  // namespace
}  // namespace kiosk
