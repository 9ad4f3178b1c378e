// kiosk/core/calendar_import/csv_calendar_import.cpp — spreadsheet rows to SourceEvents: header mapping,
// value checks with one problem line per bad cell, recurrence through ExpandRule in Shanghai time.
//
// [SECTION] Columns
// [SECTION] Values: dates, times, lists
// [SECTION] One row
// [SECTION] Entry point
#include "kiosk/core/calendar_import/csv_calendar_import.h"

#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <unordered_set>

#include "kiosk/core/calendar/poster_image.h"
#include "kiosk/core/calendar_import/calendar_fields.h"
#include "kiosk/core/calendar_import/recurrence.h"
#include "kiosk/core/calendar_import/source_occurrence.h"
#include "kiosk/core/text/csv_records.h"
#include "kiosk/core/text/text_encoding.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Columns
//-----------------------------------------------------------------------------

enum Column {
  kUid,
  kTitle,
  kCategory,
  kSite,
  kOrganizer,
  kRoom,
  kVenue,
  kDate,
  kStart,
  kEnd,
  kEndDate,
  kRepeat,
  kExcept,
  kCapacity,
  kVolunteers,
  kStatus,
  kPoster,
  kBody,
  kColumnCount
};

struct ColumnSpec {
  const char* en;
  const char* zh;
  bool required;
};

constexpr std::array<ColumnSpec, kColumnCount> kColumns = {{
    {"uid", "编号", true},
    {"title", "标题", true},
    {"category", "类别", true},
    {"site", "社区", true},
    {"organizer", "主办方", false},
    {"room", "房间", false},
    {"venue", "地点", false},
    {"date", "日期", true},
    {"start", "开始", false},
    {"end", "结束", false},
    {"end_date", "结束日期", false},
    {"repeat", "重复", false},
    {"except", "除外日期", false},
    {"capacity", "名额", false},
    {"volunteers", "招募志愿者", false},
    {"status", "状态", false},
    {"poster", "海报", false},
    {"body", "简介", false},
}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Values: dates, times, lists
//-----------------------------------------------------------------------------

std::optional<int> Number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// 2026-11-27, 2026/11/27, 2026-1-5 or 2026/1/5 (Chinese Excel re-saves dates with slashes).
std::optional<LocalDate> ParseSheetDate(std::string_view text) {
  text = TrimSpaces(text);
  const size_t a = text.find_first_of("-/");
  const size_t b = a == std::string_view::npos ? a : text.find_first_of("-/", a + 1);
  if (b == std::string_view::npos || a != 4) return std::nullopt;
  const auto year = Number(text.substr(0, a));
  const auto month = Number(text.substr(a + 1, b - a - 1));
  const auto day = Number(text.substr(b + 1));
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
  if (*year < kFirstCalendarYear || *year > kLastCalendarYear) return std::nullopt;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *year, *month, *day);
  return LocalDate::ParseIso(iso);
}

// 9:30, 09:30 or 09:30:00; nullopt otherwise.
std::optional<std::pair<int, int>> ParseSheetTime(std::string_view text) {
  text = TrimSpaces(text);
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view rest = text.substr(colon + 1);
  if (rest.size() == 5 && rest[2] == ':' && Number(rest.substr(3)).value_or(99) < 60)
    rest = rest.substr(0, 2);
  const auto hour = Number(text.substr(0, colon));
  const auto minute = rest.size() == 2 ? Number(rest) : std::nullopt;
  if (!hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
  return std::pair{*hour, *minute};
}

std::vector<std::string> SplitDateList(std::string_view text) {
  std::vector<std::string> items;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) items.push_back(current);
    current.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ';' || c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      flush();
    } else if (text.substr(i).starts_with("、") || text.substr(i).starts_with("；") ||
               text.substr(i).starts_with("，")) {
      flush();
      i += 2;  // these are three bytes in UTF-8
    } else {
      current += c;
    }
  }
  flush();
  return items;
}

//-----------------------------------------------------------------------------
// [SECTION] One row
//-----------------------------------------------------------------------------

class RowReader {
 public:
  RowReader(const std::string& file, const std::filesystem::path& base_dir, const ImportWindow& window,
            const std::array<int, kColumnCount>& index, const std::vector<std::string>& headers,
            ImportProblems& problems)
      : file_(file),
        base_dir_(base_dir),
        window_(window),
        index_(index),
        headers_(headers),
        problems_(problems) {}

