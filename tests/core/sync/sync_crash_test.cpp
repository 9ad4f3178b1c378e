// tests/core/sync/sync_crash_test.cpp — kill -9 in the middle of every durable step: the kiosk's
// sync, the office's merge and publish, and `kiosk-office import`. A forked child runs the step and
// SIGKILLs itself just before its N-th file write, truncate, fsync or rename (N chosen by the
// parent, seeded); the parent then checks that every database passes integrity_check and holds
// exactly the old or the new state, and that the next run succeeds and converges.
//
// Its own executable (sync_crash_tests): it replaces fsync, fdatasync and rename for the whole
// process and SQLite's write calls through the unix VFS's xSetSystemCall, to count them.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/sync/latest_file.h"
#include "kiosk/core/sync/share_files.h"
#include "tests/core/sync/sync_test_support.h"

// Hundreds of forks of an ASan process: a small quarantine keeps each fork's memory small. The
// caller's ASAN_OPTIONS still override it.
extern "C" const char* __asan_default_options() { return "quarantine_size_mb=16:detect_leaks=0"; }

namespace {

// The crash point: the child dies just before durable event number `kill_at` (0: never).
int64_t events_seen = 0;
int64_t kill_at = 0;

void DurableEvent() {
  if (kill_at > 0 && ++events_seen >= kill_at) ::raise(SIGKILL);
  if (kill_at == 0) ++events_seen;
}

}  // namespace

// The process's own definitions come before libc's, for our code, libstdc++ and libsqlite3.
// A killed process loses nothing the kernel holds, so the fsyncs themselves are skipped: on a
// shared disk hundreds of real ones per run would take minutes, and they prove nothing here.
extern "C" int fsync(int fd) {
  DurableEvent();
  return fd >= 0 ? 0 : -1;
}
extern "C" int fdatasync(int fd) {
  DurableEvent();
  return fd >= 0 ? 0 : -1;
}
extern "C" int rename(const char* from, const char* to) {
  DurableEvent();
  return static_cast<int>(::syscall(SYS_renameat, AT_FDCWD, from, AT_FDCWD, to));
}

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

// SQLite's own writes, through the unix VFS's replaceable system calls.
using PwriteFn = ssize_t (*)(int, const void*, size_t, off_t);
using WriteFn = ssize_t (*)(int, const void*, size_t);
using TruncateFn = int (*)(int, off_t);
PwriteFn real_pwrite = nullptr, real_pwrite64 = nullptr;
WriteFn real_write = nullptr;
TruncateFn real_ftruncate = nullptr;

ssize_t CountedPwrite(int fd, const void* data, size_t size, off_t at) {
  DurableEvent();
  return real_pwrite(fd, data, size, at);
}
ssize_t CountedPwrite64(int fd, const void* data, size_t size, off_t at) {
  DurableEvent();
  return real_pwrite64(fd, data, size, at);
}
ssize_t CountedWrite(int fd, const void* data, size_t size) {
  DurableEvent();
  return real_write(fd, data, size);
}
int CountedFtruncate(int fd, off_t size) {
  DurableEvent();
  return real_ftruncate(fd, size);
}

template <class Fn>
void Replace(sqlite3_vfs* vfs, const char* name, Fn& real, Fn counted) {
  real = reinterpret_cast<Fn>(vfs->xGetSystemCall(vfs, name));
  if (real != nullptr) {
    ASSERT_EQ(vfs->xSetSystemCall(vfs, name, reinterpret_cast<sqlite3_syscall_ptr>(counted)), SQLITE_OK);
  }
}

void CountSqliteWrites() {
  sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
  ASSERT_NE(vfs, nullptr);
  Replace(vfs, "pwrite", real_pwrite, &CountedPwrite);
  Replace(vfs, "pwrite64", real_pwrite64, &CountedPwrite64);
  Replace(vfs, "write", real_write, &CountedWrite);
  Replace(vfs, "ftruncate", real_ftruncate, &CountedFtruncate);
}

std::string IntegrityCheck(const fs::path& file) {
  db::Database db(file.string(), db::OpenMode::kReadWrite);  // read-write: recovers a hot WAL
  db::Statement check(db, "PRAGMA integrity_check");
  check.Step();
  return check.ColumnText(0);
}

