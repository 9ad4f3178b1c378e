// kiosk/app/targets_file.cpp — atomic rewrite of the targets JSON.
#include "kiosk/app/targets_file.h"

#include <cstdio>
#include <fstream>

namespace kiosk::app {

void WriteFileAtomically(const std::string& path, const std::string& content) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) throw FileWriteError("无法写入 / cannot write " + temp);
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    throw FileWriteError("无法写入 / cannot write " + path);
  }
}

void TargetsFile::Update(const std::string& json) {
  if (!enabled() || (ever_written_ && json == written_)) return;
  WriteFileAtomically(path_, json);
  written_ = json;
  ever_written_ = true;
}

}  // namespace kiosk::app
