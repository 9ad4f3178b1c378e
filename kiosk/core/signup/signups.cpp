// kiosk/core/signup/signups.cpp — sign-up, waitlist and cancel rules (policy in signups.h).
//
// [SECTION] Occurrence state: window, live sign-ups
// [SECTION] SignUp
// [SECTION] Cancel
#include "kiosk/core/signup/signups.h"

#include <stdexcept>

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/people/names.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/people/roster.h"
#include "kiosk/core/signup/waitlist.h"
#include "kiosk/core/storage/confirmation_codes.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Occurrence state: window, live sign-ups
//-----------------------------------------------------------------------------

SignUpWindow WindowAt(const OccurrenceFacts& facts, const LocalDateTime& now) {
  if (facts.cancelled) return SignUpWindow::kCancelled;
  if (now >= facts.end) return SignUpWindow::kOver;
  if (facts.signup_opens && now < *facts.signup_opens) return SignUpWindow::kNotOpenYet;
  if (now >= facts.EffectiveSignupClose()) return SignUpWindow::kClosed;
  return SignUpWindow::kOpen;
}

std::optional<AlreadySignedUp> FindLiveSignUp(db::Database& db, int64_t occurrence_id,
                                              const std::string& phone_hash) {
  db::Statement query(
      db,
      "SELECT id, status, waitlist_position, confirmation_code FROM signups "
      "WHERE occurrence_id = ?1 AND phone_hash = ?2 AND status IN ('confirmed', 'waitlisted')");
  query.BindAll(occurrence_id, phone_hash);
  if (!query.Step()) return std::nullopt;
  AlreadySignedUp existing;
  existing.signup_id = query.ColumnText(0);
  existing.status = query.ColumnText(1) == "waitlisted" ? LiveStatus::kWaitlisted : LiveStatus::kConfirmed;
  if (const auto position = query.ColumnOptionalInt(2))
    existing.waitlist_position = static_cast<int>(*position);
  existing.confirmation_code = query.ColumnOptionalText(3);
  return existing;
}

//-----------------------------------------------------------------------------
// [SECTION] SignUp
//-----------------------------------------------------------------------------

// Builds the 'signup' operation of a kiosk sign-up (id and code drawn inside the transaction).
SignUpOp MakeSignUpOp(db::Database& db, const OccurrenceFacts& facts, const SignUpRequest& request,
                      std::optional<std::string> name, std::string phone_hash, const LocalDateTime& now) {
  SignUpOp op;
  op.signup_id = NextRecordId(db);
  op.occurrence_id = facts.occurrence_id;
  op.event_uid = facts.event_uid;
  op.recurrence_id = facts.recurrence_id;
  op.role = request.role;
  op.phone_hash = std::move(phone_hash);
  op.phone_last4 = PhoneLast4(request.phone);
  op.display_name = std::move(name);
  op.confirmation_code = UnusedConfirmationCode(db);
  op.created_at = now;
  return op;
}

SignUpRefusal RefusalFor(SignUpWindow window) {
  switch (window) {
    case SignUpWindow::kNotOpenYet:
      return SignUpRefusal::kNotOpenYet;
    case SignUpWindow::kClosed:
      return SignUpRefusal::kClosed;
    case SignUpWindow::kOver:
      return SignUpRefusal::kOccurrenceOver;
    case SignUpWindow::kCancelled:
      return SignUpRefusal::kOccurrenceCancelled;
    case SignUpWindow::kGone:
    case SignUpWindow::kOpen:
      break;
  }
  return SignUpRefusal::kOccurrenceGone;
}

//-----------------------------------------------------------------------------
// [SECTION] Cancel
//-----------------------------------------------------------------------------

CancelOutcome CancelInTransaction(db::Database& db, const std::string& signup_id, const LocalDateTime& now) {
  db::Statement row(db, "SELECT occurrence_id, status FROM signups WHERE id = ?1");
  row.Bind(1, signup_id);
  if (!row.Step()) return CancelRefused{CancelRefusal::kNotFound};
  const int64_t occurrence_id = row.ColumnInt(0);
  const std::string status = row.ColumnText(1);
  if (status == "cancelled") return CancelRefused{CancelRefusal::kAlreadyCancelled};
  if (status == "conflict") return CancelRefused{CancelRefusal::kConflict};

  const std::optional<OccurrenceFacts> facts = LoadOccurrenceFacts(db, occurrence_id);
  if (facts && now >= facts->end) return CancelRefused{CancelRefusal::kOccurrenceOver};

  CancelSignUpOp op;
  op.signup_id = signup_id;
  op.occurrence_id = occurrence_id;
  if (facts) {
    op.event_uid = facts->event_uid;
    op.recurrence_id = facts->recurrence_id;
  }
  op.previous_status = status == "waitlisted" ? LiveStatus::kWaitlisted : LiveStatus::kConfirmed;
  op.cancelled_at = now;
  Apply(db, op);
  AppendOutboxOperation(db, op, now);

  SignUpCancelled cancelled{signup_id, {}};
  if (facts) cancelled.promoted = FillSeatsFromWaitlist(db, *facts, now, signup_id);
  return cancelled;
}

}  // namespace

Availability CheckAvailability(db::Database& db, int64_t occurrence_id, const LocalDateTime& now) {
  Availability availability;
  const std::optional<OccurrenceFacts> facts = LoadOccurrenceFacts(db, occurrence_id);
  if (!facts) return availability;  // kGone
  availability.window = WindowAt(*facts, now);
  availability.seats = LoadSeats(db, occurrence_id).value_or(Seats{});
  if (availability.window == SignUpWindow::kNotOpenYet) availability.opens_at = facts->signup_opens;
  availability.closes_at = facts->EffectiveSignupClose();
  return availability;
}

