// tools/office/sync_commands.h — the office's half of the nightly sync as `kiosk-office`
// commands: merge the kiosks' batches, publish the next export, and show each kiosk's state and
// the conflicts. The work files live beside MASTER on the office PC's own disk.
#pragma once

#include <cstdio>
#include <string>

namespace kiosk::office {

struct SyncOptions {
  std::string master;
  std::string share;  // "" for conflicts, which reads only the master
};

int RunMerge(const SyncOptions& options, std::FILE* out, std::FILE* err);
int RunPublish(const SyncOptions& options, std::FILE* out, std::FILE* err);
int RunStatus(const SyncOptions& options, std::FILE* out, std::FILE* err);
int RunConflicts(const SyncOptions& options, std::FILE* out, std::FILE* err);

}  // namespace kiosk::office
