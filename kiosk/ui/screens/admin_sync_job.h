// kiosk/ui/screens/admin_sync_job.h — 立即同步 on the admin screen: the app's sync (the same
// function as `kiosk --sync`) on a background thread, so frames keep drawing while it runs. The
// result is handed to the UI thread under a lock (Poll, as Tracy's RunQueue) and the worker calls
// the app's wake hook (glfwPostEmptyEvent) so a sleeping main loop draws it at once.
//
// Held by KioskUi, not by the admin screen: the idle reset clears the screen, never a running sync.
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace kiosk::ui {

// What a sync run reports: ok and its one line of counts, or the failure's one line.
struct SyncJobResult {
  bool ok = false;
  std::string line;
};

class AdminSyncJob {
 public:
  using Run = std::function<SyncJobResult()>;
  AdminSyncJob() = default;
  ~AdminSyncJob();  // waits for a running sync (it commits or rolls back; never left half-way)
  AdminSyncJob(const AdminSyncJob&) = delete;
  AdminSyncJob& operator=(const AdminSyncJob&) = delete;

  // Starts `run` on a new thread unless one is running; `wake` is called from that thread when
  // it is done. `now` is ImGui's clock, for the progress shown.
  bool Start(Run run, std::function<void()> wake, double now);
  bool running() const;
  double started() const { return started_; }
  // The finished run's result, once (the UI thread then reloads its data); nullopt otherwise.
  std::optional<SyncJobResult> TakeFinished();

 private:
  mutable std::mutex mutex_;
  std::thread thread_;
  bool running_ = false;
  double started_ = 0;
  std::optional<SyncJobResult> finished_;
};

}  // namespace kiosk::ui