  std::optional<SourceEvent> Read(const CsvRecord& record) {
    record_ = &record;
    const size_t before = problems_.size();
    SourceEvent event;
    event.line = record.line;
    event.uid = Cell(kUid);
    event.title = Cell(kTitle);
    event.body = Cell(kBody);
    event.venue = Cell(kVenue);
    if (!PassTextGate()) return std::nullopt;  // nothing below may read a cell the gate refused
    for (Column column : {kUid, kTitle, kCategory, kSite, kDate}) {
      if (Cell(column).empty()) Problem(column, "不能为空", "must not be empty");
    }
    event.category = Ref(kCategory);
    event.site = Ref(kSite);
    event.organizer = Ref(kOrganizer);
    event.room = Ref(kRoom);
    if (!Cell(kCapacity).empty()) {
      event.capacity = ParseCapacity(Cell(kCapacity));
      if (!event.capacity) {
        Problem(kCapacity, "应为 0 到 " + std::to_string(kMaxCapacity) + " 的整数，或留空表示不限",
                "must be a whole number 0 to " + std::to_string(kMaxCapacity) + ", or empty for no limit");
      }
    }
    if (!Cell(kVolunteers).empty()) {
      const auto yes = ParseYesNo(Cell(kVolunteers));
      if (!yes) Problem(kVolunteers, "应为 是 或 否", "must be yes or no");
      event.wants_volunteers = yes.value_or(false);
    }
    const std::string status = Lower(Cell(kStatus));
    if (status == "取消" || status == "已取消" || status == "cancelled" || status == "canceled") {
      event.cancelled = true;
    } else if (!status.empty() && status != "正常" && status != "published" && status != "confirmed") {
      Problem(kStatus, "应为 正常 或 取消", "must be published or cancelled");
    }
    if (!Cell(kPoster).empty()) {
      try {
        event.poster = LoadPosterFile(base_dir_, Cell(kPoster));
      } catch (const PosterError& error) {
        Problem(kPoster, error.zh(), error.what());
      }
    }
    Occurrences(event);
    if (problems_.size() != before) return std::nullopt;
    return event;
  }

 private:
  std::string Cell(Column column) const {
    const int i = index_[column];
    if (i < 0 || static_cast<size_t>(i) >= record_->cells.size()) return "";
    return std::string(TrimSpaces(record_->cells[static_cast<size_t>(i)]));
  }
  std::string Header(Column column) const {
    return index_[column] >= 0 ? headers_[static_cast<size_t>(index_[column])] : kColumns[column].zh;
  }
  void Problem(Column column, std::string zh, std::string en) {
    problems_.push_back({file_, record_->line, Header(column), std::move(zh), std::move(en)});
  }
  static size_t MaxChars(Column column) {
    switch (column) {
      case kTitle:
        return kMaxTitleChars;
      case kBody:
        return kMaxBodyChars;
      case kVenue:
        return kMaxVenueChars;
      case kUid:
        return kMaxUidChars;
      case kCategory:
      case kSite:
      case kOrganizer:
      case kRoom:
        return kMaxRefChars;
      default:
        return kMaxOtherTextChars;
    }
  }
  // Every cell of the row through the one text gate; false when any was refused.
  bool PassTextGate() {
    bool ok = true;
    for (int c = 0; c < kColumnCount; ++c) {
      const Column column = static_cast<Column>(c);
      if (index_[column] < 0) continue;
      const auto refusal = CheckTextField(Cell(column), MaxChars(column),
                                          column == kBody ? TextShape::kBody : TextShape::kLine);
      if (refusal) {
        Problem(column, refusal->zh, refusal->en);
        ok = false;
      }
    }
    return ok;
  }
  SourceRef Ref(Column column) const {
    SourceRef ref;
    ref.line = record_->line;
    ref.field = Header(column);
    if (!Cell(column).empty()) ref.names.push_back(Cell(column));
    return ref;
  }

