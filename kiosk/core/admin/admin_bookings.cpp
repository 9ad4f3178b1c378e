// kiosk/core/admin/admin_bookings.cpp — today's bookings with their matters, for staff.
#include "kiosk/core/admin/admin_bookings.h"

namespace kiosk {

std::vector<AdminBooking> TodaysBookings(db::Database& db, const LocalDate& today) {
  db::Statement q(db,
                  "SELECT b.id, r.name_zh, b.start_at, b.end_at, b.phone_last4, b.status, b.matter, "
                  "b.arrived_at IS NOT NULL FROM bookings b JOIN rooms r ON r.id = b.room_id "
                  "WHERE b.start_at >= ?1 AND b.start_at < ?2 AND b.status <> 'cancelled' "
                  "ORDER BY b.start_at, r.name_zh, b.id");
  q.BindAll(today.Iso(), today.AddDays(1).Iso());
  std::vector<AdminBooking> list;
  while (q.Step()) {
    AdminBooking b;
    b.booking_id = q.ColumnText(0);
    b.room = q.ColumnText(1);
    b.start = LocalDateTime::ParseIso(q.ColumnText(2)).value_or(LocalDateTime{today});
    b.end = LocalDateTime::ParseIso(q.ColumnText(3)).value_or(b.start);
    b.phone_last4 = q.ColumnText(4);
    b.status = q.ColumnText(5);
    b.matter = q.ColumnOptionalText(6);
    b.arrived = q.ColumnInt(7) != 0;
    list.push_back(std::move(b));
  }
  return list;
}

}  // namespace kiosk
