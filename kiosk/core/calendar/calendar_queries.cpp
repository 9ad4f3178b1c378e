// kiosk/core/calendar/calendar_queries.cpp — the calendar's SQL. Filters are bound, never spliced:
// the category set travels as ",1,4,7," and is matched with instr().
#include "kiosk/core/calendar/calendar_queries.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>

#include "kiosk/core/calendar/occurrence_facts.h"  // ParseStoredTime
#include "kiosk/core/storage/stored_times.h"

namespace kiosk {
namespace {

// ",1,4," for the category set; "" means every category.
std::string CategoryList(const CalendarFilter& filter) {
  if (filter.category_ids.empty()) return {};
  std::string list = ",";
  for (int64_t id : filter.category_ids) list += std::to_string(id) + ",";
  return list;
}

// The filter's WHERE part; ?1 is the category list, ?2 the site id (or NULL).
constexpr std::string_view kFilterWhere = R"sql(
  o.status <> 'cancelled' AND e.status <> 'cancelled'
  AND (?1 = '' OR instr(?1, ',' || e.category_id || ',') > 0)
  AND (?2 IS NULL OR e.site_id = ?2)
)sql" KIOSK_SHOWN_OCCURRENCE_SQL;

void BindFilter(db::Statement& query, const CalendarFilter& filter) {
  query.Bind(1, CategoryList(filter));
  query.Bind(2, filter.site_id);
}

std::optional<LocalDateTime> ParseOptionalTime(const std::optional<std::string>& text, const char* what) {
  if (!text) return std::nullopt;
  return ParseStoredTime(*text, what);
}

constexpr std::string_view kListSelect = R"sql(
  SELECT o.id, e.id, e.title, c.name_zh, s.name_zh,
         CASE WHEN e.venue <> '' THEN e.venue ELSE s.name_zh || coalesce(' ' || r.name_zh, '') END,
         o.start_at, o.end_at, )sql" KIOSK_SEATS_COLUMNS_SQL R"sql(,
         e.category_id, e.site_id, c.name_en, s.name_en, c.color
  FROM occurrences o
  JOIN events e ON e.id = o.event_id
  JOIN categories c ON c.id = e.category_id
  JOIN sites s ON s.id = e.site_id
  LEFT JOIN rooms r ON r.id = e.room_id
  WHERE
)sql";

std::vector<CalendarOccurrence> ReadList(db::Statement& query) {
  std::vector<CalendarOccurrence> list;
  while (query.Step()) {
    CalendarOccurrence item;
    OccurrenceSummary& s = item.summary;
    s.occurrence_id = query.ColumnInt(0);
    s.event_id = query.ColumnInt(1);
    s.title = query.ColumnText(2);
    s.category = query.ColumnText(3);
    s.site = query.ColumnText(4);
    s.venue = query.ColumnText(5);
    s.start = ParseStoredTime(query.ColumnText(6), "occurrences.start_at");
    s.end = ParseStoredTime(query.ColumnText(7), "occurrences.end_at");
    s.seats = ReadSeats(query, 8);
    item.category_id = query.ColumnInt(11);
    item.site_id = query.ColumnInt(12);
    item.category_en = query.ColumnText(13);
    item.site_en = query.ColumnText(14);
    item.category_rgb = ParseHexColour(query.ColumnText(15));
    list.push_back(std::move(item));
  }
  return list;
}

struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

// Statement has no blob column; the poster is read here with the C API.
std::vector<uint8_t> PosterBytes(db::Database& db, int64_t event_id) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db.handle(), "SELECT poster FROM events WHERE id = ?1", -1, &raw, nullptr) !=
      SQLITE_OK)
    throw db::SqliteError(sqlite3_extended_errcode(db.handle()), sqlite3_errmsg(db.handle()));
  std::unique_ptr<sqlite3_stmt, StmtFinalize> stmt(raw);
  sqlite3_bind_int64(raw, 1, event_id);
  const int rc = sqlite3_step(raw);
  if (rc == SQLITE_DONE) return {};
  if (rc != SQLITE_ROW)
    throw db::SqliteError(sqlite3_extended_errcode(db.handle()), sqlite3_errmsg(db.handle()));
  if (sqlite3_column_type(raw, 0) != SQLITE_BLOB) return {};
  const auto* data = static_cast<const uint8_t*>(sqlite3_column_blob(raw, 0));
  const int size = sqlite3_column_bytes(raw, 0);
  return data ? std::vector<uint8_t>(data, data + size) : std::vector<uint8_t>{};
}

}  // namespace

unsigned ParseHexColour(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return 0x808080;
  unsigned value = 0;
  for (size_t i = 1; i < 7; ++i) {
    const char c = text[i];
    const unsigned digit = c >= '0' && c <= '9'   ? static_cast<unsigned>(c - '0')
                           : c >= 'a' && c <= 'f' ? static_cast<unsigned>(c - 'a' + 10)
                           : c >= 'A' && c <= 'F' ? static_cast<unsigned>(c - 'A' + 10)
                                                  : 16u;
    if (digit > 15) return 0x808080;
    value = value * 16 + digit;
  }
  return value;
}

std::vector<CategoryInfo> LoadCategories(db::Database& db) {
  db::Statement query(db, "SELECT id, code, name_zh, name_en, color FROM categories ORDER BY sort_order, id");
  std::vector<CategoryInfo> list;
  while (query.Step())
    list.push_back(CategoryInfo{query.ColumnInt(0), query.ColumnText(1), query.ColumnText(2),
                                query.ColumnText(3), ParseHexColour(query.ColumnText(4))});
  return list;
}