// How a forked run of `step` ended.
struct ChildEnd {
  bool killed = false;  // by its own SIGKILL at the crash point
  int64_t events = 0;   // durable events it saw (a run to the end only)
};

// Runs `step` in a forked child that dies before durable event `at` (0: never; then it reports
// how many it saw through a pipe). The child never returns into the test.
template <class Step>
ChildEnd RunInChild(int64_t at, Step step) {
  int report[2];
  EXPECT_EQ(::pipe(report), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(report[0]);
    CountSqliteWrites();
    int code = 0;
    try {
      step([at] {
        events_seen = 0;
        kill_at = at;
      });
    } catch (const std::exception& error) {
      std::fprintf(stderr, "child failed: %s\n", error.what());
      code = 3;
    }
    const int64_t seen = events_seen;
    kill_at = -1;  // nothing more is counted or killed
    [[maybe_unused]] const ssize_t written = ::write(report[1], &seen, sizeof seen);
    ::_exit(code);
  }
  ::close(report[1]);
  ChildEnd end;
  int status = 0;
  EXPECT_EQ(::waitpid(child, &status, 0), child);
  end.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  if (!end.killed) {
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the uninterrupted run failed";
    EXPECT_EQ(::read(report[0], &end.events, sizeof end.events), static_cast<ssize_t>(sizeof end.events));
  }
  ::close(report[0]);
  return end;
}

// `count` distinct crash points in 1..events, chosen at random (seeded, so a failure names a
// point that can be run again); every point when there are no more than `count`. A run is
// deterministic, so a point twice would prove nothing new.
std::vector<int64_t> CrashPoints(int64_t events, int count, unsigned seed) {
  std::vector<int64_t> all(static_cast<size_t>(events));
  for (int64_t i = 0; i < events; ++i) all[static_cast<size_t>(i)] = i + 1;
  std::mt19937 random(seed);
  std::shuffle(all.begin(), all.end(), random);
  all.resize(static_cast<size_t>(std::min<int64_t>(events, count)));
  return all;
}

void CopyWorld(const fs::path& from, const fs::path& to) {
  fs::remove_all(to);
  fs::copy(from, to, fs::copy_options::recursive);
}

const LocalDateTime kNight = *LocalDateTime::ParseIso("2026-12-01T23:05");

// Sign-ups per other kiosk (B, C, D): the merge's world (enough pages for 200 kill points), and
// the smaller one of the tests whose kill points are in the kiosk's sync or the publish.
constexpr int kMergeWorldSignups = 141;
constexpr int kSmallWorldSignups = 12;

// The world before the crash, in root_/world: the office master, kiosk A's database, the share.
// Kiosk A has sent three sign-ups that the office merged and published in export 2 (which A has
// not imported yet), and made more since; other kiosks' batches wait in the inbox.
class SyncCrashTest : public SyncTest {
 protected:
  fs::path World() const { return root_ / "world"; }
  fs::path Trial() const { return root_ / "trial"; }

