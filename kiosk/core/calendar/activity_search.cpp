// kiosk/core/calendar/activity_search.cpp — the search index: documents from the database, pinyin keys
// through ICU, bigram posting lists, and the search itself.
//
// [SECTION] Documents from the database
// [SECTION] Pinyin
// [SECTION] Posting lists
// [SECTION] Search
#include "kiosk/core/calendar/activity_search.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <stdexcept>

#include "kiosk/core/storage/stored_times.h"
#include "kiosk/core/text/utf8.h"

namespace kiosk {

// -----------------------------------------------------------------------------------------------
// [SECTION] Documents from the database

std::vector<SearchDocument> LoadSearchDocuments(db::Database& db, const LocalDateTime& from) {
  db::Statement query(db, R"sql(
    SELECT e.id, n.id, n.start_at, e.category_id, e.site_id, e.title, e.body,
           CASE WHEN e.venue <> '' THEN e.venue ELSE s.name_zh || coalesce(' ' || r.name_zh, '') END,
           coalesce(g.name_zh, ''), s.name_zh, c.name_zh
    FROM events e
    JOIN occurrences n ON n.id = (SELECT o.id FROM occurrences o
                                  WHERE o.event_id = e.id AND o.status <> 'cancelled' AND o.start_at >= ?1
                                  )sql" KIOSK_SHOWN_OCCURRENCE_SQL R"sql(
                                  ORDER BY o.start_at, o.id LIMIT 1)
    JOIN sites s ON s.id = e.site_id
    JOIN categories c ON c.id = e.category_id
    LEFT JOIN rooms r ON r.id = e.room_id
    LEFT JOIN organizers g ON g.id = e.organizer_id
    WHERE e.status <> 'cancelled'
    ORDER BY n.start_at, e.title, e.id
  )sql");
  query.Bind(1, from.Iso());
  std::vector<SearchDocument> documents;
  while (query.Step()) {
    SearchDocument d;
    d.event_id = query.ColumnInt(0);
    d.next_occurrence_id = query.ColumnInt(1);
    const auto start = LocalDateTime::ParseIso(query.ColumnText(2));
    if (!start) throw std::runtime_error("bad time in database: \"" + query.ColumnText(2) + "\"");
    d.next_start = *start;
    d.category_id = query.ColumnInt(3);
    d.site_id = query.ColumnInt(4);
    d.title = query.ColumnText(5);
    d.body = query.ColumnText(6);
    d.venue = query.ColumnText(7);
    d.organizer = query.ColumnText(8);
    d.site = query.ColumnText(9);
    d.category = query.ColumnText(10);
    documents.push_back(std::move(d));
  }
  return documents;
}

// -----------------------------------------------------------------------------------------------
// [SECTION] Pinyin

namespace {

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char AsciiLower(char32_t c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); }

}  // namespace

struct HanPinyin::Icu {
  std::unique_ptr<icu::Transliterator> transliterator;
};

HanPinyin::HanPinyin() : icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->transliterator.reset(
      icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !icu_->transliterator)
    throw std::runtime_error(std::string("ICU Han-Latin transliteration unavailable: ") +
                             u_errorName(status));
}

HanPinyin::~HanPinyin() = default;

const std::string& HanPinyin::Of(char32_t code_point) {
  auto [it, inserted] = cache_.try_emplace(code_point);
  if (!inserted) return it->second;
  UErrorCode status = U_ZERO_ERROR;
  if (uscript_getScript(static_cast<UChar32>(code_point), &status) != USCRIPT_HAN || U_FAILURE(status))
    return it->second;
  icu::UnicodeString text(static_cast<UChar32>(code_point));
  icu_->transliterator->transliterate(text);
  std::string utf8;
  text.toUTF8String(utf8);
  for (char c : utf8)
    if (c >= 'a' && c <= 'z') it->second += c;
  return it->second;
}

// -----------------------------------------------------------------------------------------------
// [SECTION] Posting lists

