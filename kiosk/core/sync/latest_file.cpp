// kiosk/core/sync/latest_file.cpp — reading and replacing share/export/LATEST.
#include "kiosk/core/sync/latest_file.h"

#include <sstream>

#include "kiosk/core/sync/export_contents.h"
#include "kiosk/core/sync/export_publish.h"
#include "kiosk/core/sync/share_files.h"

namespace kiosk::sync {

namespace fs = std::filesystem;

namespace {

bool AllOf(const std::string& text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string::npos;
}

}  // namespace

std::optional<LatestExport> ReadLatest(const fs::path& share) {
  const fs::path file = share / "export" / kLatestName;
  std::error_code error;
  if (!fs::exists(file, error)) return std::nullopt;
  const std::string text = ReadSmallFile(file, 256);
  std::istringstream in(text);
  std::string number, sha256, size, extra;
  in >> number >> sha256 >> size >> extra;
  const bool valid = AllOf(number, "0123456789") && number.size() <= 12 &&
                     AllOf(sha256, "0123456789abcdef") && sha256.size() == 64 && AllOf(size, "0123456789") &&
                     size.size() <= 15 && extra.empty();
  if (!valid)
    throw SyncError("共享文件夹的 LATEST 文件内容有误",
                    "export/LATEST is not \"NNNNNN sha256 size\": " + text.substr(0, 80));
  return LatestExport{std::stoll(number), sha256, std::stoull(size)};
}

void WriteLatest(const fs::path& share, const LatestExport& latest) {
  WriteFileDurably(share / "export" / kLatestName, ExportFileStem(latest.number) + " " + latest.sha256 + " " +
                                                       std::to_string(latest.size) + "\n");
}

fs::path ExportPath(const fs::path& share, int64_t number) {
  return share / "export" / (ExportFileStem(number) + ".sqlite");
}

}  // namespace kiosk::sync
