// kiosk/core/calendar_import/ics_import.cpp — iCalendar reading for the office import (mapping in
// ics_import.h).
//
// [SECTION] Problems
// [SECTION] Structure: VCALENDAR, VTIMEZONE and VEVENT blocks with their lines
// [SECTION] Time zones: file VTIMEZONEs, the tz database, conversion to Shanghai
// [SECTION] One VEVENT's properties
// [SECTION] Expansion: rule, RDATE, EXDATE, overrides, window
// [SECTION] Entry point
#include "kiosk/core/calendar_import/ics_import.h"

#include <sodium.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "kiosk/core/calendar/poster_image.h"
#include "kiosk/core/calendar_import/calendar_fields.h"
#include "kiosk/core/calendar_import/ical_support.h"
#include "kiosk/core/calendar_import/ics_lines.h"
#include "kiosk/core/calendar_import/source_occurrence.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Problems
//-----------------------------------------------------------------------------

class ProblemSink {
 public:
  ProblemSink(const std::string& file, ImportProblems& out) : file_(file), out_(out) {}
  void Add(int line, std::string field, std::string zh, std::string en) {
    out_.push_back({file_, line, std::move(field), std::move(zh), std::move(en)});
    ++count_;
  }
  int count() const { return count_; }

 private:
  const std::string& file_;
  ImportProblems& out_;
  int count_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Structure: VCALENDAR, VTIMEZONE and VEVENT blocks with their lines
//-----------------------------------------------------------------------------

struct Block {
  int line = 0;  // BEGIN line
  std::vector<IcsLine>
      lines;            // between BEGIN and END; nested components dropped (VEVENT) or kept (VTIMEZONE)
  bool broken = false;  // a structural problem was already reported for it
  uint64_t offset = 0, end_offset = 0;  // the bytes of the file it was read from, BEGIN to END
};

// Reads the components line by line and hands each VEVENT and VTIMEZONE block on when it ends (or
// when the file stops with it open), so a file is never held whole.
class StructureReader {
 public:
  using Take = std::function<void(Block&&)>;
  // `inside_calendar`: the lines start inside the VCALENDAR (one block read again by its bytes).
  StructureReader(ProblemSink& problems, Take on_event, Take on_timezone, bool inside_calendar = false)
      : problems_(problems), on_event_(std::move(on_event)), on_timezone_(std::move(on_timezone)) {
    if (inside_calendar) stack_.push_back("VCALENDAR");
  }

  // False once the rest of the file cannot be read (not iCalendar, a nested VCALENDAR, content
  // before BEGIN:VCALENDAR): the caller stops feeding and calls Finish.
  bool Feed(const IcsLine& line) {
    any_line_ = true;
    last_line_ = line.line;
    const auto content = SplitIcsContentLine(line.text);
    if (!content) {
      problems_.Add(line.line, "", "无法识别的行 " + QuoteForProblem(line.text),
                    "malformed line " + QuoteForProblem(line.text));
      if (current_) current_->broken = true;
      Extend(line);
      return true;
    }
    std::string value = content->value;
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (content->name == "BEGIN") {
      if (stack_.empty() && value != "VCALENDAR") {
        problems_.Add(line.line, "BEGIN", "这不是 iCalendar 文件（应以 BEGIN:VCALENDAR 开头）",
                      "not an iCalendar file (must start with BEGIN:VCALENDAR)");
        return Stop();
      }
      if (!stack_.empty() && value == "VCALENDAR") {
        problems_.Add(line.line, "BEGIN", "VCALENDAR 里面又套了一个 VCALENDAR，请分开成两个文件",
                      "a VCALENDAR nested inside another; split it into two files");
        return Stop();
      }
      if (stack_.size() == 1 && (value == "VEVENT" || value == "VTIMEZONE")) {
        current_is_event_ = value == "VEVENT";
        current_ = Block{line.line, {}, false, line.offset, line.end_offset};
      } else if (current_ && !current_is_event_) {
        current_->lines.push_back(line);  // STANDARD/DAYLIGHT inside VTIMEZONE
      }
      Extend(line);
      stack_.push_back(value);
      return true;
    }
    if (content->name == "END") {
      if (stack_.empty() || stack_.back() != value) {
        problems_.Add(line.line, "END", "END:" + content->value + " 与前面的 BEGIN 不匹配",
                      "END:" + content->value + " does not match the open BEGIN");
        if (current_) current_->broken = true;
        Extend(line);
        return true;
      }
      stack_.pop_back();
      Extend(line);
      if (stack_.size() == 1) {
        Hand();
      } else if (current_ && !current_is_event_) {
        current_->lines.push_back(line);
      }
      return true;
    }
    if (stack_.empty()) {
      problems_.Add(line.line, content->name, "内容在 BEGIN:VCALENDAR 之前",
                    "content before BEGIN:VCALENDAR");
      return Stop();
    }
    if (current_ && (stack_.size() == 2 || !current_is_event_)) current_->lines.push_back(line);
    Extend(line);
    return true;
  }

