// kiosk/core/sync/export_validation.cpp — the field rules of every exported table and the one pass
// over the rows that applies them.
#include "kiosk/core/sync/export_validation.h"

#include <algorithm>
#include <string>
#include <vector>

#include "kiosk/core/calendar/poster_image.h"
#include "kiosk/core/calendar_import/calendar_fields.h"
#include "kiosk/core/people/names.h"
#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/sync/untrusted_database.h"
#include "kiosk/core/text/text_gate.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::sync {

namespace {

enum class Kind {
  kDate,      // "2026-12-01"
  kDateTime,  // "2026-12-01T09:30"
  kStamp,     // a record's created_at: a date-time, seconds allowed ("2026-12-01T09:30:15")
  kClock,     // an opening hour "08:30", "24:00" at most
  kHex64,     // a phone hash: 64 lowercase hex digits
  kLine,      // one line of text, at most max_chars characters
  kBody,      // text with line breaks, at most max_chars characters
  kPoster,    // a PNG or JPEG of at most kPosterMaxBytes (decoded only when drawn)
};

struct FieldRule {
  std::string_view column;
  Kind kind;
  size_t max_chars = 0;
  bool nullable = false;
};

struct TableRules {
  std::string_view table;
  bool has_rowid;  // WITHOUT ROWID tables name a row by its position
  std::vector<FieldRule> fields;
};

constexpr size_t kCodeChars = 32;    // site, room, category, organizer, volunteer and kiosk codes
constexpr size_t kIdChars = 64;      // a record id "<kiosk>-<n>"
constexpr size_t kMetaChars = 1000;  // a meta value (district name, fingerprints, numbers)

const std::vector<TableRules>& Rules() {
  static const std::vector<TableRules> rules = {
      {"meta", false, {{"key", Kind::kLine, kCodeChars}, {"value", Kind::kLine, kMetaChars}}},
      {"sites",
       true,
       {{"code", Kind::kLine, kCodeChars},
        {"name_zh", Kind::kLine, kMaxRefChars},
        {"name_en", Kind::kLine, kMaxRefChars},
        {"address", Kind::kLine, kMaxVenueChars}}},
      {"rooms",
       true,
       {{"code", Kind::kLine, kCodeChars},
        {"name_zh", Kind::kLine, kMaxRefChars},
        {"name_en", Kind::kLine, kMaxRefChars},
        {"open_time", Kind::kClock},
        {"close_time", Kind::kClock}}},
      {"room_hours", false, {{"open_time", Kind::kClock}, {"close_time", Kind::kClock}}},
      {"room_closures",
       true,
       {{"date", Kind::kDate},
        {"reason_zh", Kind::kLine, kMaxRefChars},
        {"reason_en", Kind::kLine, kMaxRefChars}}},
      {"categories",
       true,
       {{"code", Kind::kLine, kCodeChars},
        {"name_zh", Kind::kLine, kMaxRefChars},
        {"name_en", Kind::kLine, kMaxRefChars}}},
      {"organizers",
       true,
       {{"code", Kind::kLine, kCodeChars},
        {"name_zh", Kind::kLine, kMaxRefChars},
        {"name_en", Kind::kLine, kMaxRefChars}}},
      {"events",
       true,
       {{"uid", Kind::kLine, kMaxUidChars},
        {"title", Kind::kLine, kMaxTitleChars},
        {"body", Kind::kBody, kMaxBodyChars},
        {"venue", Kind::kLine, kMaxVenueChars},
        {"signup_opens", Kind::kDateTime, 0, true},
        {"signup_closes", Kind::kDateTime, 0, true},
        {"poster", Kind::kPoster, 0, true}}},
      {"occurrences",
       true,
       {{"recurrence_id", Kind::kLine, kMaxRefChars},
        {"start_at", Kind::kDateTime},
        {"end_at", Kind::kDateTime}}},
      {"volunteers",
       true,
       {{"display_name", Kind::kLine, kMaxDisplayNameChars},
        {"volunteer_code", Kind::kLine, kCodeChars},
        {"phone_hash", Kind::kHex64}}},
      {"signups",
       true,
       {{"id", Kind::kLine, kIdChars},
        {"origin_kiosk", Kind::kLine, kCodeChars},
        {"created_at", Kind::kStamp},
        {"phone_hash", Kind::kHex64},
        {"display_name", Kind::kLine, kMaxDisplayNameChars, true}}},
      {"checkins",
       true,
       {{"id", Kind::kLine, kIdChars},
        {"origin_kiosk", Kind::kLine, kCodeChars},
        {"created_at", Kind::kStamp},
        {"checked_in_at", Kind::kDateTime},
        {"checked_out_at", Kind::kDateTime, 0, true}}},
      {"bookings",
       true,
       {{"id", Kind::kLine, kIdChars},
        {"origin_kiosk", Kind::kLine, kCodeChars},
        {"created_at", Kind::kStamp},
        {"start_at", Kind::kDateTime},
        {"end_at", Kind::kDateTime},
        {"phone_hash", Kind::kHex64},
        {"arrived_at", Kind::kDateTime, 0, true},
        {"released_at", Kind::kDateTime, 0, true}}},
      {"kiosk_acks", false, {{"kiosk_id", Kind::kLine, kCodeChars}}},
  };
  return rules;
}

constexpr int kLastYear = 2200;

bool RealDate(std::string_view text) {
  const std::optional<LocalDate> date = LocalDate::ParseIso(text);
  return date && date->year <= kLastYear;  // ParseIso refuses years before 1900
}

bool RealDateTime(std::string_view text) {
  const std::optional<LocalDateTime> at = LocalDateTime::ParseIso(text);
  return at && at->date.year <= kLastYear;
}

bool TwoDigits(std::string_view text, size_t at, int max) {
  if (text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9') return false;
  return (text[at] - '0') * 10 + (text[at + 1] - '0') <= max;
}

bool RealStamp(std::string_view text) {
  if (text.size() == 19 && text[16] == ':' && TwoDigits(text, 17, 59))
    return RealDateTime(text.substr(0, 16));
  return RealDateTime(text);
}

bool RealClock(std::string_view text) {
  return text.size() == 5 && text[2] == ':' && TwoDigits(text, 0, 24) && TwoDigits(text, 3, 59) &&
         text <= "24:00";
}

bool Hex64(std::string_view text) {  // a loop, not find_first_not_of: one memchr per digit
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// What is wrong with one value, Chinese and English; nullopt when it may be imported.
std::optional<TextGateRefusal> Problem(const FieldRule& rule, std::string_view type, std::string_view value) {
  if (type == "null") {
    if (rule.nullable) return std::nullopt;
    return TextGateRefusal{"不能为空", "is empty (NULL)"};
  }
  if (rule.kind == Kind::kPoster) {
    if (type != "blob")
      return TextGateRefusal{"不是图片数据", "is not image data (" + std::string(type) + ")"};
    if (value.size() > kPosterMaxBytes)
      return TextGateRefusal{"海报超过 8 MB", "is a poster larger than 8 MB"};
    const bool png = value.starts_with("\x89PNG\r\n\x1a\n"), jpeg = value.starts_with("\xff\xd8\xff");
    if (!png && !jpeg) return TextGateRefusal{"不是 PNG 或 JPEG 图片", "is not a PNG or JPEG image"};
    return std::nullopt;
  }
  if (type != "text")
    return TextGateRefusal{"不是文字（" + std::string(type) + "）",
                           "is not text (" + std::string(type) + ")"};
  switch (rule.kind) {
    case Kind::kDate:
      if (RealDate(value)) return std::nullopt;
      return TextGateRefusal{"不是 1900–2200 年间的有效日期", "is not a real date between 1900 and 2200"};
    case Kind::kDateTime:
      if (RealDateTime(value)) return std::nullopt;
      return TextGateRefusal{"不是 1900–2200 年间的有效日期时间",
                             "is not a real date and time between 1900 and 2200"};
    case Kind::kStamp:
      if (RealStamp(value)) return std::nullopt;
      return TextGateRefusal{"不是 1900–2200 年间的有效日期时间",
                             "is not a real date and time between 1900 and 2200"};
    case Kind::kClock:
      if (RealClock(value)) return std::nullopt;
      return TextGateRefusal{"不是 00:00–24:00 间的时间", "is not a time between 00:00 and 24:00"};
    case Kind::kHex64:
      if (Hex64(value)) return std::nullopt;
      return TextGateRefusal{"不是 64 位十六进制的电话散列", "is not a phone hash of 64 hex digits"};
    case Kind::kLine:
      return CheckTextField(value, rule.max_chars, TextShape::kLine);
    case Kind::kBody:
      return CheckTextField(value, rule.max_chars, TextShape::kBody);
    case Kind::kPoster:
      break;  // checked above: it is no text
  }
  return std::nullopt;
}

// The value as it may appear in an error line: printable and short.
std::string Shown(std::string_view value) {
  std::string shown = PrintableText(value.substr(0, 40));
  if (value.size() > 40) shown += "…";
  return shown;
}

[[noreturn]] void Refuse(std::string_view table, int64_t row, std::string_view column,
                         const TextGateRefusal& why, const std::string& value) {
  const std::string t(table), c(column), n = std::to_string(row);
  const std::string quoted = value.empty() ? "" : "（" + value + "）";
  throw SyncError(
      "导出文件 " + t + " 表第 " + n + " 行 " + c + " " + why.zh + quoted,
      "export: " + t + " row " + n + ", " + c + " " + why.en + (value.empty() ? "" : " (" + value + ")"));
}

void CheckRowCount(db::Database& exported, const RowLimit& limit) {
  const int64_t rows = db::QueryInt(exported, "SELECT count(*) FROM " + QuotedName(limit.table));
  if (rows > limit.max_rows)
    throw SyncError("导出文件 " + std::string(limit.table) + " 表行数过多（" + std::to_string(rows) +
                        "，上限 " + std::to_string(limit.max_rows) + "）",
                    "export: " + std::string(limit.table) + " has " + std::to_string(rows) +
                        " rows, more than " + std::to_string(limit.max_rows));
}

// Returns the rows read.
int64_t CheckFields(db::Database& exported, const TableRules& rules) {
  std::string select = rules.has_rowid ? "SELECT rowid" : "SELECT 0";
  for (const FieldRule& field : rules.fields) select += ", " + QuotedName(field.column);
  select += " FROM " + QuotedName(rules.table);
  db::Statement rows(exported, select);
  int64_t position = 0;
  while (rows.Step()) {
    ++position;
    const int64_t row = rules.has_rowid ? rows.ColumnInt(0) : position;
    // Views, not copies, and the storage class read before the value: a million rows' fields.
    for (size_t i = 0; i < rules.fields.size(); ++i) {
      const int at = 1 + static_cast<int>(i);
      const std::string_view type = rows.ColumnTypeName(at);
      const std::string_view value =
          type == "text" || type == "blob" ? rows.ColumnView(at) : std::string_view();
      if (const std::optional<TextGateRefusal> why = Problem(rules.fields[i], type, value))
        Refuse(rules.table, row, rules.fields[i].column, *why, Shown(value));
    }
  }
  return position;
}

// Every foreign id names a row the export holds (each table's REFERENCES, checked by SQLite).
void CheckReferences(db::Database& exported) {
  db::Statement check(exported,
                      "SELECT c.\"table\", c.rowid, c.parent, f.\"from\" FROM pragma_foreign_key_check AS c "
                      "JOIN pragma_foreign_key_list(c.\"table\") AS f ON f.id = c.fkid LIMIT 1");
  if (!check.Step()) return;
  const std::string table = check.ColumnText(0), row = check.ColumnIsNull(1) ? "?" : check.ColumnText(1),
                    parent = check.ColumnText(2), column = check.ColumnText(3);
  throw SyncError(
      "导出文件 " + table + " 表第 " + row + " 行 " + column + " 指向不存在的 " + parent + " 记录",
      "export: " + table + " row " + row + ", " + column + " refers to a " + parent +
          " row the export does not have");
}

}  // namespace

ExportRowCounts ValidateExportRows(db::Database& exported) {
  try {
    for (const RowLimit& limit : kExportRowLimits) CheckRowCount(exported, limit);
    ExportRowCounts rows;
    for (const TableRules& rules : Rules()) rows[std::string(rules.table)] = CheckFields(exported, rules);
    CheckReferences(exported);
    return rows;
  } catch (const db::SqliteError& error) {  // e.g. a value past SQLite's own limits (SQLITE_TOOBIG)
    throw SyncError("导出文件含有无法读取的行",
                    "the export holds invalid rows that cannot be read: " + PrintableText(error.what()));
  }
}

}  // namespace kiosk::sync
