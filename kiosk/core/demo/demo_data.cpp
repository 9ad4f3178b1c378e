// kiosk/core/demo/demo_data.cpp — builds the Tong'an Street demo from data/demo/ (format in
// data/demo/README.md): the reference data, the fictional volunteer roster, the activity
// calendar through the same import path the office uses (events.ics.in with dates relative to
// today, expanded from the first of this month to the end of next month) and demo sign-ups,
// all in one transaction.
//
// [SECTION] Volunteers
// [SECTION] Calendar through the office import
// [SECTION] Demo sign-ups
// [SECTION] Room closures
// [SECTION] Entry points
#include "kiosk/core/demo/demo_data.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/calendar_import/source_rows.h"
#include "kiosk/core/demo/demo_calendar_template.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/kiosk_database.h"

namespace kiosk {

std::string FictionalResidentPhone(int n) {
  std::string digits = std::to_string(n);
  return "199" + std::string(8 - digits.size(), '0') + digits;
}

namespace {

using namespace source_rows;

// The origin of rows the demo pretends the office recorded.
constexpr std::string_view kDemoOrigin = "office";
constexpr const char* kDemoCalendarFile = "events.ics.in";

struct DemoSource {
  std::string dir;
  LocalDate today;
  ImportWindow window;  // first of this month .. last of next month

  CsvTable Read(const char* file, const std::vector<std::string>& columns) const {
    return CsvTable::Read((std::filesystem::path(dir) / file).string(), columns);
  }
};

//-----------------------------------------------------------------------------
// [SECTION] Volunteers
//-----------------------------------------------------------------------------

void LoadVolunteers(db::Database& db, const DemoSource& source, const ReferenceIds& ids) {
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
// [SECTION] Calendar through the office import
//-----------------------------------------------------------------------------

void LoadCalendar(db::Database& db, const DemoSource& source) {
  const std::filesystem::path path = std::filesystem::path(source.dir) / kDemoCalendarFile;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SourceFileError(path.string() + ": cannot read the demo calendar");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string ics = ExpandDemoCalendarTemplate(text, kDemoCalendarFile, source.today);
  SourceCalendar calendar =
      ReadCalendarSource(ics, CalendarFormat::kIcs, kDemoCalendarFile, source.dir, source.window);
  const CalendarImportReport report =
      StoreCalendarSource(db, std::move(calendar), source.window, /*skip_bad=*/false);
  if (!report.ok()) {
    std::string lines;
    for (const ImportProblem& problem : report.problems) {
      if (!lines.empty()) lines += '\n';
      lines += problem.Format();
    }
    throw SourceFileError(lines);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Demo sign-ups
// [SECTION] Room closures
//-----------------------------------------------------------------------------

void LoadSignups(db::Database& db, const DemoSource& source) {
  const CsvTable table = source.Read("signups.csv", {"event", "day_offset", "confirmed", "waitlisted"});
  db::Statement find_event(db, "SELECT id FROM events WHERE uid = ?1");
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
    find_event.Bind(1, table.Cell(row, "event"));
    if (!find_event.Step()) table.Fail(row, "unknown event \"" + table.Cell(row, "event") + "\"");
    find_occurrence.BindAll(find_event.ColumnInt(0), from.Iso());
    find_event.Reset();
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

//-----------------------------------------------------------------------------
// [SECTION] Room closures
//-----------------------------------------------------------------------------

// room_closures.csv: a room (empty: every room, a public holiday) closed on today + day_offset.
void LoadRoomClosures(db::Database& db, const DemoSource& source, const ReferenceIds& ids) {
  const CsvTable table = source.Read("room_closures.csv", {"room", "day_offset", "reason_zh", "reason_en"});
  db::Statement insert(
      db, "INSERT INTO room_closures(room_id, date, reason_zh, reason_en) VALUES(?1, ?2, ?3, ?4)");
  for (const auto& row : table.rows()) {
    insert.BindAll(LookupOptional(ids.rooms, table, row, "room"),
                   source.today.AddDays(ParseInt(table, row, "day_offset")).Iso(),
                   table.Cell(row, "reason_zh"), table.Cell(row, "reason_en"));
    InsertRow(insert, table, row);
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
  const DemoSource source{demo_dir, today, {first, last}};

  db::Transaction transaction(db);  // all of the demo or none of it
  const ReferenceIds ids = LoadReferenceData(db, demo_dir);
  // The demo is "published" the day it is built.
  db::Statement(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('generated_at', ?1)")
      .Bind(1, LocalDateTime{today, 6, 0}.Iso())
      .Run();
  // Its phone hashes are made with the public demo key, and the database says so: a kiosk then
  // uses the demo key for this database only, never for real data (config/district_key.h).
  StorePhoneKeyFingerprint(db, PhoneKeyFingerprint(kDemoPhoneHashKey));
  LoadVolunteers(db, source, ids);
  LoadCalendar(db, source);
  LoadSignups(db, source);
  LoadRoomClosures(db, source, ids);
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