  void Finish() {
    if (stopped_) return;
    if (!stack_.empty()) {
      if (current_) {
        problems_.Add(current_->line, "BEGIN", "缺少 END:" + stack_[std::min<size_t>(1, stack_.size() - 1)],
                      "missing END:" + stack_[std::min<size_t>(1, stack_.size() - 1)]);
        current_->broken = true;
        Hand();
      } else {
        problems_.Add(last_line_, "END", "缺少 END:VCALENDAR", "missing END:VCALENDAR");
      }
    }
    if (!any_line_) problems_.Add(0, "", "文件是空的", "the file is empty");
  }

 private:
  void Extend(const IcsLine& line) {
    if (current_) current_->end_offset = line.end_offset;
  }
  // The block being read goes on as it is (the file's reading stops here).
  bool Stop() {
    stopped_ = true;
    Hand();
    return false;
  }
  void Hand() {
    if (!current_) return;
    Block block = std::move(*current_);
    current_.reset();
    (current_is_event_ ? on_event_ : on_timezone_)(std::move(block));
  }

  ProblemSink& problems_;
  Take on_event_, on_timezone_;
  std::vector<std::string> stack_;  // open components
  std::optional<Block> current_;    // the VEVENT or VTIMEZONE being collected
  bool current_is_event_ = false;
  bool stopped_ = false;
  bool any_line_ = false;
  int last_line_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Time zones: file VTIMEZONEs, the tz database, conversion to Shanghai
//-----------------------------------------------------------------------------

struct Zone {
  enum class Kind { kShanghai, kUtc, kOther } kind = Kind::kShanghai;
  icaltimezone* tz = nullptr;  // kOther only
};

struct ZoneFree {
  void operator()(icaltimezone* zone) const { icaltimezone_free(zone, 1); }
};

bool IsShanghaiName(std::string_view tzid) {
  // Outlook on Chinese Windows writes "China Standard Time"; all of these are UTC+8 without DST.
  return tzid == "Asia/Shanghai" || tzid == "Asia/Chongqing" || tzid == "Asia/Chungking" ||
         tzid == "Asia/Harbin" || tzid == "PRC" || tzid == "China Standard Time" || tzid == "Asia/Beijing";
}

class ZoneTable {
 public:
  void AddFromFile(const Block& block, ProblemSink& problems) {
    if (!SaneZoneRules(block, problems)) return;
    std::string text = "BEGIN:VTIMEZONE\r\n";
    for (const IcsLine& line : block.lines) text += line.text + "\r\n";
    text += "END:VTIMEZONE\r\n";
    icalcomponent* component = icalparser_parse_string(text.c_str());
    icalproperty* tzid_property =
        component ? icalcomponent_get_first_property(component, ICAL_TZID_PROPERTY) : nullptr;
    if (!tzid_property) {
      if (component) icalcomponent_free(component);
      problems.Add(block.line, "VTIMEZONE", "时区定义无法读取（缺少 TZID）",
                   "time zone definition unreadable (no TZID)");
      return;
    }
    const std::string tzid = icalproperty_get_tzid(tzid_property);
    std::unique_ptr<icaltimezone, ZoneFree> zone(icaltimezone_new());
    if (!icaltimezone_set_component(zone.get(), component)) {  // takes the component on success
      icalcomponent_free(component);
      problems.Add(block.line, "VTIMEZONE", "时区定义无法读取：" + tzid,
                   "time zone definition unreadable: " + tzid);
      return;
    }
    file_zones_[tzid] = std::move(zone);
  }

