// kiosk/core/calendar_import/reference_data.h — loads the Tong'an Street reference data (meta, sites, rooms,
// room hours, categories, organizers) from the CSV files in a folder such as data/demo/. These are real
// places and organisations, shared by the office master (`kiosk-office init`) and the demo.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

using CodeMap = std::map<std::string, int64_t, std::less<>>;

struct ReferenceIds {
  CodeMap sites, rooms, categories, organizers;
};

// Fills an empty, migrated database inside the caller's transaction. Throws SourceFileError
// ("file.csv:LINE: reason") on malformed files, unknown codes and constraint violations.
ReferenceIds LoadReferenceData(db::Database& db, const std::string& dir);

}  // namespace kiosk