SignUpOutcome SignUp(db::Database& db, const SignUpRequest& request, const LocalDateTime& now,
                     std::string_view hash_key) {
  if (!IsValidMainlandMobile(request.phone)) return SignUpRefused{SignUpRefusal::kInvalidPhone};
  std::optional<std::string> name;
  if (request.display_name) {
    NameCheck check = CheckDisplayName(*request.display_name);
    if (check.problem != NameProblem::kNone) return SignUpRefused{SignUpRefusal::kInvalidName};
    name = std::move(check.name);
  }
  const std::string phone_hash = PhoneHash(request.phone, hash_key);

  db::Transaction transaction(db);  // BEGIN IMMEDIATE: the count and the insert see the same seats
  const std::optional<OccurrenceFacts> facts = LoadOccurrenceFacts(db, request.occurrence_id);
  if (!facts) return SignUpRefused{SignUpRefusal::kOccurrenceGone};
  if (facts->cancelled) return SignUpRefused{SignUpRefusal::kOccurrenceCancelled};
  if (auto existing = FindLiveSignUp(db, facts->occurrence_id, phone_hash)) return *existing;
  const SignUpWindow window = WindowAt(*facts, now);
  if (window != SignUpWindow::kOpen) return SignUpRefused{RefusalFor(window)};

  std::optional<int64_t> volunteer_id;
  std::optional<int64_t> waitlist_position;
  if (request.role == SignUpRole::kVolunteer) {
    const RosterResult volunteer = FindVolunteerByPhone(db, request.phone, hash_key);
    if (!std::holds_alternative<Volunteer>(volunteer)) return SignUpRefused{SignUpRefusal::kNotAVolunteer};
    volunteer_id = std::get<Volunteer>(volunteer).id;
    if (!name) name = std::get<Volunteer>(volunteer).display_name;
  } else {
    FillSeatsFromWaitlist(db, *facts, now, std::nullopt);
    const Seats seats = LoadSeats(db, facts->occurrence_id).value_or(Seats{});
    if (seats.Full()) {
      if (!request.accept_waitlist) return SignUpRefused{SignUpRefusal::kFull};  // rolls back any promotion
      waitlist_position = seats.NextWaitlistPosition();  // contiguous: renumbered on every change
    }
  }
  SignUpOp op = MakeSignUpOp(db, *facts, request, std::move(name), phone_hash, now);
  op.volunteer_id = volunteer_id;
  op.status = waitlist_position ? LiveStatus::kWaitlisted : LiveStatus::kConfirmed;
  op.waitlist_position = waitlist_position;
  if (Apply(db, op) != ApplyResult::kApplied) {
    throw std::logic_error("sign-up operation not applied on the kiosk's own state");  // checked above
  }
  AppendOutboxOperation(db, op, now);
  transaction.Commit();
  if (op.waitlist_position) {
    return SignUpWaitlisted{op.signup_id, op.confirmation_code, static_cast<int>(*op.waitlist_position)};
  }
  return SignUpConfirmed{op.signup_id, op.confirmation_code};
}

CancelOutcome CancelSignUp(db::Database& db, std::string_view signup_id, const LocalDateTime& now) {
  db::Transaction transaction(db);
  CancelOutcome outcome = CancelInTransaction(db, std::string(signup_id), now);
  if (std::holds_alternative<SignUpCancelled>(outcome)) transaction.Commit();
  return outcome;
}

CancelOutcome CancelSignUpForPhone(db::Database& db, int64_t occurrence_id, std::string_view phone,
                                   const LocalDateTime& now, std::string_view hash_key) {
  if (!IsValidMainlandMobile(phone)) return CancelRefused{CancelRefusal::kInvalidPhone};
  const std::string phone_hash = PhoneHash(phone, hash_key);
  db::Transaction transaction(db);
  const std::optional<AlreadySignedUp> live = FindLiveSignUp(db, occurrence_id, phone_hash);
  if (!live) return CancelRefused{CancelRefusal::kNotFound};
  CancelOutcome outcome = CancelInTransaction(db, live->signup_id, now);
  if (std::holds_alternative<SignUpCancelled>(outcome)) transaction.Commit();
  return outcome;
}

std::string_view RefusalName(SignUpRefusal reason) {
  switch (reason) {
    case SignUpRefusal::kInvalidPhone:
      return "kInvalidPhone";
    case SignUpRefusal::kInvalidName:
      return "kInvalidName";
    case SignUpRefusal::kNotAVolunteer:
      return "kNotAVolunteer";
    case SignUpRefusal::kOccurrenceGone:
      return "kOccurrenceGone";
    case SignUpRefusal::kOccurrenceCancelled:
      return "kOccurrenceCancelled";
    case SignUpRefusal::kNotOpenYet:
      return "kNotOpenYet";
    case SignUpRefusal::kClosed:
      return "kClosed";
    case SignUpRefusal::kOccurrenceOver:
      return "kOccurrenceOver";
    case SignUpRefusal::kFull:
      return "kFull";
  }
  return "unknown";
}

std::string_view RefusalName(CancelRefusal reason) {
  switch (reason) {
    case CancelRefusal::kInvalidPhone:
      return "kInvalidPhone";
    case CancelRefusal::kNotFound:
      return "kNotFound";
    case CancelRefusal::kAlreadyCancelled:
      return "kAlreadyCancelled";
    case CancelRefusal::kConflict:
      return "kConflict";
    case CancelRefusal::kOccurrenceOver:
      return "kOccurrenceOver";
  }
  return "unknown";
}

}  // namespace kiosk
