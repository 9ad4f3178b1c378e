// kiosk/core/signup/signup_operations.cpp — the 'signup', 'cancel_signup' and 'promote' operations:
// their payloads and their Apply rules (stated in signup_operations.h).
//
// [SECTION] Payloads
// [SECTION] Waitlist order
// [SECTION] Apply
#include "kiosk/core/signup/signup_operations.h"

#include <utility>
#include <vector>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/storage/outbox_payload.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Payloads
//-----------------------------------------------------------------------------

const char* RoleText(SignUpRole role) { return role == SignUpRole::kVolunteer ? "volunteer" : "resident"; }
const char* StatusText(LiveStatus status) {
  return status == LiveStatus::kWaitlisted ? "waitlisted" : "confirmed";
}
LiveStatus ReadStatus(const PayloadReader& in, const char* key) {
  return in.OneOf(key, {"confirmed", "waitlisted"}) == "waitlisted" ? LiveStatus::kWaitlisted
                                                                    : LiveStatus::kConfirmed;
}

}  // namespace

std::string ToJson(const SignUpOp& op) {
  return PayloadWriter()
      .Text("signup_id", op.signup_id)
      .Int("occurrence_id", op.occurrence_id)
      .Text("event_uid", op.event_uid)
      .Text("recurrence_id", op.recurrence_id)
      .Text("role", RoleText(op.role))
      .OptionalInt("volunteer_id", op.volunteer_id)
      .Text("phone_hash", op.phone_hash)
      .Text("phone_last4", op.phone_last4)
      .OptionalText("display_name", op.display_name)
      .Text("status", StatusText(op.status))
      .OptionalInt("waitlist_position", op.waitlist_position)
      .Text("confirmation_code", op.confirmation_code)
      .Time("created_at", op.created_at)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, SignUpOp& op) {
  const PayloadReader in(op_id, payload);
  op.signup_id = in.Text("signup_id");
  op.occurrence_id = in.Int("occurrence_id");
  op.event_uid = in.Text("event_uid");
  op.recurrence_id = in.Text("recurrence_id");
  op.role = in.OneOf("role", {"resident", "volunteer"}) == "volunteer" ? SignUpRole::kVolunteer
                                                                       : SignUpRole::kResident;
  op.volunteer_id = in.OptionalInt("volunteer_id");
  op.phone_hash = in.Text("phone_hash");
  op.phone_last4 = in.Text("phone_last4");
  op.display_name = in.OptionalText("display_name");
  op.status = ReadStatus(in, "status");
  op.waitlist_position = in.OptionalInt("waitlist_position");
  op.confirmation_code = in.Text("confirmation_code");
  op.created_at = in.Time("created_at");
}

std::string ToJson(const CancelSignUpOp& op) {
  return PayloadWriter()
      .Text("signup_id", op.signup_id)
      .Int("occurrence_id", op.occurrence_id)
      .OptionalText("event_uid", op.event_uid)
      .OptionalText("recurrence_id", op.recurrence_id)
      .Text("previous_status", StatusText(op.previous_status))
      .Time("cancelled_at", op.cancelled_at)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, CancelSignUpOp& op) {
  const PayloadReader in(op_id, payload);
  op.signup_id = in.Text("signup_id");
  op.occurrence_id = in.Int("occurrence_id");
  op.event_uid = in.OptionalText("event_uid");
  op.recurrence_id = in.OptionalText("recurrence_id");
  op.previous_status = ReadStatus(in, "previous_status");
  op.cancelled_at = in.Time("cancelled_at");
}

std::string ToJson(const PromoteOp& op) {
  return PayloadWriter()
      .Text("signup_id", op.signup_id)
      .Int("occurrence_id", op.occurrence_id)
      .Text("event_uid", op.event_uid)
      .Text("recurrence_id", op.recurrence_id)
      .Time("promoted_at", op.promoted_at)
      .OptionalText("freed_by", op.freed_by)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, PromoteOp& op) {
  const PayloadReader in(op_id, payload);
  op.signup_id = in.Text("signup_id");
  op.occurrence_id = in.Int("occurrence_id");
  op.event_uid = in.Text("event_uid");
  op.recurrence_id = in.Text("recurrence_id");
  op.promoted_at = in.Time("promoted_at");
  op.freed_by = in.OptionalText("freed_by");
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Waitlist order
//-----------------------------------------------------------------------------

// Makes the waitlist positions 1..n again, keeping their order (after a cancel or promotion).
void RenumberWaitlist(db::Database& db, int64_t occurrence_id) {
  db::Statement list(db,
                     "SELECT id, waitlist_position FROM signups WHERE occurrence_id = ?1 "
                     "AND status = 'waitlisted' ORDER BY waitlist_position, created_at, id");
  list.Bind(1, occurrence_id);
  std::vector<std::pair<std::string, int64_t>> rows;
  while (list.Step()) rows.emplace_back(list.ColumnText(0), list.ColumnInt(1));
  db::Statement update(db, "UPDATE signups SET waitlist_position = ?2 WHERE id = ?1");
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto wanted = static_cast<int64_t>(i + 1);
    if (rows[i].second == wanted) continue;
    update.BindAll(rows[i].first, wanted);
    update.Run();
    update.Reset();
  }
}

