// kiosk/core/volunteer/checkins.cpp — volunteer check-in/out, forgotten check-outs and hours (rules in
// checkins.h).
//
// [SECTION] Reading check-ins
// [SECTION] Forgotten check-outs
// [SECTION] Today's duties
// [SECTION] Check-in and check-out
// [SECTION] Hours and the staff list
#include "kiosk/core/volunteer/checkins.h"

#include <algorithm>
#include <variant>

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/people/roster.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/storage/stored_times.h"
#include "kiosk/core/time/minute_time.h"
#include "kiosk/core/volunteer/checkin_operations.h"

namespace kiosk {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Reading check-ins
//-----------------------------------------------------------------------------

struct CheckinRow {
  std::string id;
  bool open = false;  // status 'checked_in'
  LocalDateTime checked_in_at;
  std::optional<LocalDateTime> checked_out_at;
  bool auto_closed = false;
  int64_t Minutes() const { return checked_out_at ? MinutesBetween(checked_in_at, *checked_out_at) : 0; }
};

// The check-in's row holds a time that is no real minute (KIOSK_SHOWN_CHECKIN_SQL; logged when
// the database is opened): its duty is left out, and nothing is written over it.
struct UnreadableCheckin {};

// The volunteer's check-in for the occurrence ('conflict' rows, rejected by the office, are
// ignored: they hold no time).
std::variant<std::monostate, CheckinRow, UnreadableCheckin> FindCheckin(db::Database& db,
                                                                        int64_t volunteer_id,
                                                                        int64_t occurrence_id) {
  db::Statement query(
      db,
      "SELECT c.id, c.status, c.checked_in_at, c.checked_out_at, c.auto_closed, "
      "(1" KIOSK_SHOWN_CHECKIN_SQL
      ") FROM checkins c "
      "WHERE c.volunteer_id = ?1 AND c.occurrence_id = ?2 AND c.status IN ('checked_in', 'checked_out')");
  query.BindAll(volunteer_id, occurrence_id);
  if (!query.Step()) return std::monostate{};
  if (query.ColumnInt(5) != 1) return UnreadableCheckin{};
  CheckinRow row;
  row.id = query.ColumnText(0);
  row.open = query.ColumnText(1) == "checked_in";
  row.checked_in_at = ParseStoredTime(query.ColumnText(2), "checkins.checked_in_at");
  if (const auto out = query.ColumnOptionalText(3))
    row.checked_out_at = ParseStoredTime(*out, "checkins.checked_out_at");
  row.auto_closed = query.ColumnInt(4) != 0;
  return row;
}

AlreadyCheckedOut ToAlreadyCheckedOut(const CheckinRow& row) {
  return AlreadyCheckedOut{row.id, row.checked_in_at, *row.checked_out_at, row.Minutes(), row.auto_closed};
}

bool IsActiveVolunteer(db::Database& db, int64_t volunteer_id) {
  return std::holds_alternative<Volunteer>(FindVolunteerById(db, volunteer_id));
}

// Signed up to serve: a confirmed volunteer-role sign-up of this volunteer.
bool SignedUpToServe(db::Database& db, int64_t volunteer_id, int64_t occurrence_id) {
  db::Statement query(db,
                      "SELECT 1 FROM signups WHERE occurrence_id = ?1 AND volunteer_id = ?2 "
                      "AND role = 'volunteer' AND status = 'confirmed'");
  query.BindAll(occurrence_id, volunteer_id);
  return query.Step();
}

void WriteCheckout(db::Database& db, const std::string& checkin_id, int64_t volunteer_id,
                   std::optional<int64_t> occurrence_id, const LocalDateTime& checked_in_at,
                   const LocalDateTime& checked_out_at, bool auto_closed, const LocalDateTime& now) {
  const CheckoutOp op{checkin_id,    volunteer_id,   occurrence_id,
                      checked_in_at, checked_out_at, MinutesBetween(checked_in_at, checked_out_at),
                      auto_closed};
  Apply(db, op);  // the caller read the row open: applied
  AppendOutboxOperation(db, op, now);
}

//-----------------------------------------------------------------------------
// [SECTION] Forgotten check-outs
//-----------------------------------------------------------------------------

// Inside the caller's transaction.
int CloseForgottenInTransaction(db::Database& db, const LocalDateTime& now) {
  // end_at + grace <= now, compared as text after computing the cutoff: end_at <= now - grace.
  const std::string cutoff = AddMinutes(now, -kCheckOutGraceMinutes).Iso();
  db::Statement query(
      db,
      "SELECT c.id, c.volunteer_id, c.occurrence_id, c.checked_in_at, o.end_at FROM checkins c "
      "JOIN occurrences o ON o.id = c.occurrence_id JOIN events e ON e.id = o.event_id "
      "WHERE c.status = 'checked_in' AND o.end_at <= ?1" KIOSK_SHOWN_OCCURRENCE_SQL KIOSK_SHOWN_CHECKIN_SQL
      "ORDER BY c.checked_in_at, c.id");
  query.Bind(1, cutoff);
  struct Forgotten {
    std::string id;
    int64_t volunteer_id;
    int64_t occurrence_id;
    LocalDateTime in, end;
  };
  std::vector<Forgotten> forgotten;
  while (query.Step()) {
    forgotten.push_back({query.ColumnText(0), query.ColumnInt(1), query.ColumnInt(2),
                         ParseStoredTime(query.ColumnText(3), "checkins.checked_in_at"),
                         ParseStoredTime(query.ColumnText(4), "occurrences.end_at")});
  }
  for (const Forgotten& f : forgotten) {
    // A check-in is never after the end (refused), but a synced row might be: never go backwards.
    WriteCheckout(db, f.id, f.volunteer_id, f.occurrence_id, f.in, std::max(f.in, f.end), true, now);
  }
  return static_cast<int>(forgotten.size());
}

//-----------------------------------------------------------------------------
// [SECTION] Today's duties
//-----------------------------------------------------------------------------

DutyState StateWithoutCheckin(const OccurrenceFacts& facts, const LocalDateTime& now) {
  if (facts.cancelled) return DutyState::kCancelled;
  if (now < AddMinutes(facts.start, -kCheckInOpensMinutesBefore)) return DutyState::kTooEarly;
  if (now < facts.end) return DutyState::kCanCheckIn;
  return DutyState::kOver;
}

// None when the volunteer's check-in for it holds a time that is no real minute.
std::optional<Duty> MakeDuty(db::Database& db, const OccurrenceFacts& facts, int64_t volunteer_id,
                             const LocalDateTime& now) {
  const auto found = FindCheckin(db, volunteer_id, facts.occurrence_id);
  if (std::holds_alternative<UnreadableCheckin>(found)) return std::nullopt;
  Duty duty;
  duty.occurrence_id = facts.occurrence_id;
  duty.title = facts.title;
  duty.site = facts.site;
  duty.venue = facts.venue;
  duty.start = facts.start;
  duty.end = facts.end;
  duty.check_in_opens = AddMinutes(facts.start, -kCheckInOpensMinutesBefore);
  duty.signed_up = SignedUpToServe(db, volunteer_id, facts.occurrence_id);
  if (const auto* row = std::get_if<CheckinRow>(&found)) {
    duty.checkin_id = row->id;
    duty.checked_in_at = row->checked_in_at;
    duty.checked_out_at = row->checked_out_at;
    duty.auto_closed = row->auto_closed;
    if (row->open) {
      duty.state = DutyState::kCheckedIn;
    } else {
      duty.state = DutyState::kCheckedOut;
      duty.minutes = row->Minutes();
    }
  } else {
    duty.state = StateWithoutCheckin(facts, now);
  }
  return duty;
}

}  // namespace

