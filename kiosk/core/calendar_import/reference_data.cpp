// kiosk/core/calendar_import/reference_data.cpp — meta.csv, sites.csv, rooms.csv, room_hours.csv,
// categories.csv and organizers.csv (format in data/demo/README.md) into a migrated database.
#include "kiosk/core/calendar_import/reference_data.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "kiosk/core/calendar_import/source_rows.h"

namespace kiosk {

namespace {

using namespace source_rows;

CsvTable Read(const std::string& dir, const char* file, const std::vector<std::string>& columns) {
  return CsvTable::Read((std::filesystem::path(dir) / file).string(), columns);
}

void LoadMeta(db::Database& db, const std::string& dir) {
  const CsvTable table = Read(dir, "meta.csv", {"key", "value"});
  db::Statement insert(db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "key"), table.Cell(row, "value"));
    InsertRow(insert, table, row);
  }
}

void LoadSites(db::Database& db, const std::string& dir, ReferenceIds& ids) {
  const CsvTable table = Read(dir, "sites.csv", {"code", "name_zh", "name_en", "kind", "address"});
  db::Statement insert(db,
                       "INSERT INTO sites(code, name_zh, name_en, kind, address) VALUES(?1, ?2, ?3, ?4, ?5)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "code"), table.Cell(row, "name_zh"), table.Cell(row, "name_en"),
                   table.Cell(row, "kind"), table.Cell(row, "address"));
    InsertRow(insert, table, row);
    ids.sites[table.Cell(row, "code")] = db.LastInsertRowId();
  }
}

void LoadRooms(db::Database& db, const std::string& dir, ReferenceIds& ids) {
  const CsvTable table = Read(dir, "rooms.csv",
                              {"code", "site", "name_zh", "name_en", "kind", "open_time", "close_time",
                               "slot_minutes", "bookable", "max_booking_minutes"});
  db::Statement insert(
      db,
      "INSERT INTO rooms(code, site_id, name_zh, name_en, kind, open_time, close_time, "
      "slot_minutes, bookable, max_booking_minutes) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "code"), Lookup(ids.sites, table, row, "site"), table.Cell(row, "name_zh"),
                   table.Cell(row, "name_en"), table.Cell(row, "kind"), table.Cell(row, "open_time"),
                   table.Cell(row, "close_time"), ParseInt(table, row, "slot_minutes"),
                   ParseInt(table, row, "bookable"), ParseInt(table, row, "max_booking_minutes"));
    InsertRow(insert, table, row);
    ids.rooms[table.Cell(row, "code")] = db.LastInsertRowId();
  }
}

// "MO TU WE" -> one row per weekday (0 = Sunday, as LocalDate::Weekday).
void LoadRoomHours(db::Database& db, const std::string& dir, const ReferenceIds& ids) {
  static constexpr std::string_view kDays[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
  const CsvTable table = Read(dir, "room_hours.csv", {"room", "weekdays", "open_time", "close_time"});
  db::Statement insert(
      db, "INSERT INTO room_hours(room_id, weekday, open_time, close_time) VALUES(?1, ?2, ?3, ?4)");
  for (const auto& row : table.rows()) {
    const int64_t room = Lookup(ids.rooms, table, row, "room");
    std::istringstream days(table.Cell(row, "weekdays"));
    std::string day;
    int count = 0;
    while (days >> day) {
      const auto* found = std::find(std::begin(kDays), std::end(kDays), day);
      if (found == std::end(kDays))
        table.Fail(row, "weekdays: unknown day \"" + day + "\" (SU MO TU WE TH FR SA)");
      insert.BindAll(room, static_cast<int>(found - std::begin(kDays)), table.Cell(row, "open_time"),
                     table.Cell(row, "close_time"));
      InsertRow(insert, table, row);
      ++count;
    }
    if (count == 0) table.Fail(row, "weekdays: none given (SU MO TU WE TH FR SA)");
  }
}

void LoadCategories(db::Database& db, const std::string& dir, ReferenceIds& ids) {
  const CsvTable table = Read(dir, "categories.csv", {"code", "name_zh", "name_en", "color"});
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

void LoadOrganizers(db::Database& db, const std::string& dir, ReferenceIds& ids) {
  const CsvTable table = Read(dir, "organizers.csv", {"code", "name_zh", "name_en", "kind", "site"});
  db::Statement insert(
      db, "INSERT INTO organizers(code, name_zh, name_en, kind, site_id) VALUES(?1, ?2, ?3, ?4, ?5)");
  for (const auto& row : table.rows()) {
    insert.BindAll(table.Cell(row, "code"), table.Cell(row, "name_zh"), table.Cell(row, "name_en"),
                   table.Cell(row, "kind"), LookupOptional(ids.sites, table, row, "site"));
    InsertRow(insert, table, row);
    ids.organizers[table.Cell(row, "code")] = db.LastInsertRowId();
  }
}

}  // namespace

ReferenceIds LoadReferenceData(db::Database& db, const std::string& dir) {
  ReferenceIds ids;
  LoadMeta(db, dir);
  LoadSites(db, dir, ids);
  LoadRooms(db, dir, ids);
  LoadRoomHours(db, dir, ids);
  LoadCategories(db, dir, ids);
  LoadOrganizers(db, dir, ids);
  return ids;
}

}  // namespace kiosk
