// kiosk/app/targets_file.h — `--targets OUT.json`: keeps a JSON file of the tappable targets
// current, so external drivers (the e2e test, xdotool scripts) can tap by label.
#pragma once

#include <stdexcept>
#include <string>

namespace kiosk::app {

class FileWriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes `content` to `path` + ".tmp" and renames it over `path`: a reader never sees half a file.
void WriteFileAtomically(const std::string& path, const std::string& content);

class TargetsFile {
 public:
  explicit TargetsFile(std::string path) : path_(std::move(path)) {}
  bool enabled() const { return !path_.empty(); }
  // Writes `json` when it differs from what was written last. Throws FileWriteError.
  void Update(const std::string& json);

 private:
  std::string path_;
  std::string written_;
  bool ever_written_ = false;
};

}  // namespace kiosk::app