int CloseForgottenCheckouts(db::Database& db, const LocalDateTime& now) {
  db::Transaction transaction(db);
  const int closed = CloseForgottenInTransaction(db, now);
  transaction.Commit();
  return closed;
}

std::vector<Duty> TodaysDuties(db::Database& db, int64_t volunteer_id, const LocalDateTime& now) {
  db::Transaction transaction(db);
  CloseForgottenInTransaction(db, now);
  const std::string day_start = LocalDateTime{now.date, 0, 0}.Iso();
  const std::string next_day_start = LocalDateTime{now.date.AddDays(1), 0, 0}.Iso();
  // Overlapping today: starts before tomorrow and ends after midnight (or is a point at midnight).
  db::Statement query(db, R"sql(
    SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id
     WHERE o.start_at < ?2 AND (o.end_at > ?1 OR o.start_at >= ?1)
       AND (e.wants_volunteers = 1
            OR EXISTS (SELECT 1 FROM signups su WHERE su.occurrence_id = o.id AND su.volunteer_id = ?3
                         AND su.role = 'volunteer' AND su.status = 'confirmed')
            OR EXISTS (SELECT 1 FROM checkins c WHERE c.occurrence_id = o.id AND c.volunteer_id = ?3
                         AND c.status IN ('checked_in', 'checked_out'))) )sql" KIOSK_SHOWN_OCCURRENCE_SQL
                          R"sql(
     ORDER BY o.start_at, e.title, o.id)sql");
  query.BindAll(day_start, next_day_start, volunteer_id);
  std::vector<int64_t> ids;
  while (query.Step()) ids.push_back(query.ColumnInt(0));
  std::vector<Duty> duties;
  for (const int64_t id : ids) {
    if (const auto facts = LoadOccurrenceFacts(db, id)) {
      if (auto duty = MakeDuty(db, *facts, volunteer_id, now)) duties.push_back(std::move(*duty));
    }
  }
  transaction.Commit();  // keeps the auto-closes
  return duties;
}

