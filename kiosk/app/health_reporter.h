// kiosk/app/health_reporter.h — the running kiosk's health record: one at start (counting the
// restart) and one every kHealthEverySeconds, each a 'health' operation for the nightly batch
// (core/health/health_record.h). A failure to write one is logged and tried again next time.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "kiosk/app/last_error_sink.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::app {

class HealthReporter {
 public:
  HealthReporter(db::Database& db, std::shared_ptr<LastErrorSink> errors);
  // Records one report when kHealthEverySeconds have passed since the last (the first at once).
  void RecordIfDue();

 private:
  db::Database& db_;
  std::shared_ptr<LastErrorSink> errors_;
  std::chrono::steady_clock::time_point started_;
  std::string started_at_;
  int64_t restarts_ = -1;  // read at the first report
  std::chrono::steady_clock::time_point next_;
};

}  // namespace kiosk::app
