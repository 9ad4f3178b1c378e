// kiosk/core/signup/signups.cpp — sign-up, waitlist and cancel rules (policy in signups.h).
//
// [SECTION] Occurrence state: window, counts, live sign-ups
// [SECTION] Waitlist: renumbering and promotion
// [SECTION] SignUp
// [SECTION] Cancel
#include "kiosk/core/signup/signups.h"

#include <algorithm>
#include <stdexcept>

#include "kiosk/core/storage/confirmation_codes.h"
#include "kiosk/core/people/names.h"
#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/people/roster.h"

namespace kiosk {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Occurrence state: window, counts, live sign-ups
//-----------------------------------------------------------------------------

SignUpWindow WindowAt(const OccurrenceFacts& facts, const LocalDateTime& now) {
  if (facts.cancelled) return SignUpWindow::kCancelled;
  if (now >= facts.end) return SignUpWindow::kOver;
  if (facts.signup_opens && now < *facts.signup_opens) return SignUpWindow::kNotOpenYet;
  if (now >= facts.EffectiveSignupClose()) return SignUpWindow::kClosed;
  return SignUpWindow::kOpen;
}

int CountConfirmedResidents(db::Database& db, int64_t occurrence_id) {
  db::Statement query(db,
                      "SELECT count(*) FROM signups WHERE occurrence_id = ?1 AND status = 'confirmed' "
                      "AND role = 'resident'");
  query.Bind(1, occurrence_id);
  query.Step();
  return static_cast<int>(query.ColumnInt(0));
}

int CountWaitlisted(db::Database& db, int64_t occurrence_id) {
  db::Statement query(db, "SELECT count(*) FROM signups WHERE occurrence_id = ?1 AND status = 'waitlisted'");
  query.Bind(1, occurrence_id);
  query.Step();
  return static_cast<int>(query.ColumnInt(0));
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

std::string UnusedConfirmationCode(db::Database& db) {
  db::Statement used(db, "SELECT 1 FROM signups WHERE confirmation_code = ?1");
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::string code = NewConfirmationCode();
    used.Bind(1, code);
    const bool taken = used.Step();
    used.Reset();
    if (!taken) return code;
  }
  // 20 collisions in a row means ~all 887M codes are used or the RNG is broken.
  throw std::runtime_error("无法生成确认码 / could not draw an unused confirmation code");
}

//-----------------------------------------------------------------------------
// [SECTION] Waitlist: renumbering and promotion
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

// Moves waitlisted residents to confirmed while seats are free, first come first served, and
// appends one 'promote' operation each. Nobody is promoted for a cancelled or ended occurrence.
std::vector<std::string> FillSeatsFromWaitlist(db::Database& db, const OccurrenceFacts& facts,
                                               const LocalDateTime& now,
                                               const std::optional<std::string>& freed_by) {
  std::vector<std::string> promoted;
  if (facts.cancelled || now >= facts.end) return promoted;
  int confirmed = CountConfirmedResidents(db, facts.occurrence_id);
  db::Statement first(db,
                      "SELECT id FROM signups WHERE occurrence_id = ?1 AND status = 'waitlisted' "
                      "ORDER BY waitlist_position, created_at, id LIMIT 1");
  db::Statement promote(db,
                        "UPDATE signups SET status = 'confirmed', waitlist_position = NULL WHERE id = ?1");
  while (!facts.capacity || confirmed < *facts.capacity) {
    first.Bind(1, facts.occurrence_id);
    if (!first.Step()) break;
    const std::string signup_id = first.ColumnText(0);
    first.Reset();
    promote.Bind(1, signup_id);
    promote.Run();
    promote.Reset();
    ++confirmed;
    AppendOutboxOperation(db, OutboxKind::kPromote,
                          JsonObject()
                              .AddText("signup_id", signup_id)
                              .AddInt("occurrence_id", facts.occurrence_id)
                              .AddText("event_uid", facts.event_uid)
                              .AddText("recurrence_id", facts.recurrence_id)
                              .AddText("promoted_at", now.Iso())
                              .AddOptionalText("freed_by", freed_by),
                          now);
    promoted.push_back(signup_id);
  }
  if (!promoted.empty()) RenumberWaitlist(db, facts.occurrence_id);
  return promoted;
}

//-----------------------------------------------------------------------------
// [SECTION] SignUp
//-----------------------------------------------------------------------------

struct NewSignUp {
  std::string id;
  std::string code;
  std::optional<int64_t> volunteer_id;
  bool waitlisted = false;
  int position = 0;
};

void InsertSignUp(db::Database& db, const OccurrenceFacts& facts, const SignUpRequest& request,
                  const std::optional<std::string>& name, const std::string& phone_hash, const NewSignUp& row,
                  const LocalDateTime& now) {
  const std::string kiosk_id = KioskId(db);
  const char* role = request.role == SignUpRole::kVolunteer ? "volunteer" : "resident";
  const char* status = row.waitlisted ? "waitlisted" : "confirmed";
  const std::optional<int64_t> position =
      row.waitlisted ? std::optional<int64_t>(row.position) : std::optional<int64_t>();
  db::Statement(db, R"sql(
      INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, role, volunteer_id, phone_hash,
                          phone_last4, display_name, status, waitlist_position, confirmation_code)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql")
      .BindAll(row.id, kiosk_id, now.Iso(), facts.occurrence_id, role, row.volunteer_id, phone_hash,
               PhoneLast4(request.phone), name, status, position, row.code)
      .Run();
  AppendOutboxOperation(db, OutboxKind::kSignup,
                        JsonObject()
                            .AddText("signup_id", row.id)
                            .AddInt("occurrence_id", facts.occurrence_id)
                            .AddText("event_uid", facts.event_uid)
                            .AddText("recurrence_id", facts.recurrence_id)
                            .AddText("role", role)
                            .AddOptionalInt("volunteer_id", row.volunteer_id)
                            .AddText("phone_hash", phone_hash)
                            .AddText("phone_last4", PhoneLast4(request.phone))
                            .AddOptionalText("display_name", name)
                            .AddText("status", status)
                            .AddOptionalInt("waitlist_position", position)
                            .AddText("confirmation_code", row.code)
                            .AddText("created_at", now.Iso()),
                        now);
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

  db::Statement(db, "UPDATE signups SET status = 'cancelled', waitlist_position = NULL WHERE id = ?1")
      .Bind(1, signup_id)
      .Run();
  JsonObject payload;
  payload.AddText("signup_id", signup_id).AddInt("occurrence_id", occurrence_id);
  if (facts) payload.AddText("event_uid", facts->event_uid).AddText("recurrence_id", facts->recurrence_id);
  payload.AddText("previous_status", status).AddText("cancelled_at", now.Iso());
  AppendOutboxOperation(db, OutboxKind::kCancelSignup, payload, now);

  SignUpCancelled cancelled{signup_id, {}};
  if (status == "waitlisted") RenumberWaitlist(db, occurrence_id);
  if (facts) cancelled.promoted = FillSeatsFromWaitlist(db, *facts, now, signup_id);
  return cancelled;
}

}  // namespace