  void Occurrences(SourceEvent& event) {
    const auto date = ParseSheetDate(Cell(kDate));
    if (!date) {
      if (!Cell(kDate).empty())
        Problem(kDate, "不是有效日期 " + QuoteForProblem(Cell(kDate)) + "（例如 2026-11-27）",
                "not a valid date " + QuoteForProblem(Cell(kDate)) + " (e.g. 2026-11-27)");
      return;
    }
    std::optional<LocalDate> end_date = *date;
    if (!Cell(kEndDate).empty()) {
      end_date = ParseSheetDate(Cell(kEndDate));
      if (!end_date) {
        Problem(kEndDate, "不是有效日期 " + QuoteForProblem(Cell(kEndDate)),
                "not a valid date " + QuoteForProblem(Cell(kEndDate)));
        return;
      }
    }
    const bool all_day = Cell(kStart).empty() && Cell(kEnd).empty();
    CivilTime start{*date, 0, 0, 0, all_day};
    long long seconds = 0;
    if (all_day) {
      seconds = (static_cast<long long>(end_date->DaysSinceEpoch() - date->DaysSinceEpoch()) + 1) * 86400;
    } else {
      const auto start_time = ParseSheetTime(Cell(kStart));
      const auto end_time = ParseSheetTime(Cell(kEnd));
      if (!start_time)
        Problem(kStart, "不是有效时间 " + QuoteForProblem(Cell(kStart)) + "（例如 16:30）",
                "not a valid time " + QuoteForProblem(Cell(kStart)) + " (e.g. 16:30)");
      if (!end_time)
        Problem(kEnd, "不是有效时间 " + QuoteForProblem(Cell(kEnd)) + "（例如 18:00）",
                "not a valid time " + QuoteForProblem(Cell(kEnd)) + " (e.g. 18:00)");
      if (!start_time || !end_time) return;
      start = CivilTime{*date, start_time->first, start_time->second, 0, false};
      const CivilTime end{*end_date, end_time->first, end_time->second, 0, false};
      seconds = end.SecondsSinceEpoch() - start.SecondsSinceEpoch();
    }
    if (seconds < 0) {
      Problem(index_[kEndDate] >= 0 && !Cell(kEndDate).empty() ? kEndDate : kEnd,
              "结束时间早于开始时间（跨午夜的活动请填写结束日期）",
              "end is before start (for an activity past midnight fill in the end date)");
      return;
    }
    std::string rule = Cell(kRepeat);
    if (Lower(rule).starts_with("rrule:")) rule.erase(0, 6);
    event.recurring = !rule.empty();
    if (!event.recurring) {
      event.occurrences.push_back(MakeSourceOccurrence("", start, seconds, event.cancelled));
      return;
    }
    std::vector<CivilTime> excluded;
    for (const std::string& item : SplitDateList(Cell(kExcept))) {
      const auto day = ParseSheetDate(item);
      if (!day) {
        Problem(kExcept, "不是有效日期 " + QuoteForProblem(item),
                "not a valid date " + QuoteForProblem(item));
        return;
      }
      excluded.push_back(CivilTime{*day, start.hour, start.minute, 0, all_day});
    }
    std::vector<CivilTime> instances;
    try {
      instances = ExpandRule(rule, start, CivilTime{window_.first, 0, 0, 0, false},
                             CivilTime{window_.last, 23, 59, 59, false});
    } catch (const RecurrenceError& error) {
      Problem(kRepeat, "重复规则有误：" + std::string(error.what()) + "（例如 FREQ=WEEKLY;BYDAY=SA）",
              std::string(error.what()) + " (e.g. FREQ=WEEKLY;BYDAY=SA)");
      return;
    }
    std::vector<CivilTime> first;
    if (start.date >= window_.first && start.date <= window_.last)
      first.push_back(start);  // the first date always counts
    for (const CivilTime& at : CombineRecurrenceSet(std::move(instances), first, excluded)) {
      event.occurrences.push_back(MakeSourceOccurrence(RecurrenceIdOf(at), at, seconds, event.cancelled));
    }
  }

