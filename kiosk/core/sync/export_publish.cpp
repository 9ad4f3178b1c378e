// kiosk/core/sync/export_publish.cpp — writing and publishing the next export.
#include "kiosk/core/sync/export_publish.h"

#include <cstdio>

#include "kiosk/core/sync/export_contents.h"
#include "kiosk/core/sync/latest_file.h"
#include "kiosk/core/sync/share_files.h"

namespace kiosk::sync {

namespace fs = std::filesystem;

std::string ExportFileStem(int64_t number) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%06lld", static_cast<long long>(number));
  return digits;
}

PublishedExport PublishExport(db::Database& master, const fs::path& share, const fs::path& work_folder,
                              const LocalDateTime& now) {
  const fs::path export_folder = share / "export";
  std::error_code error;
  fs::create_directories(export_folder, error);
  if (error)
    throw SyncError("无法在共享文件夹创建 " + export_folder.string(),
                    "cannot create " + export_folder.string() + ": " + error.message());
  fs::create_directories(work_folder);
  // The master's export number is written last, after LATEST: find out now whether another
  // program holds the master's write lock, so a locked master refuses before anything is published
  // instead of reporting failure for an export that went out.
  master.Exec("BEGIN IMMEDIATE");
  master.Exec("ROLLBACK");
  int64_t previous = 0;
  {
    db::Statement query(master, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'export_number'");
    if (query.Step()) previous = query.ColumnInt(0);
  }
  if (const std::optional<LatestExport> latest = ReadLatest(share))
    previous = std::max(previous, latest->number);

  PublishedExport published;
  published.number = previous + 1;
  const std::string stem = ExportFileStem(published.number);
  const fs::path local = work_folder / ("export-" + stem + ".sqlite");
  fs::remove(local);
  db::Statement(master, "VACUUM INTO ?1").Bind(1, local.string()).Run();
  try {
    {
      db::Database copy(local.string(), db::OpenMode::kReadWrite);
      copy.Exec("PRAGMA journal_mode = DELETE");  // one self-contained file, no -wal beside it
      db::Transaction transaction(copy);
      for (const std::string_view table : kUnexportedTables) copy.Exec("DELETE FROM " + std::string(table));
      for (const std::string_view key : kLocalMetaKeys)
        db::Statement(copy, "DELETE FROM meta WHERE key = ?1").Bind(1, key).Run();
      db::Statement(copy,
                    "INSERT INTO meta(key, value) VALUES('export_number', ?1), ('generated_at', ?2) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
          .BindAll(std::to_string(published.number), now.Iso())
          .Run();
      transaction.Commit();
      copy.Exec("VACUUM");
    }
    SyncFile(local);
    published.sha256 = FileSha256(local);
    published.size = fs::file_size(local);
    published.file = ExportPath(share, published.number);
    CopyFileDurably(local, published.file);
    WriteLatest(share, {published.number, published.sha256, published.size});
  } catch (...) {
    fs::remove(local, error);
    throw;
  }
  fs::remove(local, error);
  db::Statement(master,
                "INSERT INTO meta(key, value) VALUES('export_number', ?1) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .Bind(1, std::to_string(published.number))
      .Run();
  return published;
}

}  // namespace kiosk::sync