  // `other_signups`: how many sign-ups each of B, C and D has in its batches. Only the merge test
  // needs many (its durable events come from writing them); the kiosk's sync and the publish are
  // killed in their own writes, so there the other kiosks' batches are small and each check's
  // merge, copy and export costs less.
  void BuildWorld(int other_signups = kMergeWorldSignups) {
    master().Exec("UPDATE events SET capacity = 200");
    // Two dozen more activities with long descriptions: an export of a hundred-odd pages, so the
    // import writes at more than 200 points.
    master().Exec(
        "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 25) "
        "INSERT INTO events(id, uid, title, body, category_id, site_id, venue, capacity) "
        "SELECT i, 'event-' || i, '活动 ' || i, printf('%.*c', 3000, 'x'), 1, 1, '', 200 FROM n");
    for (int i = 2; i <= 200; ++i) {
      const std::string day = "2026-12-" + std::to_string(10 + i % 18) + "T",
                        hour = std::to_string(10 + i / 18);
      InsertOccurrence(master(), i, 1, day + hour + ":00", day + hour + ":45");
    }
    Publish();
    for (const char* id : {"A", "B", "C", "D"}) AddKiosk(id);
    for (int n = 1; n <= 3; ++n) ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", n, n)));
    SyncKiosk("A");
    Merge();
    master().Exec("UPDATE events SET title = '快乐4点半（新）'");
    Publish();
    for (int n = 4; n <= 12; ++n) ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", n, n)));
    {
      db::Statement first(kiosk("A"), "SELECT id FROM signups WHERE origin_kiosk = 'A' ORDER BY rowid");
      ASSERT_TRUE(first.Step());
      ASSERT_TRUE(Holds<SignUpCancelled>(CancelSignUp(kiosk("A"), first.ColumnText(0), Now())));
    }
    // Three kiosks with three batches each, a hundred-odd sign-ups apiece: the merge writes them in
    // one transaction, whose pages give it more than 200 durable events to be killed at.
    for (const char* id : {"B", "C", "D"}) {
      for (int n = 20; n < 20 + other_signups; ++n)
        ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(id, n, n % 150 + 2)));
      SendBatch(id);
      SignUpAt(id, 36, 3);
      SendBatch(id);  // a second, cumulative batch: the merge must not apply the first's ops twice
      SignUpAt(id, 37, 4);
      SendBatch(id);
    }
    kiosks_.clear();
    master_.reset();  // closed: WAL checkpointed into the files that are copied
    fs::create_directories(World());
    for (const char* name : {"master.db", "A.db", "share"})
      fs::copy(root_ / name, World() / name, fs::copy_options::recursive);
  }

  // The same step run to the end on a copy of the world: the new state and its event count.
  template <class Step>
  int64_t RunToTheEnd(Step step) {
    CopyWorld(World(), Trial());
    const ChildEnd end = RunInChild(0, step);
    EXPECT_FALSE(end.killed);
    return end.events;
  }

  void ReportPoints(const char* what, int64_t events, size_t trials, int finished) {
    std::printf("[crash] %s: %lld durable events, %zu kill points, %d ran to the end\n", what,
                static_cast<long long>(events), trials, finished);
  }
};

// A kiosk's sync over the trial world (`arm` starts the countdown once the database is open).
auto KioskSyncStep(const fs::path& trial) {
  return [trial](auto arm) {
    db::Database kiosk = OpenKioskDatabase((trial / "A.db").string(), false);
    arm();
    sync::RunKioskSync(kiosk, trial / "share", trial / "work-A", kNight);
  };
}

// The sync runs A.db records as done.
int64_t RunsLoggedOk(const fs::path& kiosk_db) {
  db::Database db(kiosk_db.string(), db::OpenMode::kReadWrite);  // read-write: recovers a hot WAL
  return db::QueryInt(db, "SELECT count(*) FROM sync_log WHERE result = 'ok'");
}

TEST_F(SyncCrashTest, KioskSyncKilledAnywhereKeepsOldOrNewAndTheNextSyncConverges) {
  BuildWorld(kSmallWorldSignups);
  const std::set<std::string> clock_tables = {"sync_log"};
  const std::string old_state = DatabaseDump(World() / "A.db", clock_tables);
  const int64_t old_runs = RunsLoggedOk(World() / "A.db");
  const int64_t events = RunToTheEnd(KioskSyncStep(Trial()));
  const std::string new_state = DatabaseDump(Trial() / "A.db", clock_tables);
  ASSERT_NE(old_state, new_state);
  ASSERT_GE(events, 200);
  const std::vector<int64_t> points = CrashPoints(events, 200, 9001);
  int finished = 0;
  for (const int64_t at : points) {
    SCOPED_TRACE("kill before durable event " + std::to_string(at));
    CopyWorld(World(), Trial());
    finished += RunInChild(at, KioskSyncStep(Trial())).killed ? 0 : 1;
    ASSERT_EQ(IntegrityCheck(Trial() / "A.db"), "ok");
    const std::string after = DatabaseDump(Trial() / "A.db", clock_tables);
    ASSERT_TRUE(after == old_state || after == new_state) << "neither old nor new state";
    // The import and its 'ok' row in sync_log are one transaction: new data has its row, old has none.
    ASSERT_EQ(RunsLoggedOk(Trial() / "A.db"), old_runs + (after == new_state ? 1 : 0))
        << "the import and its sync_log row were not written together";
    // The next sync succeeds and ends exactly where an uninterrupted one did.
    db::Database kiosk = OpenKioskDatabase((Trial() / "A.db").string(), false);
    sync::RunKioskSync(kiosk, Trial() / "share", Trial() / "work-A", kNight);
    ASSERT_EQ(DatabaseDump(Trial() / "A.db", clock_tables), new_state);
    // The office reads whatever the killed run left in the inbox and gets every op of A once.
    db::Database master = OpenKioskDatabase((Trial() / "master.db").string(), false);
    const sync::MergeReport merged =
        sync::MergeInbox(master, Trial() / "share", Trial() / "office-work", kNight);
    ASSERT_TRUE(merged.refused.empty()) << merged.refused.front();
    ASSERT_EQ(db::QueryInt(master, "SELECT count(*) FROM merged_ops WHERE kiosk_id = 'A'"), 13);
    ASSERT_EQ(db::QueryInt(master, "SELECT count(DISTINCT op_id) FROM merged_ops WHERE kiosk_id = 'A'"), 13);
  }
  ReportPoints("kiosk --sync", events, points.size(), finished);
}