  const std::string& file_;
  const std::filesystem::path& base_dir_;
  const ImportWindow& window_;
  const std::array<int, kColumnCount>& index_;
  const std::vector<std::string>& headers_;
  ImportProblems& problems_;
  const CsvRecord* record_ = nullptr;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

struct CsvCalendarReader::State {
  CsvRecordReader& records;
  std::string file_name;
  std::filesystem::path base_dir;
  ImportWindow window;
  ImportProblems& problems;
  std::array<int, kColumnCount> index{};
  std::vector<std::string> headers;
  std::optional<RowReader> rows;  // none: the header was refused, no row is read
  // Each uid's 64-bit hash, not the uid: a million rows take 8 MB here, not 70. Two different
  // uids of one file sharing a hash (odds about 1 in 10^10 at a million rows) would be refused
  // as a duplicate: loud, never silent.
  std::unordered_set<uint64_t> uid_hashes;
  int events_seen = 0;
};

CsvCalendarReader::CsvCalendarReader(CsvRecordReader& records, const std::string& file_name,
                                     const std::filesystem::path& base_dir, const ImportWindow& window,
                                     ImportProblems& problems)
    : state_(std::make_unique<State>(
          State{records, file_name, base_dir, window, problems, {}, {}, std::nullopt, {}, 0})) {
  State& s = *state_;
  const std::optional<CsvRecord> header = records.Next();
  if (!header) {
    problems.push_back({file_name, 0, "", "文件是空的", "the file is empty"});
    return;
  }
  // Header row: every column must be known, the required ones present, none twice.
  s.index.fill(-1);
  bool header_ok = !header->error;
  for (size_t i = 0; i < header->cells.size(); ++i) {
    const std::string name(TrimSpaces(header->cells[i]));
    s.headers.push_back(name);
    if (name.empty()) continue;  // Excel leaves empty columns after the last one
    int found = -1;
    for (int c = 0; c < kColumnCount; ++c) {
      if (Lower(name) == kColumns[static_cast<size_t>(c)].en || name == kColumns[static_cast<size_t>(c)].zh)
        found = c;
    }
    if (found < 0) {
      problems.push_back({file_name, header->line, name, "未知的列名", "unknown column"});
      header_ok = false;
    } else if (s.index[static_cast<size_t>(found)] >= 0) {
      problems.push_back({file_name, header->line, name, "列名重复", "column appears twice"});
      header_ok = false;
    } else {
      s.index[static_cast<size_t>(found)] = static_cast<int>(i);
    }
  }
  for (int c = 0; c < kColumnCount; ++c) {
    const ColumnSpec& spec = kColumns[static_cast<size_t>(c)];
    if (spec.required && s.index[static_cast<size_t>(c)] < 0) {
      problems.push_back({file_name, header->line, spec.zh,
                          std::string("缺少这一列（") + spec.zh + " 或 " + spec.en + "）",
                          std::string("missing column (") + spec.zh + " or " + spec.en + ")"});
      header_ok = false;
    }
  }
  if (header_ok) s.rows.emplace(s.file_name, s.base_dir, s.window, s.index, s.headers, problems);
}

CsvCalendarReader::~CsvCalendarReader() = default;

int CsvCalendarReader::events_seen() const { return state_->events_seen; }

std::optional<SourceEvent> CsvCalendarReader::Next() {
  State& s = *state_;
  if (!s.rows) return std::nullopt;
  while (std::optional<CsvRecord> record = s.records.Next()) {
    ++s.events_seen;
    if (record->error) {
      s.problems.push_back({s.file_name, record->line, "", record->error->zh, record->error->en});
      continue;
    }
    bool extra = false;
    for (size_t i = s.headers.size(); i < record->cells.size(); ++i)
      extra = extra || !TrimSpaces(record->cells[i]).empty();
    if (extra) {
      s.problems.push_back({s.file_name, record->line, "", "这一行的格子比表头多（是否有没加引号的逗号？）",
                            "more cells than the header (an unquoted comma?)"});
      continue;
    }
    std::optional<SourceEvent> event = s.rows->Read(*record);
    if (!event) continue;
    if (!s.uid_hashes.insert(std::hash<std::string>{}(event->uid)).second) {
      s.problems.push_back({s.file_name, record->line, s.headers[static_cast<size_t>(s.index[kUid])],
                            "编号重复 " + QuoteForProblem(event->uid),
                            "duplicate uid " + QuoteForProblem(event->uid)});
      continue;
    }
    return event;
  }
  return std::nullopt;
}

SourceCalendar ParseCsvCalendar(std::string_view bytes, const std::string& file_name,
                                const std::filesystem::path& base_dir, const ImportWindow& window) {
  SourceCalendar out;
  out.file_name = file_name;
  DecodedText text;
  try {
    text = DecodeSpreadsheetText(bytes);
  } catch (const TextEncodingError& error) {
    out.problems.push_back(EncodingProblem(file_name, error));
    return out;
  }
  CsvRecordReader records(text.utf8);
  CsvCalendarReader reader(records, file_name, base_dir, window, out.problems);
  while (std::optional<SourceEvent> event = reader.Next()) out.events.push_back(std::move(*event));
  out.events_seen = reader.events_seen();
  return out;
}

ImportProblem EncodingProblem(const std::string& file_name, const TextEncodingError& error) {
  return {file_name, error.line(), "", "文件编码无法识别（应为 UTF-8 或 GBK）",
          std::string("unknown text encoding (") + error.what() + "; save as UTF-8 or GBK)"};
}

}  // namespace kiosk
