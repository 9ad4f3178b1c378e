// 打印凭条: the ESC/POS bytes a receipt printer gets (GB18030 text, the QR block, the cut), and
// where kiosk.toml's `printer` sends them.
#include "kiosk/core/printing/receipt_slip.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/core/printing/printer_target.h"
#include "kiosk/core/text/text_encoding.h"

namespace kiosk {
namespace {

SlipFacts Facts() {
  return SlipFacts{"报名凭条",
                   "快乐4点半·免费作业辅导",
                   "12月2日 周二 16:30–17:30",
                   "阳光村 · 活动室",
                   "K7Q2M",
                   "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                   "同安街道社区服务一体机"};
}

TEST(ReceiptSlip, TitleIsInGb18030NotUtf8) {
  const std::string bytes = EscPosSlip(Facts());
  // 快乐 in GB18030 is BF EC C0 D6.
  EXPECT_NE(bytes.find("\xBF\xEC\xC0\xD6"), std::string::npos);
  EXPECT_NE(bytes.find(Utf8ToGb18030("快乐4点半·免费作业辅导")), std::string::npos);
  EXPECT_EQ(bytes.find("快乐"), std::string::npos) << "no UTF-8 reaches the printer";
  EXPECT_NE(bytes.find("K7Q2M"), std::string::npos);
}

TEST(ReceiptSlip, StartsWithInitAndEndsWithCut) {
  const std::string bytes = EscPosSlip(Facts());
  EXPECT_EQ(bytes.substr(0, 2), std::string("\x1B@"));
  EXPECT_EQ(bytes.substr(bytes.size() - 4), std::string("\x1DVB\0", 4));
}

TEST(ReceiptSlip, QrCodeIsStoredThenPrintedWithItsLength) {
  const SlipFacts f = Facts();
  const std::string bytes = EscPosSlip(f);
  // GS ( k pL pH 49 80 48 data: store, length = data + 3.
  const size_t n = f.qr_text.size() + 3;
  const std::string store =
      std::string("\x1D(k") + static_cast<char>(n & 0xFF) + static_cast<char>(n >> 8) + "1P0";
  const size_t at = bytes.find(store);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(bytes.substr(at + store.size(), f.qr_text.size()), f.qr_text);
  const size_t print =
      bytes.find(std::string("\x1D(k\x03\x00"
                             "1Q0",
                             8));
  ASSERT_NE(print, std::string::npos);
  EXPECT_GT(print, at);
  EXPECT_NE(bytes.find(std::string("\x1D(k\x04\x00"
                                   "1A2\x00",
                                   9)),
            std::string::npos)
      << "model 2";
}

TEST(ReceiptSlip, NoQrWhenThereIsNothingToScan) {
  SlipFacts f = Facts();
  f.qr_text.clear();
  EXPECT_EQ(EscPosSlip(f).find("\x1D(k"), std::string::npos);
}

TEST(PrinterTarget, ParsesTheThreeForms) {
  using K = PrinterTarget::Kind;
  EXPECT_EQ(ParsePrinterTarget("/dev/usb/lp0"), (PrinterTarget{K::kDevice, "/dev/usb/lp0"}));
  EXPECT_EQ(ParsePrinterTarget("cups:Receipt_58"), (PrinterTarget{K::kCups, "Receipt_58"}));
  EXPECT_EQ(ParsePrinterTarget("file:/tmp/slip.bin"), (PrinterTarget{K::kFile, "/tmp/slip.bin"}));
  for (const char* bad :
       {"", "lp0", "cups:", "cups:a b", "cups:x;rm -rf /", "file:", "/dev/", "/dev/../etc/passwd"})
    EXPECT_FALSE(ParsePrinterTarget(bad)) << bad;
}

TEST(PrinterTarget, FileGetsTheBytesExactly) {
  const auto path = std::filesystem::temp_directory_path() / "kiosk_slip_test.bin";
  const std::string bytes = EscPosSlip(Facts());
  SendToPrinter(*ParsePrinterTarget("file:" + path.string()), bytes);
  std::ifstream in(path, std::ios::binary);
  std::stringstream got;
  got << in.rdbuf();
  EXPECT_EQ(got.str(), bytes);
  std::filesystem::remove(path);
}

TEST(PrinterTarget, AMissingDeviceIsOneClearError) {
  try {
    SendToPrinter(*ParsePrinterTarget("/dev/kiosk-no-such-printer"), "x");
    FAIL() << "printed to a device that does not exist";
  } catch (const PrintError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("凭条打印失败"), std::string::npos);
    EXPECT_NE(what.find("could not be printed"), std::string::npos);
  }
}

}  // namespace
}  // namespace kiosk
