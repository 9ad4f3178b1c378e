// kiosk/core/sync/export_import.cpp — copying, checking and applying the latest export.
#include "kiosk/core/sync/export_import.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <utility>
#include <variant>
#include <vector>

#include "kiosk/core/feedback/ratings.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/export_contents.h"
#include "kiosk/core/sync/export_validation.h"
#include "kiosk/core/sync/latest_file.h"
#include "kiosk/core/sync/operations.h"
#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/sync/table_replace.h"
#include "kiosk/core/sync/untrusted_database.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk::sync {

namespace fs = std::filesystem;

namespace {

const std::string kWhatZh = "导出文件";
constexpr std::chrono::milliseconds kImportStatementTimeLimit{10 * 60 * 1000};
constexpr int64_t kSecureDeleteFast = 2;  // PRAGMA secure_delete = FAST
const std::string kWhatEn = "export";

std::vector<std::string> ColumnsOf(db::Database& db, std::string_view table) {
  std::vector<std::string> columns;
  db::Statement info(db, "SELECT name FROM pragma_table_info(?1, 'main')");
  info.Bind(1, table);
  while (info.Step()) columns.push_back(info.ColumnText(0));
  return columns;
}

std::optional<std::string> MetaValue(db::Database& db, std::string_view key) {
  db::Statement query(db, "SELECT value FROM meta WHERE key = ?1");
  query.Bind(1, key);
  if (!query.Step()) return std::nullopt;
  return query.ColumnText(0);
}

// A path as an SQLite URI ("file:/a%20b/x.sqlite?mode=ro"): every byte outside the unreserved
// set is %-escaped, so no '?' or '#' in a folder name can add a parameter.
std::string ReadOnlyUri(const fs::path& file) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (const unsigned char c : fs::absolute(file).string()) {
    if (std::isalnum(c) != 0 || c == '/' || c == '.' || c == '_' || c == '-' || c == '~') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri + "?mode=ro";
}

// A record of this kiosk's in the export must be one the office acknowledged from it: an id of
// ours it never received (or no id of ours at all) would later collide with the record this
// kiosk makes under that number, or stand for one it never made.
void RefuseOwnIdsNeverAcknowledged(db::Database& kiosk, db::Database& exported) {
  const std::string kiosk_id = KioskId(kiosk);
  int64_t acknowledged = 0;
  {
    db::Statement ack(exported, "SELECT acknowledged_seq FROM kiosk_acks WHERE kiosk_id = ?1");
    ack.Bind(1, kiosk_id);
    if (ack.Step()) acknowledged = ack.ColumnInt(0);
  }
  for (const char* table : {"signups", "checkins", "bookings"}) {
    db::Statement ids(exported, std::string("SELECT id FROM ") + table + " WHERE origin_kiosk = ?1");
    ids.Bind(1, kiosk_id);
    while (ids.Step()) {
      const std::string id = ids.ColumnText(0);
      const int64_t sequence = RecordSequence(id);
      if (OriginKioskOf(id) != kiosk_id || sequence == 0 || sequence > acknowledged)
        throw SyncError("导出文件含有本机从未发送的记录编号",
                        "the export holds a record with this kiosk's id that it never sent (" +
                            std::string(table) + " " + PrintableText(id) + ", acknowledged " +
                            std::to_string(acknowledged) + ")");
    }
  }
}

// The validated local copy attached read-only to the kiosk's connection as "export" for the
// length of the import, so the rows move table by table inside SQLite (INSERT … SELECT) instead
// of one by one through C++, with the connection set for a bulk copy: every b-tree cell read is
// checked; foreign keys are checked once over the whole result before the commit
// (ImportLatestExport) instead of one probe per row copied and per row deleted; deleted pages
// are not zeroed beyond the pages written anyway (the same rows come back from the export);
// a larger page cache. Made before the transaction begins (foreign_keys cannot change inside
// one); detached when it has ended.
class AttachedExport {
 public:
  AttachedExport(db::Database& kiosk, const fs::path& local) : kiosk_(kiosk) {
    db::Statement(kiosk_, "ATTACH DATABASE ?1 AS export").Bind(1, ReadOnlyUri(local)).Run();
    if (sqlite3_db_readonly(kiosk_.handle(), "export") != 1) {
      Detach();
      throw SyncError("无法以只读方式打开导出文件", "cannot attach the export read-only");
    }
    // The nightly run is no screen: a million sign-ups may take longer than a UI statement may.
    kiosk_.LimitStatementTime(kImportStatementTimeLimit);
  }
  ~AttachedExport() { Detach(); }
  AttachedExport(const AttachedExport&) = delete;
  AttachedExport& operator=(const AttachedExport&) = delete;

