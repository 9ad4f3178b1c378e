// tests/ui/storage_failure_screen_test.cpp — a sign-up whose write fails in the database, once per
// kind of failure: the resident reads the specific sentence (locked: try again in a moment; disk
// full, read-only, damaged: tell the staff), not 系统故障, nothing is recorded, and the log names
// the cause. The kiosk's database is a real file; each failure is a real one of that kind.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "flow_test_support.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/storage_failure_text.h"

namespace kiosk::test {
namespace {

constexpr const char* kPhone = "13812345678";
std::string logged;

// A VFS over the default one whose writes fail with SQLITE_FULL once armed: a disk that fills up
// between the resident's first tap and the sign-up's commit.
struct FullDisk {
  static inline sqlite3_vfs vfs{};
  static inline sqlite3_vfs* real = nullptr;
  static inline bool full = false;
  static inline sqlite3_io_methods methods{};

  struct File {
    sqlite3_file base;  // first: SQLite sees a sqlite3_file
    sqlite3_file* inner;
  };
  static sqlite3_file* Inner(sqlite3_file* f) { return reinterpret_cast<File*>(f)->inner; }

  static int Open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* opened, int open_flags, int* out_flags) {
    File* file = reinterpret_cast<File*>(opened);
    file->inner = static_cast<sqlite3_file*>(sqlite3_malloc(real->szOsFile));
    const int open_rc = real->xOpen(real, name, file->inner, open_flags, out_flags);
    if (file->inner->pMethods == nullptr) {
      sqlite3_free(file->inner);
      file->base.pMethods = nullptr;
      return open_rc;
    }
    methods = *file->inner->pMethods;
    methods.xClose = [](sqlite3_file* f) {
      sqlite3_file* inner = Inner(f);
      const int rc = inner->pMethods->xClose(inner);
      sqlite3_free(inner);
      return rc;
    };
    methods.xRead = [](sqlite3_file* f, void* p, int n, sqlite3_int64 at) {
      return Inner(f)->pMethods->xRead(Inner(f), p, n, at);
    };
    methods.xWrite = [](sqlite3_file* f, const void* p, int n, sqlite3_int64 at) {
      return full ? SQLITE_FULL : Inner(f)->pMethods->xWrite(Inner(f), p, n, at);
    };
    methods.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) {
      return Inner(f)->pMethods->xTruncate(Inner(f), size);
    };
    methods.xSync = [](sqlite3_file* f, int flags) { return Inner(f)->pMethods->xSync(Inner(f), flags); };
    methods.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) {
      return Inner(f)->pMethods->xFileSize(Inner(f), size);
    };
    methods.xLock = [](sqlite3_file* f, int lock) { return Inner(f)->pMethods->xLock(Inner(f), lock); };
    methods.xUnlock = [](sqlite3_file* f, int lock) { return Inner(f)->pMethods->xUnlock(Inner(f), lock); };
    methods.xCheckReservedLock = [](sqlite3_file* f, int* out) {
      return Inner(f)->pMethods->xCheckReservedLock(Inner(f), out);
    };
    methods.xFileControl = [](sqlite3_file* f, int op, void* arg) {
      return Inner(f)->pMethods->xFileControl(Inner(f), op, arg);
    };
    methods.xSectorSize = [](sqlite3_file* f) { return Inner(f)->pMethods->xSectorSize(Inner(f)); };
    methods.xDeviceCharacteristics = [](sqlite3_file* f) {
      return Inner(f)->pMethods->xDeviceCharacteristics(Inner(f));
    };
    methods.xShmMap = [](sqlite3_file* f, int page, int size, int extend, void volatile** out) {
      return Inner(f)->pMethods->xShmMap(Inner(f), page, size, extend, out);
    };
    methods.xShmLock = [](sqlite3_file* f, int offset, int n, int flags) {
      return Inner(f)->pMethods->xShmLock(Inner(f), offset, n, flags);
    };
    methods.xShmBarrier = [](sqlite3_file* f) { Inner(f)->pMethods->xShmBarrier(Inner(f)); };
    methods.xShmUnmap = [](sqlite3_file* f, int del) { return Inner(f)->pMethods->xShmUnmap(Inner(f), del); };
    methods.iVersion = 2;  // no xFetch/xUnfetch: every page goes through xRead
    file->base.pMethods = &methods;
    return open_rc;
  }

  // Makes this VFS the default until Uninstall (the kiosk's connection opens through the default).
  static void Install() {
    real = sqlite3_vfs_find(nullptr);
    vfs = *real;
    vfs.iVersion = 1;
    vfs.zName = "kiosk_test_full_disk";
    vfs.szOsFile = static_cast<int>(sizeof(File));
    vfs.xOpen = &Open;
    vfs.pAppData = nullptr;
    sqlite3_vfs_register(&vfs, 1);
  }
  static void Uninstall() {
    sqlite3_vfs_register(real, 1);
    sqlite3_vfs_unregister(&vfs);
  }
};