namespace {

constexpr uint32_t kUnigram = 0xFFFFFFFFu;

uint64_t GramKey(char32_t a, uint32_t b) { return (static_cast<uint64_t>(a) << 32) | b; }
// Code points are < 2^21, so a triple fits in 63 bits; bit 63 keeps it apart from pairs.
uint64_t TrigramKey(char32_t a, char32_t b, char32_t c) {
  return (uint64_t{1} << 63) | (static_cast<uint64_t>(a) << 42) | (static_cast<uint64_t>(b) << 21) | c;
}

// Unigrams and adjacent-pair bigrams of `text` (and triples, when asked), none crossing
// `separator`. Pinyin letters need triples: a pair like "ao" is in half the keys.
void CollectGrams(std::string_view text, char32_t separator, bool trigrams, std::vector<uint64_t>& grams) {
  char32_t before = separator, previous = separator;
  ForEachCodePoint(text, [&](char32_t c, std::string_view) {
    if (c != separator) {
      grams.push_back(GramKey(c, kUnigram));
      if (previous != separator) grams.push_back(GramKey(previous, c));
      if (trigrams && previous != separator && before != separator)
        grams.push_back(TrigramKey(before, previous, c));
    }
    before = previous;
    previous = c;
  });
}

using PostingMap = std::unordered_map<uint64_t, std::vector<uint32_t>>;

// Posting lists a term needs: its triples (where indexed) or pairs, or its one character.
bool TermLists(const PostingMap& map, std::string_view term, bool trigrams,
               std::vector<const std::vector<uint32_t>*>& lists) {
  std::vector<uint64_t> grams;
  std::vector<char32_t> chars;
  ForEachCodePoint(term, [&](char32_t c, std::string_view) { chars.push_back(c); });
  if (chars.size() == 1) grams.push_back(GramKey(chars[0], kUnigram));
  if (trigrams && chars.size() >= 3) {
    for (size_t k = 2; k < chars.size(); ++k)
      grams.push_back(TrigramKey(chars[k - 2], chars[k - 1], chars[k]));
  } else {
    for (size_t k = 1; k < chars.size(); ++k) grams.push_back(GramKey(chars[k - 1], chars[k]));
  }
  for (uint64_t g : grams) {
    auto it = map.find(g);
    if (it == map.end()) return false;  // a pair that occurs nowhere: no match at all
    lists.push_back(&it->second);
  }
  return true;
}

struct Term {
  bool latin = false;
  std::string text;
};

// Runs of Latin letters/digits (lowercased) and runs of anything else not a space or ASCII
// punctuation; "kl 调解" -> {latin "kl"}, {text "调解"}.
std::vector<Term> SplitQuery(std::string_view query) {
  std::vector<Term> terms;
  Term current;
  auto flush = [&] {
    if (!current.text.empty()) terms.push_back(std::move(current));
    current = Term{};
  };
  ForEachCodePoint(query, [&](char32_t c, std::string_view bytes) {
    if (c < 0x80 && !IsAsciiAlnum(c)) {  // space or ASCII punctuation separates terms
      flush();
      return;
    }
    const bool latin = IsAsciiAlnum(c);
    if (!current.text.empty() && current.latin != latin) flush();
    current.latin = latin;
    if (latin)
      current.text += AsciiLower(c);
    else
      current.text.append(bytes);
  });
  flush();
  return terms;
}

}  // namespace

struct ActivitySearchIndex::Postings {
  PostingMap text;   // over texts_ (code points)
  PostingMap latin;  // over latin_keys_ (ASCII)
};

ActivitySearchIndex::ActivitySearchIndex() : postings_(std::make_unique<Postings>()) {}
ActivitySearchIndex::~ActivitySearchIndex() = default;
ActivitySearchIndex::ActivitySearchIndex(ActivitySearchIndex&&) noexcept = default;
ActivitySearchIndex& ActivitySearchIndex::operator=(ActivitySearchIndex&&) noexcept = default;

