// tools/office/office_commands.cpp — init, import and list for the office master database, and
// keygen for the district key.
#include "office_commands.h"

#include <filesystem>
#include <optional>

#include "kiosk/core/calendar/occurrence_listing.h"
#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/text/csv_cell.h"
#include "kiosk/core/text/csv_table.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk::office {

namespace {

int Count(db::Database& db, const char* table) {
  return static_cast<int>(db::QueryInt(db, std::string("SELECT count(*) FROM ") + table));
}

// One line for a failure of the master database: what it means and what to do (storage_failure.h).
int Failed(std::FILE* err, const std::string& master, const std::exception& error) {
  std::fprintf(err, "kiosk-office: %s: %s\n", PrintableText(master).c_str(),
               DescribeStorageFailure(error).Line().c_str());
  return kExitProblems;
}

std::string Spaced(const std::string& iso) {  // 2026-11-27T16:30 -> 2026-11-27 16:30
  std::string out = iso;
  if (out.size() > 10 && out[10] == 'T') out[10] = ' ';
  return out;
}

// "a.csv:3, a.csv:7": each line --skip-bad left out, once, in file order.
std::string SkippedLines(const ImportProblems& problems) {
  std::string out;
  int last = -1;
  for (const ImportProblem& problem : problems) {
    if (problem.line == last) continue;
    last = problem.line;
    if (!out.empty()) out += ", ";
    out += PrintableText(problem.file);
    if (problem.line > 0) {  // piece by piece: GCC 12's -O3 -Wrestrict false positive on "x" + string
      out += ':';
      out += std::to_string(problem.line);
    }
  }
  return out;
}

}  // namespace

int RunInit(const InitOptions& options, std::FILE* out, std::FILE* err) {
  if (std::filesystem::exists(options.master)) {
    std::fprintf(err, "kiosk-office: %s: 文件已存在，不会覆盖 / already exists, not overwritten\n",
                 options.master.c_str());
    return kExitProblems;
  }
  std::optional<std::string> key;
  try {
    if (!options.key_file.empty()) key = ReadKeyFile(options.key_file);  // before creating anything
  } catch (const KeyFileError& error) {
    std::fprintf(err, "kiosk-office: %s\n", error.what());
    return kExitProblems;
  }
  try {
    db::Database db = OpenKioskDatabase(options.master, /*create_if_missing=*/true);
    db::Transaction transaction(db);
    LoadReferenceData(db, options.reference_dir);
    // The phone hashes the office and the kiosks write into this database use this key.
    if (key) StorePhoneKeyFingerprint(db, PhoneKeyFingerprint(*key));
    // The master records as "office" (ids office-1, office-2, ...), never as a kiosk.
    db.Exec("INSERT OR REPLACE INTO meta(key, value) VALUES('kiosk_id', 'office')");
    db::Statement(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('generated_at', ?1)")
        .Bind(1, NowInShanghai().Iso())
        .Run();
    transaction.Commit();
    std::fprintf(out, "已创建 / created %s: %d sites, %d rooms, %d categories, %d organizers%s\n",
                 options.master.c_str(), Count(db, "sites"), Count(db, "rooms"), Count(db, "categories"),
                 Count(db, "organizers"), key ? ("; phone key " + PhoneKeyFingerprint(*key)).c_str() : "");
    return kExitOk;
  } catch (const std::exception& error) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(options.master + suffix);
    return Failed(err, options.master, error);
  }
}

int RunImport(const ImportOptions& options, std::FILE* out, std::FILE* err) {
  try {
    db::Database db = OpenKioskDatabase(options.master, /*create_if_missing=*/false);
    const ImportWindow window = OfficeImportWindow(options.today, options.horizon_days);
    const CalendarImportReport report = ImportCalendarFile(db, options.file, window, options.skip_bad, options.defaults);
    for (const ImportProblem& problem : report.problems) std::fprintf(err, "%s\n", problem.Format().c_str());
    if (report.nothing_good(options.skip_bad)) {
      std::fprintf(
          err,
          "%s: 没有导入任何一行：%zu 个问题，每一行都有问题，数据库未做任何更改 / no row was imported: "
          "%zu problem(s), every row had one; nothing was changed\n",
          options.file.c_str(), report.problems.size(), report.problems.size());
      return kExitProblems;
    }
    if (!report.committed) {
      std::fprintf(err, "%s: %zu 个问题，数据库未做任何更改 / %zu problem(s), nothing was changed%s\n",
                   options.file.c_str(), report.problems.size(), report.problems.size(),
                   report.events_seen > 0 ? " (--skip-bad imports the valid events)" : "");
      return kExitProblems;
    }
    const StoreCounts& c = report.counts;
    std::fprintf(out,
                 "%s: %d/%d 个活动已导入 / events imported (%s %s to %s); events: %d added, %d updated, "
                 "%d unchanged; occurrences: %d added, %d updated, %d unchanged, %d withdrawn (cancelled)\n",
                 options.file.c_str(), report.events_written, report.events_seen,
                 report.problems.empty() ? "window" : "skipped bad ones; window", window.first.Iso().c_str(),
                 window.last.Iso().c_str(), c.events_added, c.events_updated, c.events_unchanged,
                 c.occurrences_added, c.occurrences_updated, c.occurrences_unchanged,
                 c.occurrences_withdrawn);
    if (!report.problems.empty()) {
      std::fprintf(out, "已跳过 / skipped: %s\n", SkippedLines(report.problems).c_str());
    }
    return kExitOk;
  } catch (const std::exception& error) {
    return Failed(err, options.master, error);
  }
}

int RunList(const ListOptions& options, std::FILE* out, std::FILE* err) {
  try {
    db::Database db = OpenKioskDatabase(options.master, /*create_if_missing=*/false);
    if (options.csv) std::fputs(std::string(kCsvUtf8Bom).c_str(), out);  // Excel/WPS read UTF-8
    for (const ListedOccurrence& o :
         ListOccurrences(db, options.from, options.to, options.include_cancelled)) {
      if (options.csv) {
        std::fprintf(out, "%s,%s,%s,%s%s\n", o.start.c_str(), o.end.c_str(),
                     SpreadsheetCsvCell(o.site).c_str(), SpreadsheetCsvCell(o.title).c_str(),
                     options.include_cancelled ? (o.cancelled ? ",cancelled" : ",scheduled") : "");
      } else {
        std::fprintf(out, "%s  %s  %s  %s%s\n", Spaced(o.start).c_str(), Spaced(o.end).c_str(),
                     o.site.c_str(), o.title.c_str(), o.cancelled ? "  (已取消 / cancelled)" : "");
      }
    }
    return kExitOk;
  } catch (const std::exception& error) {
    return Failed(err, options.master, error);
  }
}

int RunKeygen(const KeygenOptions& options, std::FILE* out, std::FILE* err) {
  try {
    const std::string key = NewDistrictKey();
    CreateKeyFile(options.file, key);
    std::fprintf(out,
                 "已创建区密钥 / district key written: %s (fingerprint %s); 复制到每台一体机和办公室，勿外传 "
                 "/ copy it to "
                 "every kiosk of the district and to the office, and nowhere else\n",
                 options.file.c_str(), PhoneKeyFingerprint(key).c_str());
    return kExitOk;
  } catch (const std::exception& error) {
    std::fprintf(err, "kiosk-office: %s\n", error.what());
    return kExitProblems;
  }
}

}  // namespace kiosk::office