  // Before libical sees a VTIMEZONE: offsets within ±14 hours (the real world's range) and
  // yearly change rules only (a rule repeating every second from year 0001 never ends). Outlook
  // starts its rules in 1601, so a zone's DTSTART is not held to the calendar's years.
  static bool SaneZoneRules(const Block& block, ProblemSink& problems) {
    bool ok = true;
    for (const IcsLine& line : block.lines) {
      const auto content = SplitIcsContentLine(line.text);
      if (!content) continue;
      if (content->name == "TZOFFSETFROM" || content->name == "TZOFFSETTO") {
        const std::string& v = content->value;
        const bool shaped = (v.size() == 5 || v.size() == 7) && (v[0] == '+' || v[0] == '-') &&
                            v.find_first_not_of("0123456789", 1) == std::string::npos;
        const int seconds = shaped ? std::stoi(v.substr(1, 2)) * 3600 + std::stoi(v.substr(3, 2)) * 60 : 0;
        if (!shaped || seconds > 14 * 3600 || (v.size() == 5 ? false : std::stoi(v.substr(5, 2)) > 59) ||
            std::stoi(v.substr(3, 2)) > 59) {
          problems.Add(line.line, content->name,
                       "时区偏移无效（应在 -1400 到 +1400 之间） " + QuoteForProblem(v),
                       "invalid UTC offset (must be within -1400 to +1400) " + QuoteForProblem(v));
          ok = false;
        }
      } else if (content->name == "RRULE") {
        icalerror_clear_errno();
        const icalrecurrencetype recur = icalrecurrencetype_from_string(content->value.c_str());
        icalerror_clear_errno();
        if (recur.freq != ICAL_YEARLY_RECURRENCE) {
          problems.Add(line.line, "RRULE", "时区的变更规则只能每年一次 " + QuoteForProblem(content->value),
                       "a time zone rule must be yearly " + QuoteForProblem(content->value));
          ok = false;
        }
      }
    }
    return ok;
  }

  std::optional<Zone> Find(const std::string& tzid) const {
    if (IsShanghaiName(tzid)) return Zone{};
    if (tzid == "UTC" || tzid == "Etc/UTC" || tzid == "GMT") return Zone{Zone::Kind::kUtc, nullptr};
    if (const auto it = file_zones_.find(tzid); it != file_zones_.end()) {
      return Zone{Zone::Kind::kOther, it->second.get()};
    }
    if (icaltimezone* builtin = icaltimezone_get_builtin_timezone(tzid.c_str())) {
      return Zone{Zone::Kind::kOther, builtin};
    }
    if (icaltimezone* builtin = icaltimezone_get_builtin_timezone_from_tzid(tzid.c_str())) {
      return Zone{Zone::Kind::kOther, builtin};
    }
    return std::nullopt;
  }

 private:
  std::map<std::string, std::unique_ptr<icaltimezone, ZoneFree>> file_zones_;
};

constexpr long long kShanghaiOffsetSeconds = 8 * 3600;

CivilTime ToShanghai(const CivilTime& time, const Zone& zone) {
  if (time.date_only || zone.kind == Zone::Kind::kShanghai) return time;
  if (zone.kind == Zone::Kind::kUtc) return time.AddSeconds(kShanghaiOffsetSeconds);
  const icaltimetype utc =
      icaltime_convert_to_zone(ical::ToIcal(time, zone.tz), icaltimezone_get_utc_timezone());
  return ical::FromIcal(utc).AddSeconds(kShanghaiOffsetSeconds);
}

// The zone libical's iterator should carry for UNTIL comparisons.
const icaltimezone* IteratorZone(const Zone& zone) {
  switch (zone.kind) {
    case Zone::Kind::kUtc:
      return icaltimezone_get_utc_timezone();
    case Zone::Kind::kOther:
      return zone.tz;
    case Zone::Kind::kShanghai:
      return icaltimezone_get_builtin_timezone("Asia/Shanghai");  // null without tzdata: floating
  }
  return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] One VEVENT's properties
//-----------------------------------------------------------------------------

struct TimeValue {
  CivilTime time;  // as written, in `zone`
  Zone zone;
  int line = 0;
  CivilTime Shanghai() const { return ToShanghai(time, zone); }
};

struct Vevent {
  int line = 0;
  bool bad = false;
  std::string uid;
  bool bad_title = false;  // SUMMARY present but refused (already reported)
  bool bad_uid = false;    // UID present but refused (already reported)
  std::optional<std::string> title;
  std::string body, venue;
  std::optional<TimeValue> start, end, recurrence_id;
  bool start_given = false;  // DTSTART present, even if its value was bad (already reported)
  std::optional<long long> duration_seconds;
  int end_line = 0;
  std::optional<std::string> rule;
  int rule_line = 0;
  std::vector<TimeValue> rdates, exdates;
  bool cancelled = false;
  SourceRef category, site, organizer, room;
  std::optional<int> capacity;
  bool wants_volunteers = false;
  std::optional<std::string> poster;
};

class VeventReader {
 public:
  VeventReader(const ZoneTable& zones, const std::filesystem::path& base_dir, ProblemSink& problems)
      : zones_(zones), base_dir_(base_dir), problems_(problems) {}

