// tests/core/calendar_import/csv_streaming_test.cpp — the streamed CSV import reads what the
// whole-file reading reads: records cut anywhere between chunks (inside quotes, between \r and \n,
// inside a UTF-8 character), a GBK file longer than one chunk with its bad byte's line, and a file
// imported row by row into the database, all or nothing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/text/csv_records.h"
#include "kiosk/core/text/text_encoding.h"

namespace kiosk {
namespace {

const std::string kTricky =
    "\xEF\xBB\xBF"
    "编号,标题,简介\r\n"
    "a1,\"读书, 会\",\"第一行\r\n第二行 \"\"引号\"\"\"\r\n"
    "\r\n"
    "a2,健康讲座,\"未结束\"多了\r\n"
    "a3,孝老,\n"
    "a4,\"没有结束的引号,x\n"
    "a5,after,y\n";

std::string Describe(const std::vector<CsvRecord>& records) {
  std::string out;
  for (const CsvRecord& r : records) {
    out += std::to_string(r.line) + (r.error ? "!" + r.error->en : "") + ":";
    for (const std::string& cell : r.cells) out += "[" + cell + "]";
    out += "\n";
  }
  return out;
}

TEST(CsvStreaming, ChunksCutAnywhereReadAsTheWholeText) {
  const std::string whole = Describe(SplitCsvRecords(kTricky));
  ASSERT_NE(whole.find("a3"), std::string::npos) << whole;
  for (size_t chunk = 1; chunk <= kTricky.size(); ++chunk) {
    size_t at = 0;
    CsvRecordReader reader([&](std::string& buffer) {
      if (at >= kTricky.size()) return false;
      buffer.append(kTricky, at, chunk);
      at += chunk;
      return true;
    });
    std::vector<CsvRecord> records;
    while (std::optional<CsvRecord> record = reader.Next()) records.push_back(std::move(*record));
    ASSERT_EQ(Describe(records), whole) << "chunks of " << chunk << " bytes";
  }
}

TEST(CsvStreaming, GbkLongerThanAChunkDecodesLineByLineAndNamesTheBadLine) {
  // "福圣社区" in GBK, on 40,000 lines (over 400 KB: more than one 256 KB chunk), then a bad byte.
  const std::string gbk_line = "\xB8\xA3\xCA\xA5\xC9\xE7\xC7\xF8,\xD2\xE9\xCA\xC2\r\n";
  std::string bytes;
  for (int i = 0; i < 40000; ++i) bytes += gbk_line;
  std::istringstream good(bytes);
  SpreadsheetTextReader reader(good);
  EXPECT_EQ(reader.encoding(), TextEncoding::kGbk);
  std::string utf8;
  int chunks = 0;
  while (reader.NextChunk(utf8)) ++chunks;
  EXPECT_GT(chunks, 1);
  std::string expected;
  for (int i = 0; i < 40000; ++i) expected += "福圣社区,议事\r\n";
  EXPECT_EQ(utf8, expected);

  std::istringstream bad(bytes + "a,b\r\n\x81 ,c\r\n");
  SpreadsheetTextReader bad_reader(bad);
  std::string ignored;
  try {
    while (bad_reader.NextChunk(ignored)) {
    }
    FAIL() << "bytes that are neither UTF-8 nor GBK were read";
  } catch (const TextEncodingError& error) {
    EXPECT_EQ(error.line(), 40002);
  }
}

class CsvStreamingImport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kiosk_csv_streaming_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    LoadReferenceData(db_, KIOSK_DEMO_DIR);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path Write(const std::string& name, const std::string& text) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  int64_t Events() { return db::QueryInt(db_, "SELECT count(*) FROM events"); }

  static constexpr ImportWindow kWindow{{2026, 11, 1}, {2026, 12, 31}};
  std::filesystem::path dir_;
  db::Database db_ = OpenKioskDatabase(":memory:", true);
};

std::string Rows(int n, int bad_row = -1) {
  std::string text = "编号,标题,类别,社区,日期,开始,结束\n";
  for (int i = 0; i < n; ++i) {
    text += "s" + std::to_string(i) + ",读书会" + std::to_string(i) + ",教育," +
            (i == bad_row ? "火星社区" : "福圣社区") + ",2026-11-" + std::to_string(1 + i % 28) +
            ",9:30,11:00\n";
  }
  return text;
}

TEST_F(CsvStreamingImport, EveryRowWrittenInOneTransaction) {
  const CalendarImportReport report = ImportCalendarFile(db_, Write("ok.csv", Rows(3000)), kWindow, false);
  ASSERT_TRUE(report.committed) << report.problems.front().Format();
  EXPECT_EQ(report.events_seen, 3000);
  EXPECT_EQ(report.events_written, 3000);
  EXPECT_EQ(Events(), 3000);
}

TEST_F(CsvStreamingImport, ABadLastRowLeavesTheDatabaseAsItWas) {
  // The first 2,999 rows were written before the bad one was read: the transaction takes them back.
  const CalendarImportReport report =
      ImportCalendarFile(db_, Write("bad.csv", Rows(3000, 2999)), kWindow, false);
  EXPECT_FALSE(report.committed);
  EXPECT_EQ(report.events_written, 0);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].line, 3001);
  EXPECT_EQ(Events(), 0);
}

TEST_F(CsvStreamingImport, SkipBadWithNothingGoodCommitsNothing) {
  const CalendarImportReport report =
      ImportCalendarFile(db_, Write("bad.csv", Rows(1, 0)), kWindow, /*skip_bad=*/true);
  EXPECT_FALSE(report.committed);
  EXPECT_TRUE(report.nothing_good(true));
  EXPECT_EQ(Events(), 0);
  const CalendarImportReport some =
      ImportCalendarFile(db_, Write("some.csv", Rows(3, 1)), kWindow, /*skip_bad=*/true);
  EXPECT_TRUE(some.committed);
  EXPECT_FALSE(some.nothing_good(true));
  EXPECT_EQ(some.events_written, 2);
  EXPECT_EQ(Events(), 2);
}

}  // namespace
}  // namespace kiosk
