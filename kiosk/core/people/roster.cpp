// kiosk/core/people/roster.cpp — roster lookups by hashed phone, code or id.
#include "kiosk/core/people/roster.h"

#include "kiosk/core/people/names.h"
#include "kiosk/core/people/phone_hash.h"

namespace kiosk {

namespace {

constexpr const char* kSelectVolunteer =
    "SELECT v.id, v.display_name, v.volunteer_code, COALESCE(o.name_zh, ''), v.phone_last4, v.active "
    "FROM volunteers v LEFT JOIN organizers o ON o.id = v.organizer_id WHERE ";

RosterResult ReadVolunteer(db::Statement& query) {
  if (!query.Step()) return RosterMiss::kNotFound;
  if (query.ColumnInt(5) == 0) return RosterMiss::kInactive;
  Volunteer volunteer;
  volunteer.id = query.ColumnInt(0);
  volunteer.display_name = query.ColumnText(1);
  volunteer.masked_name = MaskName(volunteer.display_name);
  volunteer.volunteer_code = query.ColumnText(2);
  volunteer.team = query.ColumnText(3);
  volunteer.phone_last4 = query.ColumnText(4);
  return volunteer;
}

}  // namespace

RosterResult FindVolunteerByPhone(db::Database& db, std::string_view phone_digits,
                                  std::string_view hash_key) {
  if (!IsValidMainlandMobile(phone_digits)) return RosterMiss::kNotFound;
  db::Statement query(db, std::string(kSelectVolunteer) + "v.phone_hash = ?1");
  query.Bind(1, PhoneHash(phone_digits, hash_key));
  return ReadVolunteer(query);
}

RosterResult FindVolunteerByCode(db::Database& db, std::string_view volunteer_code) {
  db::Statement query(db, std::string(kSelectVolunteer) + "v.volunteer_code = ?1");
  query.Bind(1, volunteer_code);
  return ReadVolunteer(query);
}

RosterResult FindVolunteerById(db::Database& db, int64_t volunteer_id) {
  db::Statement query(db, std::string(kSelectVolunteer) + "v.id = ?1");
  query.Bind(1, volunteer_id);
  return ReadVolunteer(query);
}

RosterResult RosterLookup(db::Database& db, const ScannedCode& scanned, std::string_view hash_key) {
  if (const auto* code = std::get_if<ScannedVolunteerCode>(&scanned))
    return FindVolunteerByCode(db, code->code);
  if (const auto* phone = std::get_if<ScannedPhone>(&scanned)) {
    return FindVolunteerByPhone(db, phone->digits, hash_key);
  }
  return RosterMiss::kNotFound;
}

}  // namespace kiosk
