// kiosk/core/demo_data.cpp — loads the Tong'an Street demo from data/demo/*.csv (format in
// data/demo/README.md) into a migrated database, expanding each event's date rule into dated
// occurrences from the first of this month to the end of next month, all in one transaction.
//
// [SECTION] Lookups: source codes -> row ids
// [SECTION] Reference data: meta, sites, rooms, categories, organizers, volunteers
// [SECTION] Events and occurrences
// [SECTION] Demo sign-ups
// [SECTION] Entry points
#include "kiosk/core/demo_data.h"

#include <filesystem>
#include <map>

#include "kiosk/core/csv_table.h"
#include "kiosk/core/demo_rules.h"
#include "kiosk/core/kiosk_database.h"
#include "kiosk/core/phone_hash.h"

namespace kiosk {

namespace {

// The origin of rows the demo pretends the office recorded.
constexpr std::string_view kDemoOrigin = "office";

//-----------------------------------------------------------------------------
// [SECTION] Lookups: source codes -> row ids
//-----------------------------------------------------------------------------

using CodeMap = std::map<std::string, int64_t, std::less<>>;

struct DemoIds {
  CodeMap sites, rooms, categories, organizers, events;
};

struct DemoSource {
  std::string dir;
  LocalDate today;
  LocalDate first;  // first day with occurrences
  LocalDate last;   // last day with occurrences

  CsvTable Read(const char* file, const std::vector<std::string>& columns) const {
    return CsvTable::Read((std::filesystem::path(dir) / file).string(), columns);
  }
};

int64_t Lookup(const CodeMap& ids, const CsvTable& table, const CsvTable::Row& row, std::string_view column) {
  const std::string& code = table.Cell(row, column);
  const auto it = ids.find(code);
  if (it == ids.end()) table.Fail(row, "unknown " + std::string(column) + " \"" + code + "\"");
  return it->second;
}

std::optional<int64_t> LookupOptional(const CodeMap& ids, const CsvTable& table, const CsvTable::Row& row,
                                      std::string_view column) {
  if (table.Cell(row, column).empty()) return std::nullopt;
  return Lookup(ids, table, row, column);
}

int ParseInt(const CsvTable& table, const CsvTable::Row& row, std::string_view column) {
  const std::string& text = table.Cell(row, column);
  size_t used = 0;
  int value = 0;
  try {
    value = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (text.empty() || used != text.size()) {
    table.Fail(row, std::string(column) + " must be a whole number, not \"" + text + "\"");
  }
  return value;
}

// Runs one row's insert; a constraint failure becomes an error naming the file and line.
void InsertRow(db::Statement& insert, const CsvTable& table, const CsvTable::Row& row) {
  try {
    insert.Run();
  } catch (const db::SqliteError& error) {
    table.Fail(row, error.what());
  }
  insert.Reset();
}

//-----------------------------------------------------------------------------
// [SECTION] Reference data: meta, sites, rooms, categories, organizers, volunteers
//-----------------------------------------------------------------------------

void LoadMeta(db::Database& db, const DemoSource& source) {
  const CsvTable table = source.Read("meta.csv", {"key", "value"});
  db::Statement insert(db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "key"), table.Cell(row, "value"));
    InsertRow(insert, table, row);
  }
  // The demo is "published" the day it is built.
  db::Statement(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('generated_at', ?1)")
      .Bind(1, LocalDateTime{source.today, 6, 0}.Iso())
      .Run();
}

void LoadSites(db::Database& db, const DemoSource& source, DemoIds& ids) {
  const CsvTable table = source.Read("sites.csv", {"code", "name_zh", "name_en", "kind", "address"});
  db::Statement insert(db,
                       "INSERT INTO sites(code, name_zh, name_en, kind, address) VALUES(?1, ?2, ?3, ?4, ?5)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "code"), table.Cell(row, "name_zh"), table.Cell(row, "name_en"),
                   table.Cell(row, "kind"), table.Cell(row, "address"));
    InsertRow(insert, table, row);
    ids.sites[table.Cell(row, "code")] = db.LastInsertRowId();
  }
}

void LoadRooms(db::Database& db, const DemoSource& source, DemoIds& ids) {
  const CsvTable table = source.Read("rooms.csv", {"code", "site", "name_zh", "name_en", "kind", "open_time",
                                                   "close_time", "slot_minutes", "bookable"});
  db::Statement insert(db,
                       "INSERT INTO rooms(code, site_id, name_zh, name_en, kind, open_time, close_time, "
                       "slot_minutes, bookable) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "code"), Lookup(ids.sites, table, row, "site"), table.Cell(row, "name_zh"),
                   table.Cell(row, "name_en"), table.Cell(row, "kind"), table.Cell(row, "open_time"),
                   table.Cell(row, "close_time"), ParseInt(table, row, "slot_minutes"),
                   ParseInt(table, row, "bookable"));
    InsertRow(insert, table, row);
    ids.rooms[table.Cell(row, "code")] = db.LastInsertRowId();
  }
}