  // The UID Read would give the block ("" when it has none or a refused one), problems aside.
  std::string Uid(const Block& block) {
    std::string uid;
    for (const IcsLine& line : block.lines) {
      const auto content = SplitIcsContentLine(line.text);
      if (content && content->name == "UID") uid = ReadText(*content, line.line, kMaxUidChars).value_or("");
    }
    return uid;
  }

  Vevent Read(const Block& block) {
    Vevent event;
    event.line = block.line;
    const int before = problems_.count();
    for (const IcsLine& line : block.lines) {
      const auto content = SplitIcsContentLine(line.text);
      if (content) ReadProperty(*content, line, event);
    }
    CheckRequired(event);
    event.bad = block.broken || problems_.count() != before;
    return event;
  }

 private:
  void Problem(int line, const std::string& field, std::string zh, std::string en) {
    problems_.Add(line, field, std::move(zh), std::move(en));
  }

  std::optional<TimeValue> ReadTime(const IcsContentLine& content, std::string value, int line) {
    if (content.Param("VALUE") == "PERIOD") value = value.substr(0, value.find('/'));
    const auto time = ParseIcalTime(value);
    if (!time) {
      Problem(line, content.name, "不是有效的日期或时间 " + QuoteForProblem(value),
              "not a valid date or date-time " + QuoteForProblem(value));
      return std::nullopt;
    }
    if (content.Param("VALUE") == "DATE" && !time->date_only) {
      Problem(line, content.name, "VALUE=DATE 但写的是日期时间", "VALUE=DATE but the value has a time");
      return std::nullopt;
    }
    TimeValue out{*time, Zone{}, line};
    if (value.ends_with('Z')) {
      out.zone.kind = Zone::Kind::kUtc;
    } else if (const auto tzid = content.Param("TZID"); tzid && !time->date_only) {
      const auto zone = zones_.Find(*tzid);
      if (!zone) {
        Problem(line, content.name, "未知时区 " + QuoteForProblem(*tzid),
                "unknown time zone " + QuoteForProblem(*tzid));
        return std::nullopt;
      }
      out.zone = *zone;
    }
    return out;
  }

  // A TEXT value through the one text gate; nullopt (with a problem) when refused. The gate
  // checks the byte length before decoding, so a 10 MB line costs nothing.
  std::optional<std::string> ReadText(const IcsContentLine& content, int line, size_t max_chars,
                                      TextShape shape = TextShape::kLine) {
    std::string text = UnescapeIcsText(content.value);
    if (shape == TextShape::kLine) text = std::string(TrimSpaces(text));
    if (const auto refusal = CheckTextField(text, max_chars, shape)) {
      Problem(line, content.name, refusal->zh, refusal->en);
      return std::nullopt;
    }
    return text;
  }

  void ReadRef(const IcsContentLine& content, int line, SourceRef& ref) {
    ref.line = line;
    ref.field = content.name;
    ref.names.clear();
    for (const std::string& item : SplitIcsList(content.value)) {
      const std::string name(TrimSpaces(UnescapeIcsText(item)));
      if (const auto refusal = CheckTextField(name, kMaxRefChars, TextShape::kLine)) {
        Problem(line, content.name, refusal->zh, refusal->en);
        continue;
      }
      if (!name.empty()) ref.names.push_back(name);
    }
  }

  void ReadPoster(const IcsContentLine& content, int line, Vevent& event) {
    if (event.poster) return;  // the first image attachment is the poster
    const auto fmttype = content.Param("FMTTYPE");
    const bool inline_binary = content.Param("ENCODING") == "BASE64";
    std::string lower = content.value;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool image = (fmttype && fmttype->starts_with("image/")) || lower.ends_with(".png") ||
                       lower.ends_with(".jpg") || lower.ends_with(".jpeg");
    if (!image && !inline_binary) return;  // a document link, not a poster
    try {
      if (inline_binary) {
        if (content.value.size() / 4 * 3 > kPosterMaxBytes) {
          throw PosterFileTooLarge();
        }
        std::string bytes(content.value.size() / 4 * 3 + 3, '\0');
        size_t length = 0;
        if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(),
                              content.value.c_str(), content.value.size(), " \t\r\n", &length, nullptr,
                              sodium_base64_VARIANT_ORIGINAL) != 0) {
          throw PosterError(PosterError::Kind::kCorrupt, "海报的 BASE64 内容有误",
                            "poster BASE64 data is malformed");
        }
        bytes.resize(length);
        event.poster = PreparePoster(bytes);
      } else {
        event.poster = LoadPosterFile(base_dir_, UnescapeIcsText(content.value));
      }
    } catch (const PosterError& error) {
      Problem(line, "ATTACH", error.zh(), error.what());
    }
  }