// The batches `master` records as merged, each as its DatabaseDump line ("sha256|kiosk|file|ops|at|").
std::vector<std::string> MergedBatchLines(const fs::path& master) {
  db::Database db(master.string(), db::OpenMode::kReadOnly);
  db::Statement rows(db, "SELECT sha256, kiosk_id, file_name, ops, merged_at FROM merged_batches");
  std::vector<std::string> lines;
  while (rows.Step())
    lines.push_back(rows.ColumnText(0) + "|" + rows.ColumnText(1) + "|" + rows.ColumnText(2) + "|" +
                    std::to_string(rows.ColumnInt(3)) + "|" + rows.ColumnText(4) + "|");
  return lines;
}

// The office's merge of the inbox over the trial world.
auto MergeStep(const fs::path& trial) {
  return [trial](auto arm) {
    db::Database master = OpenKioskDatabase((trial / "master.db").string(), false);
    arm();
    sync::MergeInbox(master, trial / "share", trial / "office-work", kNight);
  };
}

TEST_F(SyncCrashTest, MergeKilledAnywhereKeepsOldOrNewAndTheNextMergeConverges) {
  BuildWorld();
  const std::string old_state = DatabaseDump(World() / "master.db");
  const int64_t events = RunToTheEnd(MergeStep(Trial()));
  const std::string new_state = DatabaseDump(Trial() / "master.db");
  ASSERT_NE(old_state, new_state);
  ASSERT_GE(events, 200) << "the merge writes at too few points to be killed at 200";
  const std::vector<int64_t> points = CrashPoints(events, 200, 9002);
  int finished = 0;
  for (const int64_t at : points) {
    SCOPED_TRACE("kill before durable event " + std::to_string(at));
    CopyWorld(World(), Trial());
    finished += RunInChild(at, MergeStep(Trial())).killed ? 0 : 1;
    ASSERT_EQ(IntegrityCheck(Trial() / "master.db"), "ok");
    const std::string after = DatabaseDump(Trial() / "master.db");
    // The merge commits whole batches (a transaction takes batches up to 50,000 operations; one bad
    // batch must not cost the night), so a kill leaves the old state plus whole batches, each
    // recorded exactly as the uninterrupted merge records it.
    if (after != old_state && after != new_state) {
      for (const std::string& batch : MergedBatchLines(Trial() / "master.db")) {
        ASSERT_NE(new_state.find("  " + batch + "\n"), std::string::npos) << "a batch the full merge lacks";
      }
    }
    db::Database master = OpenKioskDatabase((Trial() / "master.db").string(), false);
    const sync::MergeReport merged =
        sync::MergeInbox(master, Trial() / "share", Trial() / "office-work", kNight);
    ASSERT_TRUE(merged.refused.empty()) << merged.refused.front();
    ASSERT_EQ(DatabaseDump(Trial() / "master.db"), new_state);
  }
  ReportPoints("kiosk-office merge", events, points.size(), finished);
}

// The office's publish over the trial world (the master has merged everything first).
auto PublishStep(const fs::path& trial) {
  return [trial](auto arm) {
    db::Database master = OpenKioskDatabase((trial / "master.db").string(), false);
    arm();
    sync::PublishExport(master, trial / "share", trial / "office-work", kNight);
  };
}

