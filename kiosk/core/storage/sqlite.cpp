// kiosk/core/storage/sqlite.cpp — the RAII layer over the SQLite C API declared in sqlite.h.
//
// Every failing call throws SqliteError with the extended result code and sqlite3_errmsg,
// so a caller can tell a FOREIGN KEY violation from a UNIQUE one without parsing text.
#include "kiosk/core/storage/sqlite.h"

#include <sqlite3.h>

#include <cstdio>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>

namespace kiosk::db {

namespace {

// Builds "what failed: sqlite's own message (code N)" for one failing call.
std::string DescribeError(sqlite3* db, int code, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  message += " (code " + std::to_string(code) + ")";
  return message;
}

[[noreturn]] void ThrowError(sqlite3* db, int code, std::string_view what) {
  // The connection's extended code is more precise than the step's primary code.
  const int extended = db != nullptr ? sqlite3_extended_errcode(db) : code;
  const int reported = (extended & 0xff) == (code & 0xff) ? extended : code;
  throw SqliteError(reported, DescribeError(db, reported, what));
}

// file:PATH?immutable=1, with the characters a URI gives meaning to escaped.
std::string ImmutableUri(const std::string& path) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
      uri += escaped;
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

int CheckedLength(std::string_view text) {
  if (text.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    throw SqliteError(SQLITE_TOOBIG, "text too long to bind");
  }
  return static_cast<int>(text.size());
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// SqliteError

SqliteError::SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}

bool SqliteError::IsConstraint() const { return primary_code() == SQLITE_CONSTRAINT; }

// ---------------------------------------------------------------------------------------------
// Database

struct Database::StatementClock {
  std::chrono::milliseconds limit{0};
  std::chrono::steady_clock::time_point started;
};

// At most kMaxIdle statements wait, one per SQL text; a statement in use is not in the cache, so
// two live statements of the same text (a nested query) are simply two prepared statements.
struct Database::StatementCache {
  static constexpr size_t kMaxIdle = 64;
  std::unordered_map<std::string, sqlite3_stmt*> idle;
  ~StatementCache() {
    for (auto& [sql, statement] : idle) sqlite3_finalize(statement);
  }
};

sqlite3_stmt* Database::TakeCached(std::string_view sql) {
  if (!cache_) return nullptr;
  const auto found = cache_->idle.find(std::string(sql));
  if (found == cache_->idle.end()) return nullptr;
  sqlite3_stmt* statement = found->second;
  cache_->idle.erase(found);
  return statement;
}

void Database::GiveBack(sqlite3_stmt* statement) {
  sqlite3_reset(statement);
  sqlite3_clear_bindings(statement);
  const char* sql = sqlite3_sql(statement);
  if (!cache_) cache_ = std::make_unique<StatementCache>();
  if (sql == nullptr || cache_->idle.size() >= StatementCache::kMaxIdle ||
      !cache_->idle.emplace(sql, statement).second)
    sqlite3_finalize(statement);
}

Database::Database(const std::string& path, OpenMode mode) : path_(path) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
    case OpenMode::kReadWriteCreate:
      flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
      break;
    case OpenMode::kReadWrite:
      flags |= SQLITE_OPEN_READWRITE;
      break;
    case OpenMode::kReadOnly:
      flags |= SQLITE_OPEN_READONLY;
      break;
    case OpenMode::kInspect:
      flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
      break;
  }
  const std::string name = mode == OpenMode::kInspect ? ImmutableUri(path) : path;
  const int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = DescribeError(db_, rc, "cannot open database " + path);
    sqlite3_close_v2(db_);  // a handle is returned even on failure and must be released
    db_ = nullptr;
    throw SqliteError(rc, message);
  }
  sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() {
  cache_.reset();
  if (db_ != nullptr) sqlite3_close_v2(db_);  // _v2: defers the close if statements leak, never fails
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      clock_(std::move(other.clock_)),
      cache_(std::move(other.cache_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    cache_.reset();
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    clock_ = std::move(other.clock_);
    cache_ = std::move(other.cache_);
  }
  return *this;
}

void Database::LimitStatementTime(std::chrono::milliseconds limit) {
  if (limit.count() <= 0) {
    sqlite3_progress_handler(db_, 0, nullptr, nullptr);
    clock_.reset();
    return;
  }
  if (!clock_) clock_ = std::make_unique<StatementClock>();
  clock_->limit = limit;
  clock_->started = std::chrono::steady_clock::now();
  // Every 10,000 virtual machine steps (well under a millisecond): non-zero interrupts.
  sqlite3_progress_handler(
      db_, 10000,
      [](void* data) {
        const auto* clock = static_cast<const StatementClock*>(data);
        return std::chrono::steady_clock::now() - clock->started > clock->limit ? 1 : 0;
      },
      clock_.get());
}

void Database::StartStatement() {
  if (clock_) clock_->started = std::chrono::steady_clock::now();
}

void Database::Exec(std::string_view sql) {
  StartStatement();
  const std::string text(sql);  // sqlite3_exec needs a terminated string
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    const int extended = sqlite3_extended_errcode(db_);
    const int reported = (extended & 0xff) == (rc & 0xff) ? extended : rc;
    throw SqliteError(reported, "SQL failed: " + message + " (code " + std::to_string(reported) + ")");
  }
}