  void ReadProperty(const IcsContentLine& c, const IcsLine& line, Vevent& event) {
    const std::string& name = c.name;
    const int at = line.line;
    if (name == "UID") {
      const auto uid = ReadText(c, at, kMaxUidChars);
      event.uid = uid.value_or("");
      event.bad_uid = !uid;
    } else if (name == "SUMMARY") {
      event.title = ReadText(c, at, kMaxTitleChars);
      event.bad_title = !event.title;
    } else if (name == "DESCRIPTION") {
      event.body = ReadText(c, at, kMaxBodyChars, TextShape::kBody).value_or("");
    } else if (name == "LOCATION") {
      event.venue = ReadText(c, at, kMaxVenueChars).value_or("");
    } else if (name == "DTSTART") {
      event.start = ReadTime(c, c.value, at);
      event.start_given = true;
    } else if (name == "DTEND") {
      event.end = ReadTime(c, c.value, at);
      event.end_line = at;
    } else if (name == "RECURRENCE-ID") {
      if (c.Param("RANGE")) {
        Problem(at, name, "不支持 RANGE（请逐次修改）", "RANGE is not supported (change each occurrence)");
      }
      event.recurrence_id = ReadTime(c, c.value, at);
    } else if (name == "DURATION") {
      icalerror_clear_errno();
      const icaldurationtype duration = icaldurationtype_from_string(c.value.c_str());
      icalerror_clear_errno();
      if (icaldurationtype_is_bad_duration(duration) || duration.is_neg) {
        Problem(at, name, "时长无效 " + QuoteForProblem(c.value),
                "invalid duration " + QuoteForProblem(c.value));
      } else {
        event.duration_seconds = icaldurationtype_as_int(duration);
        event.end_line = at;
      }
    } else if (name == "RRULE") {
      if (event.rule) {
        Problem(at, name, "一个活动只能有一条 RRULE", "only one RRULE per event is supported");
        return;
      }
      icalerror_clear_errno();  // the flag is global: a stale error must not fail this rule
      const icalrecurrencetype recur = icalrecurrencetype_from_string(c.value.c_str());
      if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        Problem(at, name, "无法解析的重复规则 " + QuoteForProblem(c.value),
                "cannot parse rule " + QuoteForProblem(c.value));
        return;
      }
      event.rule = c.value;
      event.rule_line = at;
    } else if (name == "RDATE" || name == "EXDATE") {
      for (const std::string& item : SplitIcsList(c.value)) {
        if (auto time = ReadTime(c, item, at))
          (name == "RDATE" ? event.rdates : event.exdates).push_back(*time);
      }
    } else if (name == "STATUS") {
      const std::string status(TrimSpaces(c.value));
      if (status == "CANCELLED")
        event.cancelled = true;
      else if (status != "CONFIRMED" && status != "TENTATIVE")
        Problem(at, name, "未知状态 " + QuoteForProblem(status), "unknown status " + QuoteForProblem(status));
    } else if (name == "CATEGORIES") {
      if (event.category.field != "X-KIOSK-CATEGORY") {
        SourceRef more;
        ReadRef(c, at, more);
        if (event.category.empty())
          event.category = more;
        else
          event.category.names.insert(event.category.names.end(), more.names.begin(), more.names.end());
      }
    } else if (name == "X-KIOSK-CATEGORY") {
      ReadRef(c, at, event.category);
    } else if (name == "X-KIOSK-SITE") {
      ReadRef(c, at, event.site);
    } else if (name == "X-KIOSK-ORGANIZER") {
      ReadRef(c, at, event.organizer);
    } else if (name == "X-KIOSK-ROOM") {
      ReadRef(c, at, event.room);
    } else if (name == "X-KIOSK-CAPACITY") {
      event.capacity = ParseCapacity(UnescapeIcsText(c.value));
      if (!event.capacity && !TrimSpaces(c.value).empty()) {
        Problem(at, name, "名额应为 0 到 " + std::to_string(kMaxCapacity) + " 的整数",
                "capacity must be a whole number 0 to " + std::to_string(kMaxCapacity));
      }
    } else if (name == "X-KIOSK-WANTS-VOLUNTEERS") {
      const auto yes = ParseYesNo(UnescapeIcsText(c.value));
      if (!yes) Problem(at, name, "应为 TRUE 或 FALSE", "must be TRUE or FALSE");
      event.wants_volunteers = yes.value_or(false);
    } else if (name == "ATTACH") {
      ReadPoster(c, at, event);
    }
  }

  void CheckRequired(Vevent& event) {
    if (event.uid.empty() && !event.bad_uid)
      Problem(event.line, "UID", "缺少 UID（重新导入时靠它识别活动）",
              "missing UID (re-imports use it to find the event)");
    if (!event.start) {
      if (!event.start_given) Problem(event.line, "DTSTART", "缺少开始时间", "missing start");
      return;
    }
    if (event.end && event.duration_seconds)
      Problem(event.end_line, "DURATION", "DTEND 和 DURATION 只能有一个", "use DTEND or DURATION, not both");
    if (event.end && event.end->time.date_only != event.start->time.date_only) {
      Problem(event.end_line, "DTEND", "DTEND 与 DTSTART 的类型不同（日期 / 日期时间）",
              "DTEND and DTSTART differ in type (date / date-time)");
    }
    if (event.recurrence_id) return;  // an override takes the rest from its main event
    if (!event.title && !event.bad_title) Problem(event.line, "SUMMARY", "缺少标题", "missing title");
    if (event.title && event.title->empty()) Problem(event.line, "SUMMARY", "缺少标题", "missing title");
    // No X-KIOSK-SITE or CATEGORIES is fine: a plain calendar's site comes from --site or its
    // LOCATION, its category from --category or 其他 (site_category_resolver.h).
  }

  const ZoneTable& zones_;
  const std::filesystem::path& base_dir_;
  ProblemSink& problems_;
};