// The stored status of a sign-up; nullopt when there is no such row.
std::optional<std::string> StoredStatus(db::Database& db, const std::string& signup_id) {
  db::Statement query(db, "SELECT status FROM signups WHERE id = ?1");
  query.Bind(1, signup_id);
  if (!query.Step()) return std::nullopt;
  return query.ColumnText(0);
}

bool PhoneHoldsLiveSignUp(db::Database& db, int64_t occurrence_id, const std::string& phone_hash) {
  db::Statement query(db,
                      "SELECT 1 FROM signups WHERE occurrence_id = ?1 AND phone_hash = ?2 "
                      "AND status IN ('confirmed', 'waitlisted')");
  query.BindAll(occurrence_id, phone_hash);
  return query.Step();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Apply
//-----------------------------------------------------------------------------

ApplyResult Apply(db::Database& db, const SignUpOp& op) {
  if (StoredStatus(db, op.signup_id)) return ApplyResult::kReplayed;
  const std::optional<Seats> seats = LoadSeats(db, op.occurrence_id);
  if (!seats) return ApplyResult::kRejected;
  if (op.role == SignUpRole::kVolunteer && !op.volunteer_id) return ApplyResult::kRejected;

  std::string status = StatusText(op.status);
  std::optional<int64_t> position;
  if (PhoneHoldsLiveSignUp(db, op.occurrence_id, op.phone_hash)) {
    status = "conflict";
  } else if (op.role == SignUpRole::kVolunteer) {
    status = "confirmed";  // volunteers take no seat and never wait
  } else if (op.status == LiveStatus::kConfirmed && seats->Full()) {
    status = "conflict";
  } else if (op.status == LiveStatus::kWaitlisted) {
    position = seats->NextWaitlistPosition();  // at the end, whatever the kiosk showed
  }
  db::Statement(db, R"sql(
      INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, role, volunteer_id, phone_hash,
                          phone_last4, display_name, status, waitlist_position, confirmation_code)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql")
      .BindAll(op.signup_id, OriginKioskOf(op.signup_id), op.created_at.Iso(), op.occurrence_id,
               RoleText(op.role), op.volunteer_id, op.phone_hash, op.phone_last4, op.display_name, status,
               position, op.confirmation_code)
      .Run();
  return status == "conflict" ? ApplyResult::kConflict : ApplyResult::kApplied;
}

ApplyResult Apply(db::Database& db, const CancelSignUpOp& op) {
  const std::optional<std::string> status = StoredStatus(db, op.signup_id);
  if (!status) return ApplyResult::kRejected;
  if (*status == "cancelled") return ApplyResult::kReplayed;
  if (*status == "conflict") return ApplyResult::kConflict;
  db::Statement(db, "UPDATE signups SET status = 'cancelled', waitlist_position = NULL WHERE id = ?1")
      .Bind(1, op.signup_id)
      .Run();
  if (*status == "waitlisted") RenumberWaitlist(db, op.occurrence_id);
  return ApplyResult::kApplied;
}

ApplyResult Apply(db::Database& db, const PromoteOp& op) {
  const std::optional<std::string> status = StoredStatus(db, op.signup_id);
  if (!status) return ApplyResult::kRejected;
  if (*status == "confirmed") return ApplyResult::kReplayed;
  if (*status != "waitlisted") return ApplyResult::kConflict;
  const std::optional<Seats> seats = LoadSeats(db, op.occurrence_id);
  if (!seats || !seats->SeatForWaitlist()) return ApplyResult::kConflict;
  db::Statement(db, "UPDATE signups SET status = 'confirmed', waitlist_position = NULL WHERE id = ?1")
      .Bind(1, op.signup_id)
      .Run();
  RenumberWaitlist(db, op.occurrence_id);
  return ApplyResult::kApplied;
}

}  // namespace kiosk
