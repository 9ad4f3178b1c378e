// 朗读 and 打印凭条: the detail and a booking's result say their text (never a phone number or
// the matter); the slip button is there only with a printer, and prints the ESC/POS slip to it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "flow_test_support.h"
#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/core/text/text_encoding.h"
#include "kiosk/core/text/utf8.h"

namespace kiosk::test {
namespace {

constexpr const char* kPhone = "13812345678";

std::unique_ptr<HeadlessUi> OpenBooking(db::Database& db, std::optional<PrinterTarget> printer) {
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kRoomBooking;
  options.site_code = "fusheng";
  options.printer = std::move(printer);
  auto h = std::make_unique<HeadlessUi>(db, options);
  h->Settle();
  return h;
}

void BookTenOClock(HeadlessUi& h) {
  ASSERT_TRUE(h.Tap("福圣社区 调解室"));
  ASSERT_TRUE(h.Tap("10:00 可预约"));
  ASSERT_TRUE(h.Tap("下一步"));
  TypeDigits(h, kPhone);
  ASSERT_TRUE(h.Tap("下一步"));
  ASSERT_TRUE(h.Tap("邻里纠纷"));
  ASSERT_TRUE(h.Tap("确认预约"));
  ASSERT_NE(h.FrameText().find("预约成功"), std::string::npos);
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(ResultActions, BookingResultReadsAloudWithoutPhoneOrMatter) {
  db::Database db = DemoDatabase();
  auto h = OpenBooking(db, std::nullopt);
  BookTenOClock(*h);
  EXPECT_TRUE(h->targets().Find("朗读"));
  const std::string said = h->ui().read_aloud_text();
  EXPECT_NE(said.find("预约成功"), std::string::npos) << said;
  EXPECT_NE(said.find("调解室"), std::string::npos) << said;
  EXPECT_NE(said.find("10:00"), std::string::npos) << said;
  EXPECT_EQ(said.find("5678"), std::string::npos) << said;
  EXPECT_EQ(said.find("邻里纠纷"), std::string::npos) << said;
  EXPECT_FALSE(h->targets().Find("打印凭条")) << "no printer, no slip button";
}

TEST(ResultActions, SlipGoesToThePrinterAsEscPos) {
  const auto path = std::filesystem::temp_directory_path() / "kiosk_ui_slip.bin";
  std::filesystem::remove(path);
  db::Database db = DemoDatabase();
  auto h = OpenBooking(db, ParsePrinterTarget("file:" + path.string()));
  BookTenOClock(*h);
  ASSERT_TRUE(h->Tap("打印凭条"));
  EXPECT_TRUE(h->targets().Find("凭条已打印"));
  const std::string bytes = ReadAll(path);
  EXPECT_NE(bytes.find(Utf8ToGb18030("预约凭条")), std::string::npos);
  EXPECT_NE(bytes.find(Utf8ToGb18030("调解室")), std::string::npos);
  EXPECT_NE(bytes.find("\x1D(k"), std::string::npos) << "the QR code";
  EXPECT_EQ(bytes.substr(bytes.size() - 4), std::string("\x1DVB\0", 4)) << "the cut";
  EXPECT_EQ(bytes.find(Utf8ToGb18030("邻里纠纷")), std::string::npos);
  EXPECT_EQ(bytes.find("5678"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(ResultActions, APrinterThatFailsSaysWhatToDo) {
  db::Database db = DemoDatabase();
  auto h = OpenBooking(db, ParsePrinterTarget("/dev/kiosk-no-such-printer"));
  BookTenOClock(*h);
  ASSERT_TRUE(h->Tap("打印凭条"));
  EXPECT_NE(h->FrameText().find("请抄下确认码"), std::string::npos);
}

TEST(ResultActions, DetailReadsItsFactsAndDescription) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kCalendar;
  options.start_calendar_view = ui::CalendarView::kDetail;
  const int64_t id = OpenOccurrenceWithSeats(db);
  options.start_occurrence = id;
  HeadlessUi h(db, options);
  h.Settle();
  ASSERT_TRUE(h.targets().Find("朗读"));
  const auto detail = LoadOccurrenceDetail(db, id);
  ASSERT_TRUE(detail);
  const std::string said = h.ui().read_aloud_text();
  EXPECT_EQ(said.rfind(detail->title, 0), 0u) << said;
  EXPECT_NE(said.find("时间："), std::string::npos) << said;
  EXPECT_NE(said.find(detail->venue), std::string::npos) << said;
  EXPECT_NE(said.find(std::string(FirstCodePoints(detail->body, 4))), std::string::npos) << said;
}

}  // namespace
}  // namespace kiosk::test
