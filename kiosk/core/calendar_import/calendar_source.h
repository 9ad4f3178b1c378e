// kiosk/core/calendar_import/calendar_source.h — what a calendar file (iCalendar or spreadsheet CSV) says, after
// parsing and recurrence expansion and before it touches the database: events with their dated
// occurrences in Asia/Shanghai wall time, and references to sites/categories/... still by name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar_import/import_problem.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// Which occurrences of recurring events an import writes: those starting on a day in
// [first, last]. Occurrences outside it are neither written nor cancelled.
struct ImportWindow {
  LocalDate first;
  LocalDate last;
};

// A reference to a site, category, organizer or room as the file wrote it (code or Chinese name).
struct SourceRef {
  std::vector<std::string> names;  // candidates in file order (CATEGORIES may list several); empty: none
  int line = 0;
  std::string field;
  bool empty() const { return names.empty(); }
};

struct SourceOccurrence {
  // Identity within the event: '' for a one-off event (so moving it keeps its sign-ups),
  // otherwise the original start in Shanghai time ("2026-11-27T16:30", or "2026-11-27" all-day).
  std::string recurrence_id;
  LocalDateTime start;
  LocalDateTime end;  // all-day: 00:00 of the day after the last day (iCalendar's exclusive end)
  bool all_day = false;
  bool cancelled = false;
};

struct SourceEvent {
  int line = 0;  // where the event starts in the file
  std::string uid;
  std::string title;
  std::string body;
  std::string venue;
  SourceRef category, site, organizer, room;
  std::optional<int> capacity;  // nullopt: no limit
  bool wants_volunteers = false;
  bool cancelled = false;
  std::optional<std::string> poster;  // PNG or JPEG bytes, already checked and scaled
  bool recurring = false;
  std::vector<SourceOccurrence> occurrences;
};

struct SourceCalendar {
  std::string file_name;           // as the user named it, for problems
  std::vector<SourceEvent> events;  // only events without problems
  ImportProblems problems;          // one per problem; an event with a problem is left out
  int events_seen = 0;              // events (or rows) the file holds, good or bad
};

}  // namespace kiosk