 private:
  void Detach() noexcept {
    kiosk_.LimitStatementTime(kStatementTimeLimit);
    sqlite3_exec(kiosk_.handle(), "DETACH DATABASE export", nullptr, nullptr, nullptr);
  }
  db::Database& kiosk_;
  // Put back as they were when the import ends, whatever its outcome.
  const db::ScopedPragma cell_size_check_{kiosk_, "cell_size_check", 1};
  const db::ScopedPragma foreign_keys_{kiosk_, "foreign_keys", 0};
  const db::ScopedPragma secure_delete_{kiosk_, "secure_delete", kSecureDeleteFast};
  const db::ScopedPragma page_cache_{kiosk_, "cache_size", kNightlyPageCache};
};

// Everything that can be checked before the transaction: version, tables, columns, the schema
// word for word, meta, then every row (export_validation.h), whose counts it returns.
ExportRowCounts ValidateExport(db::Database& kiosk, db::Database& exported, const LatestExport& latest) {
  const int version = SchemaVersion(exported), ours = LatestSchemaVersion();
  if (version > ours)
    throw SyncError("导出文件来自更新版本的软件，请先升级本机",
                    "the export has schema version " + std::to_string(version) + ", this kiosk knows " +
                        std::to_string(ours) + ": update the kiosk software");
  if (version < ours)
    throw SyncError("导出文件来自旧版本的办公室软件，请升级办公室软件",
                    "the export has schema version " + std::to_string(version) +
                        ", older than this kiosk's " + std::to_string(ours) + ": update kiosk-office");
  RequireTable(exported, "meta", {"key", "value"}, kWhatZh, kWhatEn);
  for (const std::string_view table : kExportedTables)
    RequireTable(exported, std::string(table), ColumnsOf(kiosk, table), kWhatZh, kWhatEn);
  RequireKioskSchema(exported, kWhatZh, kWhatEn);
  if (MetaValue(exported, "export_number") != std::to_string(latest.number))
    throw SyncError("导出文件编号与 LATEST 不符", "the export's number is not the one LATEST names (" +
                                                      std::to_string(latest.number) + ")");
  RefuseOwnIdsNeverAcknowledged(kiosk, exported);
  const std::optional<std::string> ours_key = StoredPhoneKeyFingerprint(kiosk);
  const std::optional<std::string> theirs_key = MetaValue(exported, "phone_key_fingerprint");
  if (ours_key && theirs_key != ours_key)
    throw SyncError("导出文件使用另一个区密钥", "the export's phone hashes use another district key (" +
                                                    theirs_key.value_or("none") + ", this kiosk " +
                                                    *ours_key + ")");
  return ValidateExportRows(exported);
}

// Makes every exported table equal to the attached export's inside the caller's transaction
// (table_replace.h); returns this kiosk's acknowledged sequence according to the export.
int64_t ReplaceFromExport(db::Database& kiosk, const std::string& kiosk_id, const ExportRowCounts& counted,
                          ImportReport& report) {
  for (const std::string_view table : kExportedTables) {
    const auto count = counted.find(table);
    const int64_t rows = ReplaceTable(
        kiosk, table, count == counted.end() ? std::nullopt : std::optional<int64_t>(count->second));
    if (table == "occurrences") report.occurrences = rows;
    if (table == "signups") report.signups = rows;
  }
  std::string local_keys;
  for (const std::string_view key : kLocalMetaKeys) {
    local_keys += local_keys.empty() ? "'" : ", '";
    local_keys += key;
    local_keys += '\'';
  }
  kiosk.Exec("INSERT INTO main.meta(key, value) SELECT key, value FROM export.meta WHERE key NOT IN (" +
             local_keys + ") ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  db::Statement ack(kiosk, "SELECT acknowledged_seq FROM kiosk_acks WHERE kiosk_id = ?1");
  ack.Bind(1, kiosk_id);
  return ack.Step() ? ack.ColumnInt(0) : 0;
}

// The next record number stays above everything the office has seen from this kiosk (a kiosk
// installed from the export continues its numbering, never reusing an id).
void KeepNumberingAhead(db::Database& kiosk, int64_t acknowledged) {
  db::Statement next(kiosk, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'next_seq'");
  const int64_t current = next.Step() ? next.ColumnInt(0) : 1;
  if (current > acknowledged) return;
  db::Statement(kiosk,
                "INSERT INTO meta(key, value) VALUES('next_seq', ?1) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .Bind(1, std::to_string(acknowledged + 1))
      .Run();
}

int64_t ReapplyOwed(db::Database& kiosk) {
  int64_t reapplied = 0;
  for (const OutboxEntry& entry : UnacknowledgedOperations(kiosk)) {
    ParsedOperation parsed = ParseOperation(entry.op_id, entry.kind, entry.payload);
    if (const auto* malformed = std::get_if<MalformedOperation>(&parsed))
      throw SyncError("本机的操作记录无法读取", malformed->what());
    ApplyOperation(kiosk, std::get<Operation>(parsed));
    ++reapplied;
  }
  return reapplied;
}

}  // namespace

ImportReport ImportLatestExport(db::Database& kiosk, const fs::path& share, const fs::path& work_folder,
                                const BeforeImportCommit& before_commit) {
  const std::optional<LatestExport> latest = ReadLatest(share);
  if (!latest)
    throw SyncError("共享文件夹中还没有导出文件",
                    "the share has no export yet (" + (share / "export").string() + ")");
  ImportReport report;
  report.export_number = latest->number;
  const std::optional<std::string> held = MetaValue(kiosk, "export_number");
  if (held && held->find_first_not_of("0123456789") == std::string::npos && !held->empty() &&
      held->size() <= 12 && std::stoll(*held) >= latest->number) {
    report.export_number = std::stoll(*held);
    report.reapplied = static_cast<int64_t>(UnacknowledgedOperations(kiosk).size());
    return report;
  }
  const fs::path source = ExportPath(share, latest->number);
  const fs::path local = work_folder / ("export-" + source.filename().string());
  fs::create_directories(work_folder);
  struct RemoveLocal {
    fs::path path;
    ~RemoveLocal() {
      std::error_code ignored;
      fs::remove(path, ignored);
    }
  } remove_local{local};
  const std::string sha256 = CopyFileForReading(source, local);
  std::error_code size_error;
  if (fs::file_size(local, size_error) != latest->size || size_error)
    throw SyncError("导出文件大小与 LATEST 不符（可能未复制完整）",
                    "the export's size is not the one LATEST names: incomplete or damaged copy");
  if (sha256 != latest->sha256)
    throw SyncError("导出文件校验值（sha256）不符", "the export's sha256 is not the one LATEST names");
  ExportRowCounts counted;
  {
    db::Database exported = OpenUntrusted(local, kWhatZh, kWhatEn);
    counted = ValidateExport(kiosk, exported, *latest);
  }
  const std::string kiosk_id = KioskId(kiosk);
  try {
    const AttachedExport attached(kiosk, local);
    db::Transaction transaction(kiosk);
    const int64_t before = static_cast<int64_t>(UnacknowledgedOperations(kiosk).size());
    const int64_t acknowledged =
        std::max(AcknowledgedSequence(kiosk), ReplaceFromExport(kiosk, kiosk_id, counted, report));
    AcknowledgeOperations(kiosk, acknowledged);
    ForgetAcknowledgedRatings(kiosk, acknowledged);
    KeepNumberingAhead(kiosk, acknowledged);
    report.reapplied = ReapplyOwed(kiosk);
    report.acknowledged = before - report.reapplied;
    if (db::QueryInt(kiosk, "SELECT count(*) FROM pragma_foreign_key_check") > 0)
      throw SyncError("导出文件中有指向不存在记录的行",
                      "the export has rows that refer to rows it does not have");
    report.imported = true;
    if (before_commit) before_commit(report);
    transaction.Commit();
  } catch (const db::SqliteError& error) {
    throw SyncError("导出文件内容有误，未做任何更改",
                    std::string("the export has invalid rows, nothing changed: ") + error.what());
  }
  return report;
}

}  // namespace kiosk::sync
