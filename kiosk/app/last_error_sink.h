// kiosk/app/last_error_sink.h — remembers the kiosk's last logged error (spdlog level error or
// worse) for the health record (core/health/health_record.h): staff and the office see the last
// thing that went wrong without reading a log.
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>
#include <string>

namespace kiosk::app {

class LastErrorSink : public spdlog::sinks::base_sink<std::mutex> {
 public:
  std::string last_error();  // "" when nothing went wrong

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override;
  void flush_() override {}

 private:
  std::string last_;
};

// Adds a LastErrorSink to the default logger and returns it.
std::shared_ptr<LastErrorSink> InstallLastErrorSink();

}  // namespace kiosk::app
