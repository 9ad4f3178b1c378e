// kiosk/app/health_reporter.cpp — when the running kiosk records its health.
#include "kiosk/app/health_reporter.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <ctime>

#include "kiosk/core/health/health_record.h"

#ifndef KIOSK_VERSION
#error "KIOSK_VERSION is set by kiosk/app/CMakeLists.txt"
#endif

namespace kiosk::app {
namespace {

// Asia/Shanghai (UTC+8, no DST) with seconds: "2026-11-27T09:30:05".
std::string NowWithSeconds() {
  const std::time_t now = std::time(nullptr) + 8 * 3600;
  std::tm t{};
  gmtime_r(&now, &t);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &t);
  return text;
}

}  // namespace

HealthReporter::HealthReporter(db::Database& db, std::shared_ptr<LastErrorSink> errors)
    : db_(db),
      errors_(std::move(errors)),
      started_(std::chrono::steady_clock::now()),
      started_at_(NowWithSeconds()),
      next_(started_) {}

void HealthReporter::RecordIfDue() {
  const auto now = std::chrono::steady_clock::now();
  if (now < next_) return;
  next_ = now + std::chrono::seconds(kHealthEverySeconds);
  try {
    if (restarts_ < 0) restarts_ = RestartsSoFar(db_);
    HealthInputs inputs{
        .version = KIOSK_VERSION,
        .started_at = started_at_,
        .uptime_seconds = std::chrono::duration_cast<std::chrono::seconds>(now - started_).count(),
        .restarts = restarts_,
        .last_error = errors_ ? errors_->last_error() : std::string()};
    RecordHealth(db_, inputs, NowWithSeconds());
  } catch (const std::exception& error) {
    spdlog::warn("health record not written: {}", error.what());
  }
}

}  // namespace kiosk::app
