// kiosk/core/storage/storage_failure.cpp — SQLite result codes and storage errors to sentences a
// person can act on, and the log line of a failed write.
#include "kiosk/core/storage/storage_failure.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdio>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk {

namespace {

struct Sentence {
  StorageFailureKind kind;
  const char* zh;
  const char* en;
};

// Each kind's sentence, said once (the kinds found before any write say theirs in their own error).
constexpr Sentence kSentences[] = {
    {StorageFailureKind::kLocked, "另一个程序正在使用数据库，请稍后再试",
     "another program is using the database; please try again in a moment"},
    {StorageFailureKind::kDiskFull, "磁盘已满，请删除不需要的文件、腾出空间后再试",
     "the disk is full; free some space and try again"},
    {StorageFailureKind::kReadOnly, "数据库文件或所在文件夹不可写（只读或没有权限），请检查权限",
     "the database file or its folder cannot be written (read-only or no permission); check its permissions"},
    {StorageFailureKind::kDamaged, "数据库文件已损坏，请从备份恢复或重新同步",
     "the database file is damaged; restore it from a backup or sync again"},
    {StorageFailureKind::kTimedOut, "数据库操作超时，请稍后再试；反复出现请联系技术人员",
     "the database took too long; try again later, and call the technician if it keeps happening"},
    {StorageFailureKind::kOther, "数据库出错，请联系技术人员", "database error; please call the technician"},
};

StorageFailure Make(StorageFailureKind kind, const std::exception& error) {
  for (const Sentence& s : kSentences)
    if (s.kind == kind) return {kind, s.zh, s.en, PrintableText(error.what())};
  return {kind, "", "", PrintableText(error.what())};
}

StorageFailure FromSqliteCode(int primary_code, const std::exception& error) {
  switch (primary_code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Make(StorageFailureKind::kLocked, error);
    case SQLITE_FULL:
      return Make(StorageFailureKind::kDiskFull, error);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return Make(StorageFailureKind::kReadOnly, error);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Make(StorageFailureKind::kDamaged, error);
    case SQLITE_INTERRUPT:
      return Make(StorageFailureKind::kTimedOut, error);
    default:
      return Make(StorageFailureKind::kOther, error);
  }
}

void WriteToStderr(std::string_view line) {
  std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
}

std::atomic<StorageFailureSink> sink{&WriteToStderr};

}  // namespace

std::string StorageFailure::Line() const {
  if (zh.empty()) return PrintableText(cause);  // the error is itself the bilingual sentence
  std::string out = zh;
  out += " / ";
  out += en;
  if (!cause.empty()) {
    out += " (";
    out += cause;
    out += ')';
  }
  return PrintableText(out);
}

StorageFailure DescribeStorageFailure(const std::exception& error) {
  if (const auto* sqlite = dynamic_cast<const db::SqliteError*>(&error)) {
    return FromSqliteCode(sqlite->primary_code(), error);
  }
  if (dynamic_cast<const NotKioskDatabaseError*>(&error) != nullptr) {
    return {StorageFailureKind::kNotKioskDatabase, "", "", PrintableText(error.what())};
  }
  if (dynamic_cast<const SchemaTooNewError*>(&error) != nullptr) {
    return {StorageFailureKind::kTooNew, "", "", PrintableText(error.what())};
  }
  if (dynamic_cast<const DatabaseMissingError*>(&error) != nullptr) {
    return {StorageFailureKind::kMissing, "", "", PrintableText(error.what())};
  }
  return Make(StorageFailureKind::kOther, error);
}

std::vector<std::string> StorageFailureSentences() {
  std::vector<std::string> all;
  for (const Sentence& s : kSentences) {
    all.emplace_back(s.zh);
    all.emplace_back(s.en);
  }
  return all;
}

void SetStorageFailureSink(StorageFailureSink new_sink) {
  sink = new_sink != nullptr ? new_sink : &WriteToStderr;
}

void LogStorageFailure(std::string_view action, const std::exception& error) noexcept {
  try {
    std::string line = "数据库写入失败 / database write failed: ";
    line += action;
    line += ": ";
    line += DescribeStorageFailure(error).Line();
    sink.load()(line);
  } catch (...) {  // logging must never turn a failed write into a crash
  }
}

void LogStoredValueSkipped(std::string_view what) noexcept {
  try {
    sink.load()("数据库中的值已跳过 / stored value skipped: " + PrintableText(what));
  } catch (...) {
  }
}

}  // namespace kiosk
