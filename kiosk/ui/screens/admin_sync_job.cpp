// kiosk/ui/screens/admin_sync_job.cpp — the background sync thread and its hand-over.
#include "kiosk/ui/screens/admin_sync_job.h"

#include <exception>

namespace kiosk::ui {

AdminSyncJob::~AdminSyncJob() {
  if (thread_.joinable()) thread_.join();
}

bool AdminSyncJob::Start(Run run, std::function<void()> wake, double now) {
  std::lock_guard lock(mutex_);
  if (running_ || !run) return false;
  if (thread_.joinable()) thread_.join();  // the previous run has finished (running_ is false)
  running_ = true;
  started_ = now;
  finished_.reset();
  thread_ = std::thread([this, run = std::move(run), wake = std::move(wake)] {
    SyncJobResult result;
    try {
      result = run();
    } catch (const std::exception& error) {  // the app's run reports failures itself; this is a last net
      result = SyncJobResult{false, error.what()};
    }
    {
      std::lock_guard done(mutex_);
      finished_ = std::move(result);
      running_ = false;
    }
    if (wake) wake();
  });
  return true;
}

bool AdminSyncJob::running() const {
  std::lock_guard lock(mutex_);
  return running_;
}

std::optional<SyncJobResult> AdminSyncJob::TakeFinished() {
  std::lock_guard lock(mutex_);
  std::optional<SyncJobResult> result = std::move(finished_);
  finished_.reset();
  return result;
}

}  // namespace kiosk::ui