//-----------------------------------------------------------------------------
// [SECTION] Check-in and check-out
//-----------------------------------------------------------------------------

CheckInOutcome CheckIn(db::Database& db, int64_t volunteer_id, int64_t occurrence_id,
                       const LocalDateTime& now) {
  db::Transaction transaction(db);
  CloseForgottenInTransaction(db, now);
  transaction.Commit();  // the auto-closes stand on their own, whatever this check-in decides

  db::Transaction write(db);
  if (!IsActiveVolunteer(db, volunteer_id)) return CheckInRefused{CheckInRefusal::kUnknownVolunteer};
  const std::optional<OccurrenceFacts> facts = LoadOccurrenceFacts(db, occurrence_id);
  if (!facts) return CheckInRefused{CheckInRefusal::kOccurrenceGone};
  const auto found = FindCheckin(db, volunteer_id, occurrence_id);
  // Listed nowhere (TodaysDuties leaves it out), as an occurrence whose times are no real minutes.
  if (std::holds_alternative<UnreadableCheckin>(found))
    return CheckInRefused{CheckInRefusal::kOccurrenceGone};
  if (const auto* row = std::get_if<CheckinRow>(&found)) {
    if (row->open) return AlreadyCheckedIn{row->id, row->checked_in_at};
    return ToAlreadyCheckedOut(*row);
  }
  if (facts->cancelled) return CheckInRefused{CheckInRefusal::kOccurrenceCancelled};
  if (!facts->wants_volunteers && !SignedUpToServe(db, volunteer_id, occurrence_id)) {
    return CheckInRefused{CheckInRefusal::kNotOnDuty};
  }
  switch (StateWithoutCheckin(*facts, now)) {
    case DutyState::kTooEarly:
      return CheckInRefused{CheckInRefusal::kTooEarly};
    case DutyState::kCanCheckIn:
      break;
    default:
      return CheckInRefused{CheckInRefusal::kOver};
  }
  const CheckinOp op{NextRecordId(db), volunteer_id,         occurrence_id,
                     facts->event_uid, facts->recurrence_id, now};
  Apply(db, op);  // no check-in of this volunteer for it (FindCheckin above): applied
  AppendOutboxOperation(db, op, now);
  write.Commit();
  return CheckedIn{op.checkin_id, now};
}

CheckOutOutcome CheckOut(db::Database& db, int64_t volunteer_id, int64_t occurrence_id,
                         const LocalDateTime& now) {
  db::Transaction transaction(db);
  CloseForgottenInTransaction(db, now);
  transaction.Commit();

  db::Transaction write(db);
  if (!IsActiveVolunteer(db, volunteer_id)) return CheckOutRefused{CheckOutRefusal::kUnknownVolunteer};
  const auto found = FindCheckin(db, volunteer_id, occurrence_id);
  const auto* row = std::get_if<CheckinRow>(&found);
  // An unreadable check-in is not one this kiosk can close (its duty is listed nowhere).
  if (row == nullptr) return CheckOutRefused{CheckOutRefusal::kNotCheckedIn};
  if (!row->open) return ToAlreadyCheckedOut(*row);
  // The clock never runs backwards in practice; if it did, record zero minutes, never negative.
  const LocalDateTime out = std::max(now, row->checked_in_at);
  WriteCheckout(db, row->id, volunteer_id, occurrence_id, row->checked_in_at, out, false, now);
  write.Commit();
  return CheckedOut{row->id, row->checked_in_at, out, MinutesBetween(row->checked_in_at, out)};
}

