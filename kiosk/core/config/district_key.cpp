// kiosk/core/config/district_key.cpp — the rules of district_key.h, each refusal one clear line.
#include "kiosk/core/config/district_key.h"

#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/kiosk_database.h"

namespace kiosk {
namespace {

bool HoldsPhoneHashes(db::Database& db) {
  return db::QueryInt(db,
                      "SELECT (SELECT count(*) FROM volunteers) + (SELECT count(*) FROM signups) + "
                      "(SELECT count(*) FROM bookings)") > 0;
}

constexpr const char* kGiveKeyZh = "请用 --key-file 或 kiosk.toml 的 key_file 指定区密钥";
constexpr const char* kGiveKeyEn = "give the district key with --key-file or key_file in kiosk.toml";

}  // namespace

std::string ChoosePhoneHashKey(db::Database& db, const std::optional<std::string>& district_key) {
  const std::optional<std::string> stored = StoredPhoneKeyFingerprint(db);
  const std::string demo = PhoneKeyFingerprint(kDemoPhoneHashKey);
  if (district_key) {
    const std::string given = PhoneKeyFingerprint(*district_key);
    if (stored == given) return *district_key;
    if (stored == demo) {
      throw PhoneKeyRefusedError("这是演示数据库（演示密钥），不能使用区密钥 " + given +
                                 " / this database was made with the public demo key, "
                                 "not with the district key " +
                                 given + ": leave out the key file for the demo");
    }
    if (stored) {
      throw PhoneKeyRefusedError("密钥不符：数据库需要密钥 " + *stored + "，密钥文件是 " + given +
                                 " / key mismatch: the database's phone hashes were made with key " +
                                 *stored + ", the key file holds key " + given);
    }
    if (HoldsPhoneHashes(db)) {
      throw PhoneKeyRefusedError(
          "数据库已有电话号码记录但未注明密钥，无法确认 / the database holds phone hashes but names no key "
          "fingerprint: nobody can tell which key made them");
    }
    db::Transaction transaction(db);
    StorePhoneKeyFingerprint(db, given);
    transaction.Commit();
    return *district_key;
  }
  if (stored == demo) return std::string(kDemoPhoneHashKey);
  if (stored) {
    throw PhoneKeyRefusedError("数据库需要区密钥 " + *stored + "，" + kGiveKeyZh +
                               " / the database needs the district key " + *stored + ": " + kGiveKeyEn);
  }
  throw PhoneKeyRefusedError(std::string("数据库未注明电话号码密钥，") + kGiveKeyZh +
                             " / the database names no phone key: " + kGiveKeyEn);
}

}  // namespace kiosk