std::vector<SiteInfo> LoadSites(db::Database& db) {
  db::Statement query(db, "SELECT id, name_zh, name_en FROM sites ORDER BY id");
  std::vector<SiteInfo> list;
  while (query.Step()) list.push_back(SiteInfo{query.ColumnInt(0), query.ColumnText(1), query.ColumnText(2)});
  return list;
}

std::vector<DayCount> MonthCounts(db::Database& db, int year, int month, const CalendarFilter& filter) {
  const LocalDate first{year, month, 1};
  std::vector<DayCount> days(static_cast<size_t>(first.DaysInMonth()));
  for (size_t i = 0; i < days.size(); ++i) days[i].date = first.AddDays(static_cast<int>(i));
  db::Statement query(db,
                      "SELECT substr(o.start_at, 9, 2), e.category_id, count(*) FROM occurrences o "
                      "JOIN events e ON e.id = o.event_id WHERE " +
                          std::string(kFilterWhere) +
                          " AND o.start_at >= ?3 AND o.start_at < ?4 GROUP BY 1, 2");
  BindFilter(query, filter);
  query.Bind(3, first.Iso());
  query.Bind(4, first.AddDays(first.DaysInMonth()).Iso());
  while (query.Step()) {
    const int day = std::stoi(query.ColumnText(0));
    if (day < 1 || day > static_cast<int>(days.size())) continue;
    DayCount& d = days[static_cast<size_t>(day - 1)];
    const int count = static_cast<int>(query.ColumnInt(2));
    d.total += count;
    d.by_category.emplace_back(query.ColumnInt(1), count);
  }
  for (DayCount& d : days)
    std::stable_sort(d.by_category.begin(), d.by_category.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
  return days;
}

std::vector<CalendarOccurrence> OccurrencesBetween(db::Database& db, const LocalDate& first,
                                                   const LocalDate& last, const CalendarFilter& filter) {
  db::Statement query(db, std::string(kListSelect) + std::string(kFilterWhere) +
                              " AND o.start_at >= ?3 AND o.start_at < ?4 ORDER BY o.start_at, e.title, o.id");
  BindFilter(query, filter);
  query.Bind(3, first.Iso());
  query.Bind(4, last.AddDays(1).Iso());
  return ReadList(query);
}

std::vector<CalendarOccurrence> OccurrencesOnDay(db::Database& db, const LocalDate& day,
                                                 const CalendarFilter& filter) {
  return OccurrencesBetween(db, day, day, filter);
}

std::optional<OccurrenceDetail> LoadOccurrenceDetail(db::Database& db, int64_t occurrence_id) {
  db::Statement query(db, R"sql(
    SELECT o.id, e.id, e.uid, o.recurrence_id, e.title, e.body,
           CASE WHEN e.venue <> '' THEN e.venue ELSE s.name_zh || coalesce(' ' || r.name_zh, '') END,
           s.name_zh, s.name_en, coalesce(g.name_zh, ''), coalesce(g.name_en, ''),
           c.name_zh, c.name_en, c.color, o.start_at, o.end_at, o.all_day,
           o.status = 'cancelled' OR e.status = 'cancelled',
           )sql" KIOSK_SEATS_COLUMNS_SQL R"sql(,
           e.wants_volunteers, e.signup_opens, e.signup_closes
    FROM occurrences o
    JOIN events e ON e.id = o.event_id
    JOIN categories c ON c.id = e.category_id
    JOIN sites s ON s.id = e.site_id
    LEFT JOIN rooms r ON r.id = e.room_id
    LEFT JOIN organizers g ON g.id = e.organizer_id
    WHERE o.id = ?1 )sql" KIOSK_SHOWN_OCCURRENCE_SQL);
  query.Bind(1, occurrence_id);
  if (!query.Step()) return std::nullopt;
  OccurrenceDetail d;
  d.occurrence_id = query.ColumnInt(0);
  d.event_id = query.ColumnInt(1);
  d.uid = query.ColumnText(2);
  d.recurrence_id = query.ColumnText(3);
  d.title = query.ColumnText(4);
  d.body = query.ColumnText(5);
  d.venue = query.ColumnText(6);
  d.site_zh = query.ColumnText(7);
  d.site_en = query.ColumnText(8);
  d.organizer_zh = query.ColumnText(9);
  d.organizer_en = query.ColumnText(10);
  d.category_zh = query.ColumnText(11);
  d.category_en = query.ColumnText(12);
  d.category_rgb = ParseHexColour(query.ColumnText(13));
  d.start = ParseStoredTime(query.ColumnText(14), "occurrences.start_at");
  d.end = ParseStoredTime(query.ColumnText(15), "occurrences.end_at");
  d.all_day = query.ColumnInt(16) != 0;
  d.cancelled = query.ColumnInt(17) != 0;
  d.seats = ReadSeats(query, 18);
  d.wants_volunteers = query.ColumnInt(21) != 0;
  d.signup_opens = ParseOptionalTime(query.ColumnOptionalText(22), "events.signup_opens");
  d.signup_closes = ParseOptionalTime(query.ColumnOptionalText(23), "events.signup_closes");
  d.poster = PosterBytes(db, d.event_id);
  return d;
}

}  // namespace kiosk
