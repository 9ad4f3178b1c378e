// tests/core/sync/share_files_test.cpp — the durable copy and the working copy hash what they
// write in the same pass: the sha256 is the file's, byte for byte, for empty, small and
// multi-chunk files.
#include "kiosk/core/sync/share_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

class ShareFilesTest : public ::testing::Test {
 protected:
  // One folder per test: ctest runs the tests of this suite side by side.
  ShareFilesTest()
      : root_(fs::temp_directory_path() / (std::string("kiosk_share_files_") +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  ~ShareFilesTest() override { fs::remove_all(root_); }

  fs::path Write(const std::string& name, const std::string& bytes) {
    std::ofstream(root_ / name, std::ios::binary) << bytes;
    return root_ / name;
  }

  fs::path root_;
};

TEST_F(ShareFilesTest, TheCopyReturnsTheSha256OfWhatItWrote) {
  // FIPS 180-2's examples: "" and "abc".
  EXPECT_EQ(sync::CopyFileDurably(Write("empty", ""), root_ / "empty.copy"),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sync::CopyFileDurably(Write("abc", "abc"), root_ / "abc.copy"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sync::FileSha256(root_ / "abc.copy"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_F(ShareFilesTest, AFileOfManyChunksHashesTheSameCopiedOrRead) {
  std::string bytes(200'003, '\0');  // three 64 KiB reads and a tail
  for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) ^ (i >> 7));
  const fs::path from = Write("big", bytes), to = root_ / "big.copy";
  const std::string copied = sync::CopyFileDurably(from, to);
  EXPECT_EQ(copied, sync::FileSha256(from));
  EXPECT_EQ(copied, sync::FileSha256(to));
  EXPECT_EQ(sync::ReadSmallFile(to, 1 << 20), bytes);
  EXPECT_NE(copied, sync::FileSha256(Write("other", bytes.substr(1))));
}

// The export's working copy: the same bytes and hash as the durable copy, over a longer old file.
TEST_F(ShareFilesTest, TheWorkingCopyHoldsTheSameBytesAndHashOverAnOlderFile) {
  std::string bytes(150'001, '\0');
  for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 31) ^ (i >> 5));
  const fs::path from = Write("export", bytes), to = Write("export.work", std::string(300'000, 'x'));
  EXPECT_EQ(sync::CopyFileForReading(from, to), sync::FileSha256(from));
  EXPECT_EQ(sync::ReadSmallFile(to, 1 << 20), bytes);
}

}  // namespace
}  // namespace kiosk::testing
