// kiosk/core/signup/my_signups.h — what a resident sees about themself after typing their phone number:
// their upcoming sign-ups (我的报名), and the name they gave before ("张*军，是您吗？").
// Nothing here writes. An unknown or invalid number simply has nothing: the UI says plainly
// "没有找到您的报名 / no sign-ups for this number" and shows no other detail.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/time/local_time.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

enum class MySignUpStatus {
  kConfirmed,   // "已报名" with the confirmation code
  kWaitlisted,  // "候补第N位"
  kConflict,    // "未成功：名额已被其他报名占用" — the office gave the seat to someone else
};

struct MySignUp {
  std::string signup_id;  // pass to CancelSignUp
  int64_t occurrence_id = 0;
  std::string title;
  std::string site;
  std::string venue;
  LocalDateTime start;
  LocalDateTime end;
  MySignUpStatus status = MySignUpStatus::kConfirmed;
  std::optional<int> waitlist_position;          // when waitlisted
  std::optional<std::string> confirmation_code;  // none for rows not made at a kiosk
  bool occurrence_cancelled = false;             // show "活动已取消" instead of a Cancel button
  bool can_cancel = false;                       // show a Cancel (取消报名) button
};

// Sign-ups of this phone for occurrences that have not ended by `now`, earliest first; cancelled
// sign-ups are left out. Empty for an unknown or invalid number.
std::vector<MySignUp> SignUpsForPhone(db::Database& db, std::string_view phone, const LocalDateTime& now,
                                      std::string_view hash_key);

struct KnownName {
  std::string display_name;  // to pass back into SignUpRequest::display_name if they say yes
  std::string masked_name;   // what the screen shows: "张*军"
  bool from_roster = false;  // the phone is a volunteer's
};

// The name this phone is known by: the volunteer roster first, else the name given with this
// phone's most recent sign-up that had one. nullopt: ask for a name (the resident may skip it).
std::optional<KnownName> PreviousName(db::Database& db, std::string_view phone, std::string_view hash_key);

}  // namespace kiosk