TEST_F(SyncCrashTest, PublishKilledAnywhereLeavesAWholeExportAndTheKioskTakesIt) {
  BuildWorld(kSmallWorldSignups);
  {
    db::Database master = OpenKioskDatabase((World() / "master.db").string(), false);
    sync::MergeInbox(master, World() / "share", World() / "office-work", kNight);
    master.Exec("UPDATE events SET title = '快乐4点半（第三版）' WHERE id = 1");
  }
  fs::remove_all(World() / "office-work");
  const std::string old_state = DatabaseDump(World() / "master.db");
  const int64_t events = RunToTheEnd(PublishStep(Trial()));
  const std::string new_state = DatabaseDump(Trial() / "master.db");
  ASSERT_NE(old_state, new_state);
  ASSERT_GE(events, 200) << "the publish writes at too few points to be killed at 200";
  const std::vector<int64_t> points = CrashPoints(events, 200, 9003);
  int finished = 0;
  for (const int64_t at : points) {
    SCOPED_TRACE("kill before durable event " + std::to_string(at));
    CopyWorld(World(), Trial());
    finished += RunInChild(at, PublishStep(Trial())).killed ? 0 : 1;
    ASSERT_EQ(IntegrityCheck(Trial() / "master.db"), "ok");
    const std::string after = DatabaseDump(Trial() / "master.db");
    ASSERT_TRUE(after == old_state || after == new_state) << "neither old nor new state";
    // Whatever LATEST names is whole: the kiosk takes it (export 2 or the new 3).
    {
      db::Database kiosk = OpenKioskDatabase((Trial() / "A.db").string(), false);
      const sync::KioskSyncReport report =
          sync::RunKioskSync(kiosk, Trial() / "share", Trial() / "work-A", kNight);
      ASSERT_TRUE(report.import.imported);
    }
    // Publishing again works, and the kiosk then shows the office's newest title.
    db::Database master = OpenKioskDatabase((Trial() / "master.db").string(), false);
    sync::PublishExport(master, Trial() / "share", Trial() / "office-work", kNight);
    db::Database kiosk = OpenKioskDatabase((Trial() / "A.db").string(), false);
    sync::RunKioskSync(kiosk, Trial() / "share", Trial() / "work-A", kNight);
    ASSERT_EQ(db::QueryInt(kiosk, "SELECT count(*) FROM events WHERE title = '快乐4点半（第三版）'"), 1);
  }
  ReportPoints("kiosk-office publish", events, points.size(), finished);
}

// `kiosk-office import` (the same core call) of a spreadsheet calendar into the demo master.
TEST_F(SyncCrashTest, OfficeImportKilledAnywhereKeepsOldOrNew) {
  fs::create_directories(World());
  const LocalDate today = *LocalDate::ParseIso("2026-11-27");
  WriteDemoDatabase((World() / "master.db").string(), KIOSK_DEMO_DIR, today);
  {
    std::string csv = sync::ReadSmallFile(fs::path(KIOSK_DEMO_DIR) / "example-calendar.csv", 1 << 20);
    for (size_t at = csv.find("\nfs-"); at != std::string::npos; at = csv.find("\nfs-", at + 1))
      csv.replace(at, 4, "\nnew-fs-");
    std::ofstream(World() / "new.csv", std::ios::binary) << csv;
  }
  const ImportWindow window = OfficeImportWindow(today);
  auto import_step = [&](auto arm) {
    db::Database master = OpenKioskDatabase((Trial() / "master.db").string(), false);
    arm();
    const CalendarImportReport report = ImportCalendarFile(master, Trial() / "new.csv", window, false);
    if (!report.committed) throw std::runtime_error("the import was refused");
  };
  const std::string old_state = DatabaseDump(World() / "master.db");
  const int64_t events = RunToTheEnd(import_step);
  const std::string new_state = DatabaseDump(Trial() / "master.db");
  ASSERT_NE(old_state, new_state);
  const std::vector<int64_t> points = CrashPoints(events, 40, 9004);
  int finished = 0;
  for (const int64_t at : points) {
    SCOPED_TRACE("kill before durable event " + std::to_string(at));
    CopyWorld(World(), Trial());
    finished += RunInChild(at, import_step).killed ? 0 : 1;
    ASSERT_EQ(IntegrityCheck(Trial() / "master.db"), "ok");
    const std::string after = DatabaseDump(Trial() / "master.db");
    ASSERT_TRUE(after == old_state || after == new_state) << "neither old nor new state";
  }
  ReportPoints("kiosk-office import", events, points.size(), finished);
}

}  // namespace
}  // namespace kiosk::testing