Availability CheckAvailability(db::Database& db, int64_t occurrence_id, const LocalDateTime& now) {
  Availability availability;
  const std::optional<OccurrenceFacts> facts = LoadOccurrenceFacts(db, occurrence_id);
  if (!facts) return availability;  // kGone
  availability.window = WindowAt(*facts, now);
  availability.capacity = facts->capacity;
  availability.confirmed = CountConfirmedResidents(db, occurrence_id);
  availability.waitlisted = CountWaitlisted(db, occurrence_id);
  if (facts->capacity) {
    availability.seats_left =
        *facts->capacity > availability.confirmed ? *facts->capacity - availability.confirmed : 0;
    // Seats free while people wait are theirs (the next write promotes them), not a newcomer's.
    availability.seats_left = std::max(0, *availability.seats_left - availability.waitlisted);
  }
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

  NewSignUp row;
  if (request.role == SignUpRole::kVolunteer) {
    const RosterResult volunteer = FindVolunteerByPhone(db, request.phone, hash_key);
    if (!std::holds_alternative<Volunteer>(volunteer)) return SignUpRefused{SignUpRefusal::kNotAVolunteer};
    row.volunteer_id = std::get<Volunteer>(volunteer).id;
    if (!name) name = std::get<Volunteer>(volunteer).display_name;
  } else {
    FillSeatsFromWaitlist(db, *facts, now, std::nullopt);
    const bool seat_free =
        !facts->capacity || CountConfirmedResidents(db, facts->occurrence_id) < *facts->capacity;
    if (!seat_free) {
      if (!request.accept_waitlist) return SignUpRefused{SignUpRefusal::kFull};  // rolls back any promotion
      row.waitlisted = true;
      row.position = CountWaitlisted(db, facts->occurrence_id) + 1;  // contiguous: renumbered on every change
    }
  }
  row.id = NextRecordId(db);
  row.code = UnusedConfirmationCode(db);
  InsertSignUp(db, *facts, request, name, phone_hash, row, now);
  transaction.Commit();
  if (row.waitlisted) return SignUpWaitlisted{row.id, row.code, row.position};
  return SignUpConfirmed{row.id, row.code};
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
