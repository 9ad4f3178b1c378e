// kiosk/core/volunteer/hours_correction.cpp — the correctable check-ins and the correction write.
#include "kiosk/core/volunteer/hours_correction.h"

#include "kiosk/core/admin/admin_audit.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/stored_times.h"
#include "kiosk/core/time/minute_time.h"
#include "kiosk/core/volunteer/correct_hours_operation.h"

namespace kiosk {

std::vector<CorrectableCheckin> CorrectableCheckins(db::Database& db, const LocalDateTime& now) {
  db::Statement q(db, R"sql(
    SELECT c.id, v.display_name, coalesce(e.title, ''), c.checked_in_at, c.checked_out_at, o.end_at,
           c.auto_closed, c.correction
      FROM checkins c JOIN volunteers v ON v.id = c.volunteer_id
      LEFT JOIN occurrences o ON o.id = c.occurrence_id LEFT JOIN events e ON e.id = o.event_id
     WHERE c.checked_in_at >= ?1 AND c.checked_in_at <= ?2)sql" KIOSK_SHOWN_CHECKIN_SQL R"sql(
       AND (c.status = 'checked_in' OR (c.status = 'checked_out' AND (c.auto_closed = 1 OR c.correction IS NOT NULL)))
     ORDER BY c.correction IS NOT NULL, c.checked_in_at DESC, c.id)sql");
  q.BindAll(LocalDateTime{now.date.AddDays(-kCorrectionDays), 0, 0}.Iso(), now.Iso());
  std::vector<CorrectableCheckin> list;
  while (q.Step()) {
    CorrectableCheckin c;
    c.checkin_id = q.ColumnText(0);
    c.volunteer = q.ColumnText(1);
    c.activity = q.ColumnText(2);
    c.checked_in_at = LocalDateTime::ParseIso(q.ColumnText(3)).value_or(now);
    if (const auto out = q.ColumnOptionalText(4)) c.checked_out_at = LocalDateTime::ParseIso(*out);
    if (const auto end = q.ColumnOptionalText(5)) c.activity_end = LocalDateTime::ParseIso(*end);
    c.auto_closed = q.ColumnInt(6) != 0;
    c.correction = q.ColumnOptionalText(7);
    list.push_back(std::move(c));
  }
  return list;
}

CorrectionOutcome CorrectHours(db::Database& db, std::string_view checkin_id,
                               const LocalDateTime& checked_out_at, std::string_view reason,
                               const LocalDateTime& now) {
  if (reason.empty() || reason.size() > 200) return CorrectionRefused{CorrectionRefusal::kNoReason};
  db::Transaction transaction(db);
  db::Statement row(db,
                    "SELECT c.checked_in_at FROM checkins c WHERE c.id = ?1 AND c.status <> "
                    "'conflict'" KIOSK_SHOWN_CHECKIN_SQL);
  row.Bind(1, checkin_id);
  if (!row.Step()) return CorrectionRefused{CorrectionRefusal::kNoSuchCheckin};
  const LocalDateTime in = LocalDateTime::ParseIso(row.ColumnText(0)).value_or(now);
  if (checked_out_at <= in) return CorrectionRefused{CorrectionRefusal::kNotAfterCheckIn};
  if (checked_out_at > now) return CorrectionRefused{CorrectionRefusal::kInTheFuture};
  const CorrectHoursOp op{.checkin_id = std::string(checkin_id),
                          .checked_out_at = checked_out_at,
                          .minutes = MinutesBetween(in, checked_out_at),
                          .reason = std::string(reason),
                          .corrected_at = now};
  Apply(db, op);
  AppendOutboxOperation(db, op, now);
  AppendAdminAction(db, now.Iso(), "correct_hours",
                    op.checkin_id + " " + in.Iso() + " -> " + checked_out_at.Iso() + " (" +
                        std::to_string(op.minutes) + " min): " + op.reason);
  transaction.Commit();
  return HoursCorrected{op.minutes};
}

}  // namespace kiosk