class StorageFailureScreen : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kiosk_storage_failure_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "kiosk.sqlite").string();
    DemoDatabase().Exec("VACUUM INTO '" + path_ + "'");
    logged.clear();
    SetStorageFailureSink([](std::string_view line) { logged += std::string(line) + "\n"; });
  }
  void TearDown() override {
    SetStorageFailureSink(nullptr);
    std::filesystem::remove_all(dir_);
  }
  void OpenKiosk() { db_.emplace(OpenKioskDatabase(path_, false)); }
  // The sign-up flow up to its last tap: keypad, 跳过 the name, 确认报名 on screen.
  std::unique_ptr<HeadlessUi> UpToConfirm() {
    occurrence_ = OpenOccurrenceWithSeats(*db_);
    signups_before_ = Signups(*db_);
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kSignup;
    options.start_occurrence = occurrence_;
    auto h = std::make_unique<HeadlessUi>(*db_, options);
    h->Settle();
    TypeDigits(*h, kPhone);
    EXPECT_TRUE(h->Tap("下一步"));
    EXPECT_TRUE(h->Tap("跳过"));
    EXPECT_TRUE(h->targets().Find("确认报名"));
    return h;
  }
  // What the resident reads after 确认报名, and that nothing was written.
  std::string ConfirmAndRead(HeadlessUi& h) {
    EXPECT_TRUE(h.Tap("确认报名"));
    const std::string text = h.FrameText();
    EXPECT_EQ(text.find("系统故障"), std::string::npos) << text;
    EXPECT_EQ(text.find("报名成功"), std::string::npos) << text;
    EXPECT_NE(logged.find("数据库写入失败 / database write failed: sign-up"), std::string::npos) << logged;
    return text;
  }
  void ExpectNothingRecorded() {
    db::Database check(path_, db::OpenMode::kReadOnly);
    EXPECT_EQ(Signups(check), signups_before_) << "a sign-up was recorded";
    EXPECT_EQ(OutboxOps(check, "signup"), 0);
  }
  int64_t Signups(db::Database& db) {
    return CountRows(db, "SELECT count(*) FROM signups WHERE occurrence_id = " + std::to_string(occurrence_));
  }

  std::filesystem::path dir_;
  std::string path_;
  std::optional<db::Database> db_;
  int64_t occurrence_ = 0;
  int64_t signups_before_ = 0;
};

TEST_F(StorageFailureScreen, LockedSaysTryAgainInAMoment) {
  OpenKiosk();
  db_->Exec("PRAGMA busy_timeout = 50");  // the kiosk's 5 s, shortened for the test
  auto h = UpToConfirm();
  db::Database office(path_, db::OpenMode::kReadWrite);
  office.Exec("BEGIN IMMEDIATE");  // another program holds the write lock
  const std::string text = ConfirmAndRead(*h);
  office.Exec("ROLLBACK");
  EXPECT_NE(text.find("另一个程序正在使用数据库，请稍后再试"), std::string::npos) << text;
  EXPECT_EQ(text.find("请告诉工作人员"), std::string::npos) << "waiting is enough: " << text;
  EXPECT_NE(logged.find("locked"), std::string::npos) << logged;
  ExpectNothingRecorded();
}

TEST_F(StorageFailureScreen, DiskFullSaysTellTheStaff) {
  FullDisk::Install();
  OpenKiosk();
  FullDisk::Uninstall();  // only the kiosk's connection writes through it
  auto h = UpToConfirm();
  FullDisk::full = true;
  const std::string text = ConfirmAndRead(*h);
  FullDisk::full = false;
  EXPECT_NE(text.find("磁盘已满"), std::string::npos) << text;
  EXPECT_NE(text.find("请告诉工作人员"), std::string::npos) << text;
  EXPECT_NE(logged.find("full"), std::string::npos) << logged;
  db_.reset();
  ExpectNothingRecorded();
}

TEST_F(StorageFailureScreen, ReadOnlySaysTellTheStaff) {
  OpenKiosk();
  auto h = UpToConfirm();
  db_->Exec("PRAGMA query_only = 1");  // every write is refused as on a read-only file
  const std::string text = ConfirmAndRead(*h);
  db_->Exec("PRAGMA query_only = 0");
  EXPECT_NE(text.find("不可写"), std::string::npos) << text;
  EXPECT_NE(text.find("请告诉工作人员"), std::string::npos) << text;
  EXPECT_NE(logged.find("readonly"), std::string::npos) << logged;
  ExpectNothingRecorded();
}

