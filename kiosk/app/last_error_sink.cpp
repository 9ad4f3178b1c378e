// kiosk/app/last_error_sink.cpp — the sink that keeps the last error message.
#include "kiosk/app/last_error_sink.h"

#include <spdlog/spdlog.h>

namespace kiosk::app {

std::string LastErrorSink::last_error() {
  std::lock_guard lock(mutex_);
  return last_;
}

void LastErrorSink::sink_it_(const spdlog::details::log_msg& msg) {
  if (msg.level >= spdlog::level::err) last_.assign(msg.payload.data(), msg.payload.size());  // mutex_ held
}

std::shared_ptr<LastErrorSink> InstallLastErrorSink() {
  auto sink = std::make_shared<LastErrorSink>();
  sink->set_level(spdlog::level::err);
  spdlog::default_logger()->sinks().push_back(sink);
  return sink;
}

}  // namespace kiosk::app