//-----------------------------------------------------------------------------
// [SECTION] Expansion: rule, RDATE, EXDATE, overrides, window
//-----------------------------------------------------------------------------

bool InWindow(const CivilTime& shanghai, const ImportWindow& window) {
  return shanghai.date >= window.first && shanghai.date <= window.last;
}

// Start and end in Shanghai; false (with a problem) when the end is before the start.
struct Span {
  CivilTime start;
  long long seconds = 0;  // date-only: a multiple of a day
};

std::optional<Span> EventSpan(const Vevent& event, ProblemSink& problems) {
  Span span{event.start->Shanghai(), 0};
  if (event.end) {
    const CivilTime end = event.end->Shanghai();
    span.seconds = end.SecondsSinceEpoch() - span.start.SecondsSinceEpoch();
    if (span.seconds < 0) {
      problems.Add(event.end_line, "DTEND", "结束时间早于开始时间", "end is before start");
      return std::nullopt;
    }
  } else if (event.duration_seconds) {
    span.seconds = *event.duration_seconds;
  } else if (event.start->time.date_only) {
    span.seconds = 86400;  // RFC 5545: an all-day event without an end lasts one day
  }
  return span;
}

class EventExpander {
 public:
  EventExpander(const ImportWindow& window, ProblemSink& problems) : window_(window), problems_(problems) {}

  // Builds the SourceEvent for `master` and its overrides; nullopt if any problem was found.
  std::optional<SourceEvent> Expand(const Vevent& master, const std::vector<const Vevent*>& overrides) {
    const int before = problems_.count();
    SourceEvent out;
    out.line = master.line;
    out.uid = master.uid;
    out.title = master.title.value_or("");
    out.body = master.body;
    out.venue = master.venue;
    out.category = master.category;
    out.site = master.site;
    out.organizer = master.organizer;
    out.room = master.room;
    out.capacity = master.capacity;
    out.wants_volunteers = master.wants_volunteers;
    out.cancelled = master.cancelled;
    out.poster = master.poster;
    out.recurring = master.rule.has_value() || !master.rdates.empty();

    const auto span = EventSpan(master, problems_);
    if (!span) return std::nullopt;
    std::map<CivilTime, SourceOccurrence> by_original;  // Shanghai original start -> occurrence
    if (!out.recurring) {
      by_original[span->start] = MakeSourceOccurrence("", span->start, span->seconds);
    } else {
      for (const CivilTime& start : RecurrenceSet(master)) {
        by_original[start] = MakeSourceOccurrence(RecurrenceIdOf(start), start, span->seconds);
      }
    }
    for (const Vevent* override_event : overrides)
      ApplyOverride(*override_event, *span, out.recurring, by_original);
    if (problems_.count() != before) return std::nullopt;
    for (auto& [original, occurrence] : by_original) {
      const bool keep = !out.recurring || InWindow(original, window_) ||
                        (occurrence.start.date >= window_.first && occurrence.start.date <= window_.last);
      if (!keep) continue;
      if (out.cancelled) occurrence.cancelled = true;
      out.occurrences.push_back(std::move(occurrence));
    }
    return out;
  }