//-----------------------------------------------------------------------------
// [SECTION] Hours and the staff list
//-----------------------------------------------------------------------------

ServiceMinutes VolunteerHours(db::Database& db, int64_t volunteer_id, const LocalDateTime& now) {
  CloseForgottenCheckouts(db, now);
  const LocalDate year_start{now.date.year, 1, 1};
  const LocalDate next_year_start{now.date.year + 1, 1, 1};
  db::Statement query(
      db,
      "SELECT c.checked_in_at, c.checked_out_at, c.auto_closed FROM checkins c WHERE c.volunteer_id = ?1 "
      "AND c.status = 'checked_out' AND c.checked_in_at >= ?2 AND c.checked_in_at < ?3 "
      "AND c.checked_in_at <= ?4" KIOSK_SHOWN_CHECKIN_SQL);
  query.BindAll(volunteer_id, year_start.Iso(), next_year_start.Iso(), now.Iso());
  ServiceMinutes minutes;
  while (query.Step()) {
    const LocalDateTime in = ParseStoredTime(query.ColumnText(0), "checkins.checked_in_at");
    const LocalDateTime out = ParseStoredTime(query.ColumnText(1), "checkins.checked_out_at");
    const int64_t served = MinutesBetween(in, out);
    minutes.this_year += served;
    if (in.date.month == now.date.month) minutes.this_month += served;
    if (query.ColumnInt(2) != 0) ++minutes.auto_closed_this_year;
  }
  return minutes;
}

std::vector<AutoClosedCheckout> AutoClosedCheckouts(db::Database& db, const LocalDate& from) {
  db::Statement query(db, R"sql(
    SELECT c.id, v.id, v.display_name, v.volunteer_code, COALESCE(e.title, ''), c.checked_in_at, c.checked_out_at
      FROM checkins c
      JOIN volunteers v ON v.id = c.volunteer_id
      LEFT JOIN occurrences o ON o.id = c.occurrence_id
      LEFT JOIN events e ON e.id = o.event_id
     WHERE c.auto_closed = 1 AND c.checked_in_at >= ?1)sql" KIOSK_SHOWN_CHECKIN_SQL R"sql(
     ORDER BY c.checked_in_at DESC, c.id DESC)sql");
  query.Bind(1, from.Iso());
  std::vector<AutoClosedCheckout> list;
  while (query.Step()) {
    AutoClosedCheckout item;
    item.checkin_id = query.ColumnText(0);
    item.volunteer_id = query.ColumnInt(1);
    item.volunteer_name = query.ColumnText(2);
    item.volunteer_code = query.ColumnText(3);
    item.title = query.ColumnText(4);
    item.checked_in_at = ParseStoredTime(query.ColumnText(5), "checkins.checked_in_at");
    item.checked_out_at = ParseStoredTime(query.ColumnText(6), "checkins.checked_out_at");
    item.minutes = MinutesBetween(item.checked_in_at, item.checked_out_at);
    list.push_back(std::move(item));
  }
  return list;
}

std::string_view RefusalName(CheckInRefusal reason) {
  switch (reason) {
    case CheckInRefusal::kUnknownVolunteer:
      return "kUnknownVolunteer";
    case CheckInRefusal::kOccurrenceGone:
      return "kOccurrenceGone";
    case CheckInRefusal::kOccurrenceCancelled:
      return "kOccurrenceCancelled";
    case CheckInRefusal::kNotOnDuty:
      return "kNotOnDuty";
    case CheckInRefusal::kTooEarly:
      return "kTooEarly";
    case CheckInRefusal::kOver:
      return "kOver";
  }
  return "unknown";
}

std::string_view RefusalName(CheckOutRefusal reason) {
  switch (reason) {
    case CheckOutRefusal::kUnknownVolunteer:
      return "kUnknownVolunteer";
    case CheckOutRefusal::kNotCheckedIn:
      return "kNotCheckedIn";
  }
  return "unknown";
}

}  // namespace kiosk
