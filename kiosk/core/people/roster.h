// kiosk/core/people/roster.h — finding a volunteer in the roster by phone number or volunteer code.
// The roster holds only a keyed hash of each phone (libsodium BLAKE2b, PhoneHash), never the
// number: a typed number is hashed with the kiosk's key and compared.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "kiosk/core/people/scanned_code.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct Volunteer {
  int64_t id = 0;
  std::string display_name;    // for records only; show masked_name on screen
  std::string masked_name;     // "张*"
  std::string volunteer_code;  // "V0001"
  std::string team;            // the team's name, e.g. "同安街道巡逻志愿服务队"; empty if none
  std::string phone_last4;     // for "尾号0001"
};

enum class RosterMiss {
  kNotFound,  // no such number/code: "未找到该志愿者 / volunteer not found"
  kInactive,  // on the roster but no longer active: "该志愿者已停用，请联系工作人员 / ask staff"
};

using RosterResult = std::variant<Volunteer, RosterMiss>;

// By phone digits (an invalid number is simply not found).
RosterResult FindVolunteerByPhone(db::Database& db, std::string_view phone_digits, std::string_view hash_key);
// By volunteer code, compared exactly ("V0001"); pass ScannedVolunteerCode::code.
RosterResult FindVolunteerByCode(db::Database& db, std::string_view volunteer_code);
// By the volunteer's id (e.g. from a sign-up row).
RosterResult FindVolunteerById(db::Database& db, int64_t volunteer_id);

// Whatever ParseScannedCode accepted. A ScanRejected input is kNotFound: callers should have
// shown the scan problem first.
RosterResult RosterLookup(db::Database& db, const ScannedCode& scanned, std::string_view hash_key);

}  // namespace kiosk