 private:
  std::vector<CivilTime> RecurrenceSet(const Vevent& master) {
    const TimeValue& start = *master.start;
    std::vector<CivilTime> instances;
    if (master.rule) {
      // The window in the event's own wall time, a day wider on each side for zone offsets.
      const CivilTime from{window_.first.AddDays(-1), 0, 0, 0, false};
      const CivilTime to{window_.last.AddDays(1), 23, 59, 59, false};
      try {
        for (const CivilTime& t : ical::ExpandRuleInZone(*master.rule, start.time, IteratorZone(start.zone),
                                                         from, to, kMaxInstancesPerEvent)) {
          instances.push_back(ToShanghai(t, start.zone));
        }
      } catch (const RecurrenceError& error) {
        problems_.Add(master.rule_line, "RRULE", "重复规则无法展开：" + std::string(error.what()),
                      error.what());
        return {};
      }
    }
    std::vector<CivilTime> rdates{start.Shanghai()};  // DTSTART is always part of the set (RFC 5545 3.8.5.3)
    for (const TimeValue& t : master.rdates) rdates.push_back(t.Shanghai());
    std::vector<CivilTime> exdates;
    for (const TimeValue& t : master.exdates) exdates.push_back(t.Shanghai());
    return CombineRecurrenceSet(std::move(instances), rdates, exdates);
  }

  void ApplyOverride(const Vevent& change, const Span& master_span, bool recurring,
                     std::map<CivilTime, SourceOccurrence>& by_original) {
    const CivilTime original = change.recurrence_id->Shanghai();
    const auto it = by_original.find(original);
    if (it == by_original.end()) {
      if (!recurring || InWindow(original, window_)) {
        problems_.Add(change.recurrence_id->line, "RECURRENCE-ID", "不对应这个活动的任何一次",
                      "matches no occurrence of this event");
      }
      return;  // outside the window: nothing of it is written
    }
    long long seconds = master_span.seconds;
    const CivilTime start = change.start->Shanghai();
    if (change.end) {
      seconds = change.end->Shanghai().SecondsSinceEpoch() - start.SecondsSinceEpoch();
      if (seconds < 0) {
        problems_.Add(change.end_line, "DTEND", "结束时间早于开始时间", "end is before start");
        return;
      }
    } else if (change.duration_seconds) {
      seconds = *change.duration_seconds;
    }
    it->second = MakeSourceOccurrence(it->second.recurrence_id, start, seconds, change.cancelled);
  }

