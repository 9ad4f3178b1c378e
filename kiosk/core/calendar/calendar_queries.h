// kiosk/core/calendar/calendar_queries.h — what the calendar screens read: categories and sites for the
// filters, per-day counts of a month, the occurrences of a day or a week, and everything the
// activity detail shows. The kiosk never evaluates recurrence: it reads occurrences as stored.
//
// Implements:
//   CategoryInfo, SiteInfo        filter choices, in display order
//   CalendarFilter                category set (empty: all) and site (none: all)
//   DayCount / MonthCounts        activities per day of a month, split by category
//   CalendarOccurrence            a listed occurrence (OccurrenceSummary + category id/colour)
//   OccurrencesOnDay / Between    filtered lists in time order
//   OccurrenceDetail / LoadOccurrenceDetail   the detail screen's facts, poster bytes included
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct CategoryInfo {
  int64_t id = 0;
  std::string code;     // "party"
  std::string name_zh;  // "党建"
  std::string name_en;  // "Party building"
  unsigned rgb = 0;     // 0xRRGGBB from categories.color
};

struct SiteInfo {
  int64_t id = 0;
  std::string name_zh;  // "福圣社区"
  std::string name_en;
};

std::vector<CategoryInfo> LoadCategories(db::Database& db);  // by sort_order, then id
std::vector<SiteInfo> LoadSites(db::Database& db);           // by id (the office's order)

struct CalendarFilter {
  std::set<int64_t> category_ids;  // empty: every category
  std::optional<int64_t> site_id;  // none: every site
  bool operator==(const CalendarFilter&) const = default;
};

struct DayCount {
  LocalDate date;
  int total = 0;
  // (category id, count) for the categories present that day, most frequent first.
  std::vector<std::pair<int64_t, int>> by_category;
};

// One entry per day of `year`-`month`, in date order; cancelled occurrences are not counted.
std::vector<DayCount> MonthCounts(db::Database& db, int year, int month, const CalendarFilter& filter);

struct CalendarOccurrence {
  OccurrenceSummary summary;
  int64_t category_id = 0;
  int64_t site_id = 0;
  std::string category_en;
  std::string site_en;
  unsigned category_rgb = 0;
};

std::vector<CalendarOccurrence> OccurrencesOnDay(db::Database& db, const LocalDate& day,
                                                 const CalendarFilter& filter);
// Occurrences starting in [first, last] (whole days), in time order.
std::vector<CalendarOccurrence> OccurrencesBetween(db::Database& db, const LocalDate& first,
                                                   const LocalDate& last, const CalendarFilter& filter);

struct OccurrenceDetail {
  int64_t occurrence_id = 0;
  int64_t event_id = 0;
  std::string uid;  // the event's iCalendar UID
  std::string recurrence_id;
  std::string title;
  std::string body;
  std::string venue;  // the place; "<site> <room>" when the office left it empty
  std::string site_zh, site_en;
  std::string organizer_zh, organizer_en;  // empty: none named
  std::string category_zh, category_en;
  unsigned category_rgb = 0;
  LocalDateTime start, end;
  bool all_day = false;
  bool cancelled = false;  // the occurrence or its whole event
  Seats seats;             // capacity, confirmed residents, waiting (seats.h)
  bool wants_volunteers = false;
  std::optional<LocalDateTime> signup_opens, signup_closes;
  std::vector<uint8_t> poster;  // PNG/JPEG bytes as stored; empty: none
};

// nullopt when no such occurrence exists (e.g. removed by the last sync).
std::optional<OccurrenceDetail> LoadOccurrenceDetail(db::Database& db, int64_t occurrence_id);

// "#C62828" -> 0xC62828; 0x808080 for anything malformed (the schema's CHECK prevents it).
unsigned ParseHexColour(const std::string& text);

}  // namespace kiosk
