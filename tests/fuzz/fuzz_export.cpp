// tests/fuzz/fuzz_export.cpp — libFuzzer target for the kiosk's export validator: any bytes as the
// export LATEST names (with a LATEST that matches them, so the hardened open and validation see
// every input), imported into a fresh kiosk database. It may refuse (SyncError), never crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/export_import.h"
#include "kiosk/core/sync/latest_file.h"
#include "kiosk/core/sync/share_files.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fs::path root =
      fs::temp_directory_path() / ("kiosk_fuzz_export_" + std::to_string(::getpid()));
  static const bool made = fs::create_directories(root / "share" / "export") || true;
  (void)made;
  const fs::path file = kiosk::sync::ExportPath(root / "share", 1);
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  kiosk::sync::WriteLatest(root / "share", {1, kiosk::sync::FileSha256(file), size});
  kiosk::db::Database kiosk = kiosk::OpenKioskDatabase(":memory:", true);
  kiosk::SetKioskId(kiosk, "K01");
  try {
    kiosk::sync::ImportLatestExport(kiosk, root / "share", root / "work");
  } catch (const kiosk::sync::SyncError&) {
  }
  return 0;
}