ActivitySearchIndex::ActivitySearchIndex(std::vector<SearchDocument> documents)
    : documents_(std::move(documents)), postings_(std::make_unique<Postings>()) {
  if (documents_.size() >= kUnigram) throw std::length_error("too many activities to index");
  HanPinyin pinyin;
  texts_.reserve(documents_.size());
  latin_keys_.reserve(documents_.size());
  std::vector<uint64_t> grams;
  for (size_t d = 0; d < documents_.size(); ++d) {
    const SearchDocument& doc = documents_[d];
    texts_.push_back(doc.title + '\n' + doc.venue + '\n' + doc.organizer + '\n' + doc.site + '\n' + doc.body);
    std::string key;
    for (const std::string* field : {&doc.title, &doc.venue, &doc.organizer}) {
      std::string initials, full;
      ForEachCodePoint(*field, [&](char32_t c, std::string_view) {
        if (IsAsciiAlnum(c)) {
          initials += AsciiLower(c);
          full += AsciiLower(c);
        } else if (const std::string& py = pinyin.Of(c); !py.empty()) {
          initials += py[0];
          full += py;
        }
      });
      key += initials + '|' + full + '|';
    }
    latin_keys_.push_back(std::move(key));

    const auto index_grams = [&](PostingMap& map, std::string_view text, char32_t separator, bool trigrams) {
      grams.clear();
      CollectGrams(text, separator, trigrams, grams);
      std::sort(grams.begin(), grams.end());
      grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
      for (uint64_t g : grams) map[g].push_back(static_cast<uint32_t>(d));  // d rises: lists stay sorted
    };
    index_grams(postings_->text, texts_.back(), U'\n', false);
    index_grams(postings_->latin, latin_keys_.back(), U'|', true);
  }
}

// -----------------------------------------------------------------------------------------------
// [SECTION] Search

SearchResult ActivitySearchIndex::Search(std::string_view query, const CalendarFilter& filter,
                                         size_t limit) const {
  SearchResult result;
  const std::vector<Term> terms = SplitQuery(query);
  if (terms.empty() || documents_.empty()) return result;
  std::vector<const std::vector<uint32_t>*> lists;
  for (const Term& t : terms)
    if (!TermLists(t.latin ? postings_->latin : postings_->text, t.text, t.latin, lists)) return result;
  std::sort(lists.begin(), lists.end(), [](auto* a, auto* b) { return a->size() < b->size(); });

  // Walk the shortest list; every other list must hold the document too (cursors only advance).
  std::vector<std::vector<uint32_t>::const_iterator> cursors;
  for (auto* list : lists) cursors.push_back(list->begin());
  for (uint32_t d : *lists[0]) {
    bool in_all = true;
    for (size_t k = 1; k < lists.size() && in_all; ++k) {
      cursors[k] = std::lower_bound(cursors[k], lists[k]->end(), d);
      in_all = cursors[k] != lists[k]->end() && *cursors[k] == d;
    }
    if (!in_all) continue;
    const SearchDocument& doc = documents_[d];
    if (!filter.category_ids.empty() && !filter.category_ids.count(doc.category_id)) continue;
    if (filter.site_id && *filter.site_id != doc.site_id) continue;
    // Bigrams say the pairs occur; the substring check says they occur in a row.
    const bool all_terms = std::all_of(terms.begin(), terms.end(), [&](const Term& t) {
      return (t.latin ? latin_keys_[d] : texts_[d]).find(t.text) != std::string::npos;
    });
    if (!all_terms) continue;
    if (result.documents.size() == limit) {
      result.more = true;
      break;
    }
    result.documents.push_back(d);
  }
  return result;
}

bool ActivitySearchIndex::MayMatch(std::string_view text) const {
  bool all_indexed = !text.empty();
  ForEachCodePoint(text, [&](char32_t c, std::string_view) {
    all_indexed = all_indexed && postings_->text.count(GramKey(c, kUnigram)) > 0;
  });
  return all_indexed;
}

}  // namespace kiosk
