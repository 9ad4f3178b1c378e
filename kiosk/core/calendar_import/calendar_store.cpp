// kiosk/core/calendar_import/calendar_store.cpp — reference resolution and the event/occurrence upserts.
#include "kiosk/core/calendar_import/calendar_store.h"

#include <algorithm>
#include <set>
#include <vector>

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/signup/waitlist.h"

namespace kiosk {

namespace {

std::string Folded(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Codes and English names match in any case; Chinese names exactly.
void LoadLookup(db::Database& db, const char* table, std::map<std::string, int64_t, std::less<>>& lookup) {
  db::Statement query(db, std::string("SELECT id, code, name_zh, name_en FROM ") + table + " ORDER BY id DESC");
  while (query.Step()) {
    const int64_t id = query.ColumnInt(0);
    for (int column = 1; column <= 3; ++column) lookup[Folded(query.ColumnText(column))] = id;
  }
}

std::optional<int64_t> Find(const std::map<std::string, int64_t, std::less<>>& lookup, const std::string& name) {
  const auto it = lookup.find(Folded(name));
  if (it == lookup.end()) return std::nullopt;
  return it->second;
}

struct UnknownWhat {
  const char* zh;
  const char* en;
};

void Unknown(const SourceRef& ref, const std::string& file, const UnknownWhat& what, ImportProblems& problems) {
  std::string names;
  for (const std::string& name : ref.names) {
    if (!names.empty()) names += ", ";
    names += QuoteForProblem(name);
  }
  problems.push_back({file, ref.line, ref.field, std::string("没有这个") + what.zh + " " + names,
                      std::string("unknown ") + what.en + " " + names});
}

}  // namespace

CalendarStore::CalendarStore(db::Database& db, const LocalDateTime& now, PlainCalendarDefaults defaults)
    : db_(db),
      now_(now),
      resolver_(db, std::move(defaults)),
      find_event_(db, "SELECT id FROM events WHERE uid = ?1"),
      insert_event_(db,
                    "INSERT INTO events(uid, title, body, category_id, site_id, organizer_id, room_id, venue, "
                    "capacity, wants_volunteers, status, poster) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
      update_event_(db,
                    "UPDATE events SET title = ?2, body = ?3, category_id = ?4, site_id = ?5, organizer_id = ?6, "
                    "room_id = ?7, venue = ?8, capacity = ?9, wants_volunteers = ?10, status = ?11, poster = ?12 "
                    "WHERE uid = ?1 AND (title, body, category_id, site_id, organizer_id, room_id, venue, capacity, "
                    "wants_volunteers, status, poster) IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
      load_occurrences_(db,
                        "SELECT recurrence_id, id, start_at, end_at, status, all_day FROM occurrences "
                        "WHERE event_id = ?1"),
      insert_occurrence_(db,
                         "INSERT INTO occurrences(event_id, recurrence_id, start_at, end_at, all_day, status) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6)"),
      update_occurrence_(db,
                         "UPDATE occurrences SET start_at = ?2, end_at = ?3, all_day = ?4, status = ?5 WHERE id = ?1"),
      withdraw_occurrence_(db, "UPDATE occurrences SET status = 'cancelled' WHERE id = ?1"),
      waiting_occurrences_(db,
                           "SELECT DISTINCT o.id FROM occurrences o JOIN signups su ON su.occurrence_id = o.id "
                           "WHERE o.event_id = ?1 AND su.status = 'waitlisted' ORDER BY o.id") {
  LoadLookup(db, "sites", sites_);
  LoadLookup(db, "categories", categories_);
  LoadLookup(db, "organizers", organizers_);
  db::Statement rooms(db, "SELECT id, site_id, code, name_zh, name_en FROM rooms");
  while (rooms.Step()) {
    const Room room{rooms.ColumnInt(0), rooms.ColumnInt(1)};
    rooms_by_code_[Folded(rooms.ColumnText(2))] = room;
    rooms_by_site_and_name_[{room.site_id, Folded(rooms.ColumnText(3))}] = room.id;
    rooms_by_site_and_name_[{room.site_id, Folded(rooms.ColumnText(4))}] = room.id;
  }
}

bool CalendarStore::CheckDefaults(const std::string& file, ImportProblems& problems) const {
  const size_t before = problems.size();
  const PlainCalendarDefaults& given = resolver_.defaults();
  if (!given.site.empty() && !Find(sites_, given.site))
    Unknown(SourceRef{{given.site}, 0, "--site"}, file, {"社区", "site"}, problems);
  if (!given.category.empty() && !Find(categories_, given.category))
    Unknown(SourceRef{{given.category}, 0, "--category"}, file, {"类别", "category"}, problems);
  return problems.size() == before;
}

std::optional<ResolvedRefs> CalendarStore::Resolve(const SourceEvent& event, const std::string& file,
                                                   ImportProblems& problems) const {
  const size_t before = problems.size();
  ResolvedRefs refs;
  // Categories: the first name the master knows wins (CATEGORIES may also carry other labels);
  // a plain calendar's labels fall back to --category or 其他 (site_category_resolver.h).
  const SourceRef category_ref =
      resolver_.CategoryOf(event, [&](const std::string& name) { return Find(categories_, name).has_value(); });
  std::optional<int64_t> category;
  for (const std::string& name : category_ref.names) {
    if ((category = Find(categories_, name))) break;
  }
  if (category) refs.category_id = *category;
  else Unknown(category_ref, file, {"类别", "category"}, problems);

  const SourceRef site_ref = resolver_.SiteOf(event);  // X-KIOSK-SITE, --site, or named in LOCATION
  if (site_ref.empty()) {
    problems.push_back(resolver_.NoSiteProblem(event, file));
  } else if (const auto site = Find(sites_, site_ref.names.front())) {
    refs.site_id = *site;
  } else {
    Unknown(site_ref, file, {"社区", "site"}, problems);
  }
  if (!event.organizer.empty()) {
    refs.organizer_id = Find(organizers_, event.organizer.names.front());
    if (!refs.organizer_id) Unknown(event.organizer, file, {"主办方", "organizer"}, problems);
  }
  if (!event.room.empty() && refs.site_id != 0) {
    const std::string name = Folded(event.room.names.front());
    if (const auto by_code = rooms_by_code_.find(name); by_code != rooms_by_code_.end()) {
      if (by_code->second.site_id == refs.site_id) refs.room_id = by_code->second.id;
      else problems.push_back({file, event.room.line, event.room.field, "这个房间不在该社区 " + QuoteForProblem(name),
                               "room is not at this site " + QuoteForProblem(name)});
    } else if (const auto by_name = rooms_by_site_and_name_.find({refs.site_id, name});
               by_name != rooms_by_site_and_name_.end()) {
      refs.room_id = by_name->second;
    } else {
      Unknown(event.room, file, {"房间", "room"}, problems);
    }
  }
  if (problems.size() != before) return std::nullopt;
  return refs;
}

void CalendarStore::Write(const SourceEvent& event, const ResolvedRefs& refs, const ImportWindow& window,
                          StoreCounts& counts) {
  // --- the event row, by UID
  db::Statement& find = find_event_;
  find.Bind(1, event.uid);
  const std::optional<int64_t> existing = find.Step() ? std::optional<int64_t>(find.ColumnInt(0)) : std::nullopt;
  find.Reset();
  const char* status = event.cancelled ? "cancelled" : "published";
  auto bind_fields = [&](db::Statement& statement) {
    statement.BindAll(event.uid, event.title, event.body, refs.category_id, refs.site_id, refs.organizer_id,
                      refs.room_id, event.venue, event.capacity, event.wants_volunteers ? 1 : 0, status);
    if (event.poster) statement.BindBlob(12, *event.poster);
    else statement.BindNull(12);
  };
  int64_t event_id = 0;
  bool event_changed = false;
  if (!existing) {
    db::Statement& insert = insert_event_;
    bind_fields(insert);
    insert.Run();
    insert.Reset();
    event_id = db_.LastInsertRowId();
    ++counts.events_added;
  } else {
    event_id = *existing;
    db::Statement& update = update_event_;
    bind_fields(update);
    update.Run();
    update.Reset();
    event_changed = db_.Changes() > 0;
    ++(event_changed ? counts.events_updated : counts.events_unchanged);
  }

  // --- occurrences, by (event, recurrence id)
  struct Stored {
    int64_t id;
    std::string start, end, status;
    bool all_day;
  };
  std::map<std::string, Stored> stored;
  db::Statement& load = load_occurrences_;
  load.Bind(1, event_id);
  while (load.Step()) {
    stored[load.ColumnText(0)] = {load.ColumnInt(1), load.ColumnText(2), load.ColumnText(3), load.ColumnText(4),
                                  load.ColumnInt(5) != 0};
  }
  load.Reset();
  db::Statement& insert = insert_occurrence_;
  db::Statement& update = update_occurrence_;
  std::set<std::string> in_file;
  for (const SourceOccurrence& o : event.occurrences) {
    in_file.insert(o.recurrence_id);
    const std::string start = o.start.Iso(), end = o.end.Iso();
    const char* o_status = o.cancelled ? "cancelled" : "scheduled";
    const auto it = stored.find(o.recurrence_id);
    if (it == stored.end()) {
      insert.BindAll(event_id, o.recurrence_id, start, end, o.all_day ? 1 : 0, o_status);
      insert.Run();
      insert.Reset();
      ++counts.occurrences_added;
    } else if (it->second.start != start || it->second.end != end || it->second.all_day != o.all_day ||
               it->second.status != o_status) {
      update.BindAll(it->second.id, start, end, o.all_day ? 1 : 0, o_status);
      update.Run();
      update.Reset();
      ++counts.occurrences_updated;
    } else {
      ++counts.occurrences_unchanged;
    }
  }
  // Gone from the file: cancelled, not deleted (sign-ups may point at it). Only inside the window,
  // so yesterday's history and what lies beyond the horizon are never touched.
  db::Statement& withdraw = withdraw_occurrence_;
  const std::string first = window.first.Iso(), after_last = window.last.AddDays(1).Iso();
  for (const auto& [recurrence_id, row] : stored) {
    if (in_file.contains(recurrence_id) || row.status == "cancelled") continue;
    if (row.start < first || row.start >= after_last) continue;
    withdraw.Bind(1, row.id);
    withdraw.Run();
    withdraw.Reset();
    ++counts.occurrences_withdrawn;
  }

  // A changed event (a raised capacity) may have freed seats that people are waiting for.
  if (event_changed) {
    db::Statement& waiting = waiting_occurrences_;
    waiting.Bind(1, event_id);
    std::vector<int64_t> occurrence_ids;
    while (waiting.Step()) occurrence_ids.push_back(waiting.ColumnInt(0));
    waiting.Reset();
    for (const int64_t id : occurrence_ids) {
      if (const auto facts = LoadOccurrenceFacts(db_, id)) FillSeatsFromWaitlist(db_, *facts, now_, std::nullopt);
    }
  }
}

}  // namespace kiosk
