// kiosk/core/signup/my_signups.cpp — a phone's upcoming sign-ups and the name it was given before.
#include "kiosk/core/signup/my_signups.h"

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/people/names.h"
#include "kiosk/core/people/phone_hash.h"

namespace kiosk {

std::vector<MySignUp> SignUpsForPhone(db::Database& db, std::string_view phone, const LocalDateTime& now,
                                      std::string_view hash_key) {
  std::vector<MySignUp> result;
  if (!IsValidMainlandMobile(phone)) return result;
  db::Statement query(db, R"sql(
    SELECT su.id, o.id, e.title, s.name_zh,
           CASE WHEN e.venue <> '' THEN e.venue
                WHEN r.id IS NOT NULL THEN s.name_zh || ' ' || r.name_zh
                ELSE s.name_zh END,
           o.start_at, o.end_at, su.status, su.waitlist_position, su.confirmation_code,
           (o.status = 'cancelled' OR e.status = 'cancelled')
      FROM signups su
      JOIN occurrences o ON o.id = su.occurrence_id
      JOIN events e ON e.id = o.event_id
      JOIN sites s ON s.id = e.site_id
      LEFT JOIN rooms r ON r.id = e.room_id
     WHERE su.phone_hash = ?1 AND su.status <> 'cancelled' AND o.end_at > ?2 )sql" KIOSK_SHOWN_OCCURRENCE_SQL
                          R"sql(
     ORDER BY o.start_at, e.title, su.id)sql");
  query.BindAll(PhoneHash(phone, hash_key), now.Iso());
  while (query.Step()) {
    MySignUp item;
    item.signup_id = query.ColumnText(0);
    item.occurrence_id = query.ColumnInt(1);
    item.title = query.ColumnText(2);
    item.site = query.ColumnText(3);
    item.venue = query.ColumnText(4);
    item.start = ParseStoredTime(query.ColumnText(5), "occurrences.start_at");
    item.end = ParseStoredTime(query.ColumnText(6), "occurrences.end_at");
    const std::string status = query.ColumnText(7);
    item.status = status == "waitlisted" ? MySignUpStatus::kWaitlisted
                  : status == "conflict" ? MySignUpStatus::kConflict
                                         : MySignUpStatus::kConfirmed;
    if (const auto position = query.ColumnOptionalInt(8))
      item.waitlist_position = static_cast<int>(*position);
    item.confirmation_code = query.ColumnOptionalText(9);
    item.occurrence_cancelled = query.ColumnInt(10) != 0;
    // CancelSignUp accepts confirmed and waitlisted rows until the end; a cancelled activity
    // needs no cancel from the resident, and a conflict has nothing left to cancel.
    item.can_cancel = !item.occurrence_cancelled && item.status != MySignUpStatus::kConflict;
    result.push_back(std::move(item));
  }
  return result;
}

std::optional<KnownName> PreviousName(db::Database& db, std::string_view phone, std::string_view hash_key) {
  if (!IsValidMainlandMobile(phone)) return std::nullopt;
  const std::string phone_hash = PhoneHash(phone, hash_key);
  db::Statement roster(db, "SELECT display_name FROM volunteers WHERE phone_hash = ?1 AND active = 1");
  roster.Bind(1, phone_hash);
  if (roster.Step()) {
    std::string name = roster.ColumnText(0);
    return KnownName{name, MaskName(name), true};
  }
  db::Statement signed_up(
      db,
      "SELECT display_name FROM signups WHERE phone_hash = ?1 AND display_name IS NOT NULL "
      "AND display_name <> '' ORDER BY created_at DESC, rowid DESC LIMIT 1");
  signed_up.Bind(1, phone_hash);
  if (signed_up.Step()) {
    std::string name = signed_up.ColumnText(0);
    return KnownName{name, MaskName(name), false};
  }
  return std::nullopt;
}

}  // namespace kiosk