int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

int Database::Changes() const { return sqlite3_changes(db_); }

// ---------------------------------------------------------------------------------------------
// Statement

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
  stmt_ = db.TakeCached(sql);
  if (stmt_ != nullptr) return;
  const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), CheckedLength(sql), &stmt_, nullptr);
  if (rc != SQLITE_OK) {
    ThrowError(db.handle(), rc, "cannot prepare \"" + std::string(sql.substr(0, 80)) + "\"");
  }
}

Statement::~Statement() {
  if (stmt_ != nullptr) db_->GiveBack(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), running_(other.running_) {}

Statement& Statement::Bind(int index, int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) ThrowError(db_->handle(), rc, "cannot bind parameter " + std::to_string(index));
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  const int rc = sqlite3_bind_double(stmt_, index, value);
  if (rc != SQLITE_OK) ThrowError(db_->handle(), rc, "cannot bind parameter " + std::to_string(index));
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  const int rc = sqlite3_bind_text(stmt_, index, text.data(), CheckedLength(text), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) ThrowError(db_->handle(), rc, "cannot bind parameter " + std::to_string(index));
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  const int rc = sqlite3_bind_blob(stmt_, index, bytes.data(), CheckedLength(bytes), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) ThrowError(db_->handle(), rc, "cannot bind parameter " + std::to_string(index));
  return *this;
}

Statement& Statement::BindNull(int index) {
  const int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) ThrowError(db_->handle(), rc, "cannot bind parameter " + std::to_string(index));
  return *this;
}

bool Statement::Step() {
  if (!running_) db_->StartStatement();  // the whole statement is bounded, not each row
  running_ = true;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  running_ = false;
  if (rc == SQLITE_DONE) return false;
  const char* sql = sqlite3_sql(stmt_);
  ThrowError(db_->handle(), rc,
             "statement failed \"" + std::string(sql != nullptr ? sql : "").substr(0, 80) + "\"");
}

Statement& Statement::BindColumnOf(int index, const Statement& row, int col) {
  const int rc = sqlite3_bind_value(stmt_, index, sqlite3_column_value(row.stmt_, col));
  if (rc != SQLITE_OK) ThrowError(db_->handle(), rc, "bind");
  return *this;
}

void Statement::Run() {
  while (Step()) {
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);  // returns the last step's error, already reported by Step()
  sqlite3_clear_bindings(stmt_);
  running_ = false;
}

int64_t Statement::ColumnInt(int col) const { return sqlite3_column_int64(stmt_, col); }

double Statement::ColumnDouble(int col) const { return sqlite3_column_double(stmt_, col); }

std::string Statement::ColumnText(int col) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (text == nullptr) return {};
  return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string_view Statement::ColumnView(int col) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (text == nullptr) return {};
  return {text, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}

std::string_view Statement::ColumnTypeName(int col) const {
  switch (sqlite3_column_type(stmt_, col)) {
    case SQLITE_INTEGER:
      return "integer";
    case SQLITE_FLOAT:
      return "real";
    case SQLITE_TEXT:
      return "text";
    case SQLITE_BLOB:
      return "blob";
    default:
      return "null";
  }
}

std::optional<std::string> Statement::ColumnOptionalText(int col) const {
  if (ColumnIsNull(col)) return std::nullopt;
  return ColumnText(col);
}

std::optional<int64_t> Statement::ColumnOptionalInt(int col) const {
  if (ColumnIsNull(col)) return std::nullopt;
  return ColumnInt(col);
}

bool Statement::ColumnIsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

// ---------------------------------------------------------------------------------------------
// Transaction

Transaction::Transaction(Database& db) : db_(db) {
  db_.Exec("BEGIN IMMEDIATE");  // take the write lock now, not halfway through
}

Transaction::~Transaction() {
  if (done_) return;
  // A failed ROLLBACK (e.g. SQLite already rolled back after an I/O error) must not throw here.
  sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit() {
  db_.Exec("COMMIT");
  done_ = true;
}

// ---------------------------------------------------------------------------------------------

int64_t QueryInt(Database& db, std::string_view sql) {
  Statement statement(db, sql);
  if (!statement.Step()) throw SqliteError(SQLITE_NOTFOUND, "query returned no row: " + std::string(sql));
  return statement.ColumnInt(0);
}

ScopedPragma::ScopedPragma(Database& db, std::string_view name, int64_t value)
    : db_(db), name_(name), before_(QueryInt(db, "PRAGMA " + name_)) {
  db_.Exec("PRAGMA " + name_ + " = " + std::to_string(value));
}

ScopedPragma::~ScopedPragma() {
  const std::string restore = "PRAGMA " + name_ + " = " + std::to_string(before_);
  sqlite3_exec(db_.handle(), restore.c_str(), nullptr, nullptr, nullptr);
}

}  // namespace kiosk::db
