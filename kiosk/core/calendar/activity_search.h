// kiosk/core/calendar/activity_search.h — search over activities as residents type: Chinese text in the
// title, place, organizer, community or description, or Latin letters matching the pinyin
// initials ("kl" -> 快乐4点半) or full pinyin ("kuaile") of the title, place or organizer.
//
// Implements:
//   SearchDocument        one activity (event) with its next date, as the index keeps it
//   LoadSearchDocuments   the events with an upcoming occurrence, soonest first
//   HanPinyin             Han character -> toneless pinyin through ICU's Han-Latin (cached)
//   ActivitySearchIndex   inverted index of character bigrams; Search() answers in documents' order
//
// Why bigrams: a plain scan of 100k activities' text is ~25 MB per keystroke (15+ ms); the
// posting lists of a term's adjacent character pairs give candidates that are nearly exact,
// which are then checked by substring. Results come in document order (soonest first) and stop
// at a limit, so a frequent word costs no more than a rare one.
//
// Pinyin comes from ICU's Han-Latin transliteration, one reading per character: it gets some
// polyphones wrong (调解 -> diaojie). The on-screen keyboard's candidates (libgooglepinyin) put
// the right Chinese word in the query, which then matches the text itself.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/core/time/local_time.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct SearchDocument {
  int64_t event_id = 0;
  int64_t next_occurrence_id = 0;  // what a tap on the result opens
  LocalDateTime next_start;
  int64_t category_id = 0;
  int64_t site_id = 0;
  std::string title, body, venue, organizer, site, category;
};

// Published events with a scheduled occurrence starting on or after `from`, soonest first.
std::vector<SearchDocument> LoadSearchDocuments(db::Database& db, const LocalDateTime& from);

class HanPinyin {
 public:
  HanPinyin();  // throws std::runtime_error if ICU lacks Han-Latin
  ~HanPinyin();
  HanPinyin(const HanPinyin&) = delete;
  HanPinyin& operator=(const HanPinyin&) = delete;
  // Lowercase toneless pinyin of one code point ("lè" -> "le"); "" for anything not Han.
  const std::string& Of(char32_t code_point);

 private:
  struct Icu;
  std::unique_ptr<Icu> icu_;
  std::unordered_map<char32_t, std::string> cache_;
};

struct SearchResult {
  std::vector<size_t> documents;  // indices into the index's documents, in their order
  bool more = false;              // more documents match than the limit let through
};

class ActivitySearchIndex {
 public:
  ActivitySearchIndex();
  explicit ActivitySearchIndex(std::vector<SearchDocument> documents);
  ~ActivitySearchIndex();
  ActivitySearchIndex(ActivitySearchIndex&&) noexcept;
  ActivitySearchIndex& operator=(ActivitySearchIndex&&) noexcept;

  size_t size() const { return documents_.size(); }
  const SearchDocument& document(size_t i) const { return documents_[i]; }

  // Documents matching every term of `query` (terms: runs of Chinese, runs of Latin letters or
  // digits; spaces separate), that pass `filter`, at most `limit`. An empty query matches nothing.
  SearchResult Search(std::string_view query, const CalendarFilter& filter = {}, size_t limit = 200) const;
  // True when every character of `text` occurs in the indexed Chinese text: a candidate that
  // cannot match anything is not worth offering (and may not be in the font).
  bool MayMatch(std::string_view text) const;
  // The Latin key of a document: initials and full pinyin of title, place and organizer.
  const std::string& LatinKey(size_t i) const { return latin_keys_[i]; }

 private:
  struct Postings;
  std::vector<SearchDocument> documents_;
  std::vector<std::string> texts_;       // title, venue, organizer, site, body joined by '\n'
  std::vector<std::string> latin_keys_;  // lowercase ASCII, fields joined by '|'
  std::unique_ptr<Postings> postings_;
};

}  // namespace kiosk
