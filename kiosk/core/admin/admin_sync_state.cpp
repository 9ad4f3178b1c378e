// kiosk/core/admin/admin_sync_state.cpp — the sync log and the conflicts, for staff.
#include "kiosk/core/admin/admin_sync_state.h"

namespace kiosk {

std::vector<SyncRun> RecentSyncRuns(db::Database& db, int limit) {
  db::Statement q(db,
                  "SELECT started_at, finished_at, result, export_number, ops_sent, message FROM sync_log "
                  "ORDER BY id DESC LIMIT ?1");
  q.Bind(1, limit);
  std::vector<SyncRun> runs;
  while (q.Step())
    runs.push_back(SyncRun{q.ColumnText(0), q.ColumnText(1), q.ColumnText(2) == "ok", q.ColumnOptionalInt(3),
                           q.ColumnInt(4), q.ColumnText(5)});
  return runs;
}

std::vector<SyncConflict> SyncConflicts(db::Database& db, int limit) {
  db::Statement q(db, R"sql(
    SELECT s.id, 'signup', e.title, o.start_at, s.phone_last4, s.created_at
      FROM signups s JOIN occurrences o ON o.id = s.occurrence_id JOIN events e ON e.id = o.event_id
     WHERE s.status = 'conflict'
    UNION ALL
    SELECT c.id, 'checkin', coalesce(e.title, ''), c.checked_in_at, '', c.created_at
      FROM checkins c LEFT JOIN occurrences o ON o.id = c.occurrence_id LEFT JOIN events e ON e.id = o.event_id
     WHERE c.status = 'conflict'
    UNION ALL
    SELECT b.id, 'booking', r.name_zh, b.start_at, b.phone_last4, b.created_at
      FROM bookings b JOIN rooms r ON r.id = b.room_id
     WHERE b.status = 'conflict'
    ORDER BY 6 DESC, 1 LIMIT ?1)sql");
  q.Bind(1, limit);
  std::vector<SyncConflict> list;
  while (q.Step())
    list.push_back(
        SyncConflict{q.ColumnText(0), q.ColumnText(1), q.ColumnText(2), q.ColumnText(3), q.ColumnText(4)});
  return list;
}

}  // namespace kiosk
