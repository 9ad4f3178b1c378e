// kiosk/core/config/district_key.h — which phone-hash key a kiosk uses with a database: the
// district key it was given, or the public demo key for a database that names the demo key,
// and never the demo key for real data.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

// The kiosk must not start with this database and key. what() is one bilingual line.
class PhoneKeyRefusedError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `district_key`: the key from the key file (kiosk.toml key_file or --key-file), if one was given.
// The database's meta 'phone_key_fingerprint' decides, in this order:
//   1. a key was given and the database names its fingerprint      -> that key
//   2. a key was given and the database names another fingerprint  -> refused (the demo's too)
//   3. a key was given and the database names none:
//        it holds no phone hashes yet -> that key, and its fingerprint is recorded in meta
//        it holds some                -> refused: nobody can tell which key made them
//   4. no key and the database names the demo key's fingerprint    -> the demo key (the demo db)
//   5. no key otherwise                                            -> refused
// Throws PhoneKeyRefusedError; db::SqliteError if the database cannot be read or written.
std::string ChoosePhoneHashKey(db::Database& db, const std::optional<std::string>& district_key);

}  // namespace kiosk