void LoadCategories(db::Database& db, const DemoSource& source, DemoIds& ids) {
  const CsvTable table = source.Read("categories.csv", {"code", "name_zh", "name_en", "color"});
  db::Statement insert(
      db, "INSERT INTO categories(code, name_zh, name_en, color, sort_order) VALUES(?1, ?2, ?3, ?4, ?5)");
  int order = 0;
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "code"), table.Cell(row, "name_zh"), table.Cell(row, "name_en"),
                   table.Cell(row, "color"), ++order);
    InsertRow(insert, table, row);
    ids.categories[table.Cell(row, "code")] = db.LastInsertRowId();
  }
}

void LoadOrganizers(db::Database& db, const DemoSource& source, DemoIds& ids) {
  const CsvTable table = source.Read("organizers.csv", {"code", "name_zh", "name_en", "kind", "site"});
  db::Statement insert(
      db, "INSERT INTO organizers(code, name_zh, name_en, kind, site_id) VALUES(?1, ?2, ?3, ?4, ?5)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "code"), table.Cell(row, "name_zh"), table.Cell(row, "name_en"),
                   table.Cell(row, "kind"), LookupOptional(ids.sites, table, row, "site"));
    InsertRow(insert, table, row);
    ids.organizers[table.Cell(row, "code")] = db.LastInsertRowId();
  }
}

