// kiosk/core/storage/sqlite.h — a small RAII layer over the SQLite C API.
//
// Implements:
//   SqliteError   exception carrying the SQLite (extended) result code and a readable message
//   Database      owning connection handle; closes without throwing
//   Statement     prepared statement with typed binds and column reads; a finished statement goes
//                 back to its connection's small cache, so the same SQL text run again (every
//                 Apply of a merge or replay) is not compiled again
//   Transaction   BEGIN IMMEDIATE ... rolls back in its destructor unless Commit() was called
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::db {

class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& message);
  int code() const { return code_; }  // extended result code, e.g. SQLITE_CONSTRAINT_FOREIGNKEY
  int primary_code() const { return code_ & 0xff; }
  bool IsConstraint() const;  // any SQLITE_CONSTRAINT_*

 private:
  int code_;
};

enum class OpenMode {
  kReadWriteCreate,
  kReadWrite,
  kReadOnly,
  kInspect,  // read-only and immutable: no lock, no -wal or -shm file is created; only to look at a file
};

class Database {
 public:
  Database(const std::string& path, OpenMode mode);
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements with no results. Throws SqliteError.
  void Exec(std::string_view sql);
  // Bounds every later statement (each Step, each Exec) to `limit` of wall time: past it, SQLite
  // stops the statement and it throws SqliteError with SQLITE_INTERRUPT. A view or trigger that
  // loops cannot freeze the caller. Zero removes the bound.
  void LimitStatementTime(std::chrono::milliseconds limit);
  int64_t LastInsertRowId() const;
  int Changes() const;
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  friend class Statement;
  struct StatementClock;  // heap-held so the progress handler's pointer survives a move
  struct StatementCache;  // idle prepared statements by SQL text, finalized before the close
  void StartStatement();
  sqlite3_stmt* TakeCached(std::string_view sql);
  void GiveBack(sqlite3_stmt* statement);

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unique_ptr<StatementClock> clock_;
  std::unique_ptr<StatementCache> cache_;
};

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  // Binds are 1-based like SQLite's. Return *this to allow chaining.
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
  Statement& Bind(int index, const std::string& text) { return Bind(index, std::string_view(text)); }
  Statement& BindNull(int index);
  Statement& BindBlob(int index, std::string_view bytes);  // a BLOB, e.g. a poster image
  // Binds column `col` of `row`'s current row as it is (type and bytes), e.g. to copy a row
  // between two databases.
  Statement& BindColumnOf(int index, const Statement& row, int col);
  template <typename T>
  Statement& Bind(int index, const std::optional<T>& value) {
    return value ? Bind(index, *value) : BindNull(index);
  }
  // Binds all parameters in order.
  template <typename... Args>
  Statement& BindAll(const Args&... args) {
    int i = 0;
    (Bind(++i, args), ...);
    return *this;
  }

  // Steps once. True when a row is available, false when done. Throws on error.
  bool Step();
  // Steps until done (for INSERT/UPDATE/DELETE). Throws on error.
  void Run();
  void Reset();  // reset and clear bindings, ready for reuse

  int64_t ColumnInt(int col) const;
  double ColumnDouble(int col) const;
  std::string ColumnText(int col) const;  // NULL reads as ""
  // The column's bytes without a copy, valid until the next Step or Reset (for a pass over many
  // rows); NULL reads as "".
  std::string_view ColumnView(int col) const;
  // The column's storage class as SQL's typeof() names it ("integer", "real", "text", "blob",
  // "null"), without converting the value: ask before reading it as text.
  std::string_view ColumnTypeName(int col) const;
  std::optional<std::string> ColumnOptionalText(int col) const;
  std::optional<int64_t> ColumnOptionalInt(int col) const;
  bool ColumnIsNull(int col) const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool running_ = false;  // stepped since the last Reset or end: the statement's clock is running
};

class Transaction {
 public:
  explicit Transaction(Database& db);  // BEGIN IMMEDIATE
  ~Transaction();                      // ROLLBACK unless committed; never throws
  void Commit();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

 private:
  Database& db_;
  bool done_ = false;
};

// Convenience: first column of the first row as integer (throws if no row).
int64_t QueryInt(Database& db, std::string_view sql);

// An integer PRAGMA of the connection set for a scope and put back as it was after it (e.g. a
// larger page cache for the nightly run). `name` is one of our own literals, never input.
class ScopedPragma {
 public:
  ScopedPragma(Database& db, std::string_view name, int64_t value);
  ~ScopedPragma();  // never throws
  ScopedPragma(const ScopedPragma&) = delete;
  ScopedPragma& operator=(const ScopedPragma&) = delete;

 private:
  Database& db_;
  std::string name_;
  int64_t before_;
};

}  // namespace kiosk::db
