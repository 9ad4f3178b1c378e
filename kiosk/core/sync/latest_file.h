// kiosk/core/sync/latest_file.h — share/export/LATEST, the one file the office replaces: which
// export is current, with its sha256 and size, as one line "NNNNNN sha256 size".
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::sync {

struct LatestExport {
  int64_t number = 0;
  std::string sha256;  // 64 lowercase hex digits
  std::uintmax_t size = 0;
};

// nullopt when the share has no LATEST yet; SyncError when it is there but not one valid line.
std::optional<LatestExport> ReadLatest(const std::filesystem::path& share);
// Replaces LATEST by rename (share_files.h).
void WriteLatest(const std::filesystem::path& share, const LatestExport& latest);
// The export file LATEST names.
std::filesystem::path ExportPath(const std::filesystem::path& share, int64_t number);

}  // namespace kiosk::sync