  const ImportWindow& window_;
  ProblemSink& problems_;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

namespace {

// Where the VEVENT blocks of one UID are in the file (a UID may have overrides anywhere in it).
struct UidBlocks {
  std::string uid;  // "": a block without a usable UID, alone in its group
  struct Place {
    uint64_t offset = 0, end_offset = 0;
    int line = 0;
    bool broken = false;
  };
  std::vector<Place> places;
};

// The lines of bytes [offset, end) of the file, read a chunk at a time.
constexpr uint64_t kChunkBytes = 64 * 1024;

IcsLineReader LinesAt(const IcsBytes& bytes, uint64_t offset, uint64_t end, int first_line) {
  auto position = std::make_shared<uint64_t>(offset);
  return IcsLineReader(
      [&bytes, position, end](std::string& buffer) {
        if (*position >= end) return false;
        const size_t before = buffer.size();
        if (!bytes(*position, static_cast<size_t>(std::min(kChunkBytes, end - *position)), buffer))
          return false;
        *position += buffer.size() - before;
        return buffer.size() > before;
      },
      first_line, offset);
}

// One VEVENT block again, from its bytes (its structural problems were reported the first time).
Block ReadBlockAgain(const IcsBytes& bytes, const UidBlocks::Place& place, const std::string& file_name) {
  ImportProblems ignored;
  ProblemSink again(file_name, ignored);
  std::optional<Block> found;
  StructureReader structure(
      again, [&](Block&& block) { found = std::move(block); }, [](Block&&) {}, true);
  IcsLineReader lines = LinesAt(bytes, place.offset, place.end_offset, place.line);
  while (!found) {
    const std::optional<IcsLine> line = lines.Next();
    if (!line || !structure.Feed(*line)) break;
  }
  if (!found) structure.Finish();
  Block block = found ? std::move(*found) : Block{place.line, {}, true, place.offset, place.end_offset};
  block.broken = place.broken;
  return block;
}

}  // namespace

int StreamIcsCalendar(const IcsBytes& bytes, uint64_t size, const std::string& file_name,
                      const std::filesystem::path& base_dir, const ImportWindow& window,
                      ImportProblems& problems, const std::function<void(SourceEvent&&)>& add) {
  ical::EnsureNonFatalErrors();
  ProblemSink sink(file_name, problems);
  std::string head;
  const uint64_t start = bytes(0, 3, head) && head == "\xEF\xBB\xBF" ? 3 : 0;

  // Pass 1: the time zones, and where each UID's blocks are.
  ZoneTable zones;
  ImportProblems uid_problems;  // Read reports a refused UID in pass 2
  ProblemSink uid_sink(file_name, uid_problems);
  VeventReader uid_reader(zones, base_dir, uid_sink);
  std::vector<UidBlocks> groups;
  std::unordered_map<std::string, size_t> group_of;
  StructureReader structure(
      sink,
      [&](Block&& block) {
        const UidBlocks::Place place{block.offset, block.end_offset, block.line, block.broken};
        std::string uid = uid_reader.Uid(block);
        const bool alone = uid.empty();  // its problems are its own; it is no UID's part
        const auto [it, added] = group_of.try_emplace(uid, groups.size());
        if (alone || added) groups.push_back({std::move(uid), {}});
        groups[alone ? groups.size() - 1 : it->second].places.push_back(place);
      },
      [&](Block&& block) { zones.AddFromFile(block, sink); });
  IcsLineReader lines = LinesAt(bytes, start, size, 1);
  while (const std::optional<IcsLine> line = lines.Next())
    if (!structure.Feed(*line)) break;
  structure.Finish();

  // Pass 2: one UID at a time, its main event and its overrides. A bad part makes the whole UID bad.
  VeventReader reader(zones, base_dir, sink);
  EventExpander expander(window, sink);
  int seen = 0;
  for (const UidBlocks& group : groups) {
    std::vector<Vevent> vevents;
    for (const UidBlocks::Place& place : group.places)
      vevents.push_back(reader.Read(ReadBlockAgain(bytes, place, file_name)));
    ++seen;
    if (group.uid.empty()) continue;  // reported already
    const Vevent* master = nullptr;
    std::vector<const Vevent*> overrides;
    bool bad = false;
    for (const Vevent& event : vevents) {
      if (event.bad) bad = true;
      if (event.recurrence_id) {
        overrides.push_back(&event);
      } else if (master) {
        sink.Add(event.line, "UID", "UID 重复 " + QuoteForProblem(event.uid),
                 "duplicate UID " + QuoteForProblem(event.uid));
        bad = true;
      } else {
        master = &event;
      }
    }
    if (!master) {
      sink.Add(overrides.front()->line, "RECURRENCE-ID", "只有修改的那一次，找不到原活动（同一 UID）",
               "an override without its main event (same UID)");
      continue;
    }
    if (bad) continue;
    if (auto event = expander.Expand(*master, overrides)) add(std::move(*event));
  }
  // In file order, so the list reads top to bottom like the file.
  std::stable_sort(problems.begin(), problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
  return seen;
}

SourceCalendar ParseIcsCalendar(std::string_view text, const std::string& file_name,
                                const std::filesystem::path& base_dir, const ImportWindow& window) {
  SourceCalendar out;
  out.file_name = file_name;
  const IcsBytes bytes = [text](uint64_t offset, size_t count, std::string& buffer) {
    if (offset >= text.size()) return false;
    buffer.append(text.substr(static_cast<size_t>(offset), count));
    return true;
  };
  out.events_seen = StreamIcsCalendar(bytes, text.size(), file_name, base_dir, window, out.problems,
                                      [&](SourceEvent&& event) { out.events.push_back(std::move(event)); });
  return out;
}

}  // namespace kiosk
