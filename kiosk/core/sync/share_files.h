// kiosk/core/sync/share_files.h — the file moves the sync protocol is built from: a file appears
// whole or not at all (temp name, fsync, rename, fsync the folder), is copied the same way, and
// is identified by its sha256. Nothing here opens SQLite.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace kiosk::sync {

// A sync step failed; what() is one line, Chinese then English, naming what and where.
class SyncError : public std::runtime_error {
 public:
  SyncError(const std::string& zh, const std::string& en);
};

// The one line a sync command prints for any failure: a SyncError is its own bilingual sentence;
// a database failure reads as storage_failure.h says (locked, disk full, damaged, ...); a folder
// that cannot be read or written says so; the error underneath follows in brackets, printable.
std::string SyncFailureLine(const std::exception& error);

// Copies `from` to `to`: written to a temp name beside `to`, fsynced, renamed over `to`, and the
// folder fsynced. A reader of `to` sees the old file or the whole new one. Returns the lowercase
// hex sha256 of the bytes written, hashed in the same pass (a 350 MB export is read once, not
// twice). Throws SyncError.
std::string CopyFileDurably(const std::filesystem::path& from, const std::filesystem::path& to);

// Copies `from` to a working file `to` that is read back at once and removed after (an export
// being imported): written in place and not fsynced, since after a crash it is copied again.
// Returns the sha256 like CopyFileDurably. Throws SyncError.
std::string CopyFileForReading(const std::filesystem::path& from, const std::filesystem::path& to);

// Writes `text` to `to` the same way as CopyFileDurably (for LATEST).
void WriteFileDurably(const std::filesystem::path& to, const std::string& text);

// fsyncs a finished file (e.g. a batch just written by SQLite) and its folder.
void SyncFile(const std::filesystem::path& file);

// Lowercase hex sha256 of a file's bytes (OpenSSL: the CPU's SHA instructions where it has them,
// about five times libsodium's portable code). Throws SyncError when it cannot be read.
std::string FileSha256(const std::filesystem::path& file);

// The whole file as text, at most `max_bytes` (longer: SyncError).
std::string ReadSmallFile(const std::filesystem::path& file, std::uintmax_t max_bytes);

}  // namespace kiosk::sync