void LoadVolunteers(db::Database& db, const DemoSource& source, const DemoIds& ids) {
  const CsvTable table = source.Read("volunteers.csv", {"code", "display_name", "team", "phone"});
  db::Statement insert(
      db,
      "INSERT INTO volunteers(display_name, organizer_id, volunteer_code, phone_hash, phone_last4) "
      "VALUES(?1, ?2, ?3, ?4, ?5)");
  for (const auto& row : table.rows()) {
    const std::string& phone = table.Cell(row, "phone");
    if (!IsValidMainlandMobile(phone)) table.Fail(row, "\"" + phone + "\" is not an 11-digit mobile number");
    insert.BindAll(table.Cell(row, "display_name"), LookupOptional(ids.organizers, table, row, "team"),
                   table.Cell(row, "code"), PhoneHash(phone, kDemoPhoneHashKey), PhoneLast4(phone));
    InsertRow(insert, table, row);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Events and occurrences
//-----------------------------------------------------------------------------

LocalDateTime ParseTimeOn(const LocalDate& day, const CsvTable& table, const CsvTable::Row& row,
                          std::string_view column) {
  const std::string& text = table.Cell(row, column);
  const auto parsed = LocalDateTime::ParseIso(day.Iso() + "T" + text);
  if (!parsed) table.Fail(row, std::string(column) + " must be a time like 16:30, not \"" + text + "\"");
  return *parsed;
}

// The first of `dates` on or after today + the "+N" in `cancel`.
LocalDate CancelledDate(const std::vector<LocalDate>& dates, const LocalDate& today, const CsvTable& table,
                        const CsvTable::Row& row) {
  const std::string& cancel = table.Cell(row, "cancel");
  const std::string offset_text = cancel.starts_with('+') ? cancel.substr(1) : cancel;
  int offset = 0;
  try {
    size_t used = 0;
    offset = std::stoi(offset_text, &used);
    if (used != offset_text.size()) throw std::invalid_argument(cancel);
  } catch (const std::exception&) {
    table.Fail(row, "cancel must be empty, +N or event, not \"" + cancel + "\"");
  }
  const LocalDate from = today.AddDays(offset);
  for (const LocalDate& day : dates) {
    if (day >= from) return day;
  }
  table.Fail(row, "cancel " + cancel + ": no occurrence on or after " + from.Iso());
}

void LoadEvents(db::Database& db, const DemoSource& source, DemoIds& ids) {
  const CsvTable table =
      source.Read("events.csv", {"uid", "title", "category", "site", "organizer", "room", "venue", "capacity",
                                 "wants_volunteers", "rule", "start", "end", "cancel", "body"});
  db::Statement insert_event(
      db,
      "INSERT INTO events(uid, title, body, category_id, site_id, organizer_id, room_id, "
      "venue, capacity, wants_volunteers, status) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  db::Statement insert_occurrence(
      db,
      "INSERT INTO occurrences(event_id, recurrence_id, start_at, end_at, status) "
      "VALUES(?1, ?2, ?3, ?4, ?5)");
  for (const auto& row : table.rows()) {
    const std::string& cancel = table.Cell(row, "cancel");
    std::optional<int> capacity;
    if (!table.Cell(row, "capacity").empty()) capacity = ParseInt(table, row, "capacity");
    insert_event.BindAll(
        table.Cell(row, "uid"), table.Cell(row, "title"), table.Cell(row, "body"),
        Lookup(ids.categories, table, row, "category"), Lookup(ids.sites, table, row, "site"),
        LookupOptional(ids.organizers, table, row, "organizer"),
        LookupOptional(ids.rooms, table, row, "room"), table.Cell(row, "venue"), capacity,
        ParseInt(table, row, "wants_volunteers"), cancel == "event" ? "cancelled" : "published");
    InsertRow(insert_event, table, row);
    const int64_t event_id = db.LastInsertRowId();
    ids.events[table.Cell(row, "uid")] = event_id;

    std::vector<LocalDate> dates;
    try {
      dates = ExpandDemoRule(table.Cell(row, "rule"), source.today, source.first, source.last);
    } catch (const DemoRuleError& error) {
      table.Fail(row, error.what());
    }
    std::optional<LocalDate> cancelled;
    if (!cancel.empty() && cancel != "event") cancelled = CancelledDate(dates, source.today, table, row);
    for (const LocalDate& day : dates) {
      const LocalDateTime start = ParseTimeOn(day, table, row, "start");
      const LocalDateTime end = ParseTimeOn(day, table, row, "end");
      if (end < start) table.Fail(row, "end is before start");
      insert_occurrence.BindAll(event_id, start.Iso(), start.Iso(), end.Iso(),
                                cancelled == day ? "cancelled" : "scheduled");
      InsertRow(insert_occurrence, table, row);
    }
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Demo sign-ups
//-----------------------------------------------------------------------------

// Fictional residents: 19900000001, 19900000002, ... (never a real person's number).
std::string FictionalResidentPhone(int n) {
  std::string digits = std::to_string(n);
  return "199" + std::string(8 - digits.size(), '0') + digits;
}

void LoadSignups(db::Database& db, const DemoSource& source, const DemoIds& ids) {
  const CsvTable table = source.Read("signups.csv", {"event", "day_offset", "confirmed", "waitlisted"});
  db::Statement find_occurrence(db,
                                "SELECT id FROM occurrences WHERE event_id = ?1 AND start_at >= ?2 "
                                "ORDER BY start_at LIMIT 1");
  db::Statement insert(
      db,
      "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, role, phone_hash, "
      "phone_last4, status, waitlist_position) VALUES(?1, ?2, ?3, ?4, 'resident', ?5, ?6, ?7, ?8)");
  const std::string created_at = LocalDateTime{source.today, 8, 0}.Iso();
  int resident = 0;
  for (const auto& row : table.rows()) {
    const LocalDate from = source.today.AddDays(ParseInt(table, row, "day_offset"));
    find_occurrence.BindAll(Lookup(ids.events, table, row, "event"), from.Iso());
    if (!find_occurrence.Step()) table.Fail(row, "no occurrence on or after " + from.Iso());
    const int64_t occurrence_id = find_occurrence.ColumnInt(0);
    find_occurrence.Reset();
    const int confirmed = ParseInt(table, row, "confirmed");
    const int waitlisted = ParseInt(table, row, "waitlisted");
    for (int i = 0; i < confirmed + waitlisted; ++i) {
      const std::string phone = FictionalResidentPhone(++resident);
      const bool on_waitlist = i >= confirmed;
      insert.BindAll(std::string(kDemoOrigin) + "-" + std::to_string(resident), kDemoOrigin, created_at,
                     occurrence_id, PhoneHash(phone, kDemoPhoneHashKey), PhoneLast4(phone),
                     on_waitlist ? "waitlisted" : "confirmed",
                     on_waitlist ? std::optional<int>(i - confirmed + 1) : std::nullopt);
      InsertRow(insert, table, row);
    }
  }
}

int CountRows(db::Database& db, const char* table) {
  return static_cast<int>(db::QueryInt(db, std::string("SELECT count(*) FROM ") + table));
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry points
//-----------------------------------------------------------------------------

DemoCounts LoadDemoData(db::Database& db, const std::string& demo_dir, const LocalDate& today) {
  const LocalDate first{today.year, today.month, 1};
  const LocalDate first_of_next = first.AddDays(first.DaysInMonth());
  const LocalDate last{first_of_next.year, first_of_next.month, first_of_next.DaysInMonth()};
  const DemoSource source{demo_dir, today, first, last};

  DemoIds ids;
  db::Transaction transaction(db);  // all of the demo or none of it
  LoadMeta(db, source);
  LoadSites(db, source, ids);
  LoadRooms(db, source, ids);
  LoadCategories(db, source, ids);
  LoadOrganizers(db, source, ids);
  LoadVolunteers(db, source, ids);
  LoadEvents(db, source, ids);
  LoadSignups(db, source, ids);
  transaction.Commit();

  DemoCounts counts;
  counts.sites = CountRows(db, "sites");
  counts.rooms = CountRows(db, "rooms");
  counts.categories = CountRows(db, "categories");
  counts.organizers = CountRows(db, "organizers");
  counts.volunteers = CountRows(db, "volunteers");
  counts.events = CountRows(db, "events");
  counts.occurrences = CountRows(db, "occurrences");
  return counts;
}

DemoCounts WriteDemoDatabase(const std::string& path, const std::string& demo_dir, const LocalDate& today) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix);
  db::Database db = OpenKioskDatabase(path, /*create_if_missing=*/true);
  const DemoCounts counts = LoadDemoData(db, demo_dir, today);
  db.Exec("PRAGMA wal_checkpoint(TRUNCATE)");  // leave one self-contained file behind
  return counts;
}

}  // namespace kiosk