TEST_F(StorageFailureScreen, DamagedSaysTellTheStaffInEnglishToo) {
  // The outbox's root page overwritten with junk: the first write into it finds the damage.
  int64_t root = 0, page_size = 0;
  {
    db::Database file(path_, db::OpenMode::kReadOnly);
    root = db::QueryInt(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'outbox'");
    page_size = db::QueryInt(file, "PRAGMA page_size");
  }
  {
    std::fstream raw(path_, std::ios::in | std::ios::out | std::ios::binary);
    raw.seekp((root - 1) * page_size);
    const std::string junk(static_cast<size_t>(page_size), '\xFF');
    raw.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  OpenKiosk();
  auto h = UpToConfirm();
  const std::string zh = ConfirmAndRead(*h);
  EXPECT_NE(zh.find("数据库文件已损坏"), std::string::npos) << zh;
  EXPECT_NE(zh.find("请告诉工作人员"), std::string::npos) << zh;
  EXPECT_NE(logged.find("malformed"), std::string::npos) << logged;
  // The same failure said to a resident reading English.
  const std::string en = ui::StorageFailureMessage(
      "sign-up", db::SqliteError(SQLITE_CORRUPT, "database disk image is malformed"), ui::Lang::kEn);
  EXPECT_EQ(en,
            "the database file is damaged; restore it from a backup or sync again. Please tell the staff.");
}

TEST_F(StorageFailureScreen, AFailureThatIsNotTheStorageSaysSystemError) {
  EXPECT_EQ(ui::StorageFailureMessage("sign-up", std::runtime_error("a bug"), ui::Lang::kZh),
            "系统故障，请联系工作人员");
  EXPECT_NE(logged.find("a bug"), std::string::npos) << "logged all the same: " << logged;
}

// Run only by tests/e2e/storage_disk_e2e.sh, which sets up a real disk for it: a tiny tmpfs (filled
// up by this test once the resident has reached 确认报名) or a read-only folder (the test runs as
// an unprivileged user). KIOSK_DISK_DB: the kiosk's database; KIOSK_DISK_FILL: a file to write until
// the disk is full (optional); KIOSK_DISK_EXPECT: the sentence the resident must read.
TEST(StorageFailureOnDisk, DISABLED_SignUpOnARealDisk) {
  const char* path = std::getenv("KIOSK_DISK_DB");
  const char* fill = std::getenv("KIOSK_DISK_FILL");
  const char* expect = std::getenv("KIOSK_DISK_EXPECT");
  ASSERT_TRUE(path != nullptr && expect != nullptr) << "run by tests/e2e/storage_disk_e2e.sh";
  logged.clear();
  SetStorageFailureSink([](std::string_view line) { logged += std::string(line) + "\n"; });
  db::Database db = OpenKioskDatabase(path, false);
  const int64_t occurrence = OpenOccurrenceWithSeats(db);
  const int64_t before = CountRows(db, "SELECT count(*) FROM signups");
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kSignup;
  options.start_occurrence = occurrence;
  HeadlessUi h(db, options);
  h.Settle();
  TypeDigits(h, kPhone);
  ASSERT_TRUE(h.Tap("下一步"));
  ASSERT_TRUE(h.Tap("跳过"));
  ASSERT_TRUE(h.targets().Find("确认报名"));
  if (fill != nullptr) {  // the disk fills up while the resident is reading the confirmation
    std::ofstream filler(fill, std::ios::binary);
    const std::string block(64 * 1024, 'x');
    while (filler.write(block.data(), static_cast<std::streamsize>(block.size()))) {
    }
  }
  ASSERT_TRUE(h.Tap("确认报名"));
  const std::string text = h.FrameText();
  SetStorageFailureSink(nullptr);
  EXPECT_NE(text.find(expect), std::string::npos) << text;
  EXPECT_NE(text.find("请告诉工作人员"), std::string::npos) << text;
  EXPECT_EQ(text.find("系统故障"), std::string::npos) << text;
  EXPECT_NE(logged.find("数据库写入失败 / database write failed: sign-up"), std::string::npos) << logged;
  std::cout << "logged: " << logged;
  if (fill != nullptr) std::filesystem::remove(fill);
  EXPECT_EQ(CountRows(db, "SELECT count(*) FROM signups"), before) << "a sign-up was recorded";
}

}  // namespace
}  // namespace kiosk::test
