// kiosk/core/demo/demo_data.h — builds the demo database from the Tong'an Street source files in
// data/demo/, with dates relative to `today` so the demo is never stale.
#pragma once

#include <string>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct DemoCounts {
  int sites = 0, rooms = 0, categories = 0, organizers = 0, volunteers = 0, events = 0, occurrences = 0;
};

// The demo's fictional residents who signed up: 19900000001, 19900000002, ... (never a real
// person's number; signups.csv's rows in order).
std::string FictionalResidentPhone(int n);

// Fills an already migrated, empty database. `demo_dir` is the data/demo folder.
// Throws std::runtime_error naming file and line on malformed source data.
DemoCounts LoadDemoData(db::Database& db, const std::string& demo_dir, const LocalDate& today);

// Creates `path` fresh (replacing any existing file) and loads the demo into it.
DemoCounts WriteDemoDatabase(const std::string& path, const std::string& demo_dir, const LocalDate& today);

}  // namespace kiosk
