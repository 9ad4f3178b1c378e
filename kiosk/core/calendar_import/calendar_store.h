// kiosk/core/calendar_import/calendar_store.h — writes what a calendar file says into the database: resolves
// sites, categories, organizers and rooms named in the file, then upserts events (by UID) and
// occurrences (by UID + recurrence id) so a re-import updates in place and never duplicates.
// An occurrence of an imported event that is no longer in the file is marked cancelled, never
// deleted, because sign-ups may point at it; only occurrences inside the import window are
// reconciled. Events absent from the file are left alone (cancel them with STATUS:CANCELLED).
// When a re-import changes an event that people are waiting for (e.g. raises its capacity), the
// waiting residents are promoted in order into the seats now free, by the same promotion a
// cancel uses (signup/waitlist.h), so every list and the sign-up rule agree at once.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "kiosk/core/calendar_import/calendar_source.h"
#include "kiosk/core/calendar_import/site_category_resolver.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct StoreCounts {
  int events_added = 0;
  int events_updated = 0;
  int events_unchanged = 0;
  int occurrences_added = 0;
  int occurrences_updated = 0;
  int occurrences_unchanged = 0;
  int occurrences_withdrawn = 0;  // no longer in the file: now cancelled
};

struct ResolvedRefs {
  int64_t category_id = 0;
  int64_t site_id = 0;
  std::optional<int64_t> organizer_id;
  std::optional<int64_t> room_id;
};

class CalendarStore {
 public:
  // Reads the reference tables once. `now` decides which occurrences are over (nobody is promoted
  // on those) and stamps the promotions. `defaults`: --site / --category (site_category_resolver.h).
  explicit CalendarStore(db::Database& db, const LocalDateTime& now = NowInShanghai(),
                         PlainCalendarDefaults defaults = {});

  // False after one problem (line 0) for each of --site / --category the master does not know.
  bool CheckDefaults(const std::string& file, ImportProblems& problems) const;

  // The ids the event's names refer to; nullopt after appending one problem per unknown name.
  std::optional<ResolvedRefs> Resolve(const SourceEvent& event, const std::string& file, ImportProblems& problems) const;

  // Upserts one event and its occurrences. Call inside a transaction.
  void Write(const SourceEvent& event, const ResolvedRefs& refs, const ImportWindow& window, StoreCounts& counts);

 private:
  using Lookup = std::map<std::string, int64_t, std::less<>>;
  struct Room {
    int64_t id;
    int64_t site_id;
  };
  db::Database& db_;
  LocalDateTime now_;
  SiteCategoryResolver resolver_;
  Lookup sites_, categories_, organizers_;
  std::map<std::string, Room, std::less<>> rooms_by_code_;
  std::map<std::pair<int64_t, std::string>, int64_t> rooms_by_site_and_name_;
  // Prepared once: an import of 10,000 events would otherwise spend most of its time preparing.
  db::Statement find_event_, insert_event_, update_event_;
  db::Statement load_occurrences_, insert_occurrence_, update_occurrence_, withdraw_occurrence_;
  db::Statement waiting_occurrences_;  // occurrences of an event with someone on the waitlist
};

}  // namespace kiosk
