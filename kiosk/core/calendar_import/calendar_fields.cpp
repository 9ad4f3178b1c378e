// kiosk/core/calendar_import/calendar_fields.cpp — value checks shared by the calendar readers.
#include "kiosk/core/calendar_import/calendar_fields.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>

#include "kiosk/core/calendar/poster_image.h"

namespace kiosk {

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

std::optional<bool> ParseYesNo(std::string_view text) {
  std::string value(TrimSpaces(text));
  std::transform(value.begin(), value.end(), value.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (value == "TRUE" || value == "YES" || value == "Y" || value == "1" || value == "是") return true;
  if (value == "FALSE" || value == "NO" || value == "N" || value == "0" || value == "否") return false;
  return std::nullopt;
}

std::optional<int> ParseCapacity(std::string_view text) {
  text = TrimSpaces(text);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (value < 0 || value > kMaxCapacity) return std::nullopt;
  return value;
}

PosterError PosterFileTooLarge() {
  const std::string mb = std::to_string(kPosterMaxBytes / 1024 / 1024);
  return PosterError(PosterError::Kind::kTooManyBytes, "海报文件太大（最多 " + mb + " MB）",
                     "poster file too large (at most " + mb + " MB)");
}

std::string LoadPosterFile(const std::filesystem::path& base_dir, std::string_view path) {
  std::string name(TrimSpaces(path));
  if (name.starts_with("file://")) name.erase(0, 7);
  if (name.find("://") != std::string::npos) {
    throw PosterError(PosterError::Kind::kUnreadable, "海报必须是本地文件：" + name,
                      "poster must be a local file: " + name);
  }
  const std::filesystem::path file =
      std::filesystem::path(name).is_absolute() ? std::filesystem::path(name) : base_dir / name;
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw PosterError(PosterError::Kind::kUnreadable, "找不到海报文件 " + file.string(),
                      "poster file not found: " + file.string());
  }
  const auto size = std::filesystem::file_size(file, error);
  if (error || size > kPosterMaxBytes) {
    throw PosterFileTooLarge();
  }
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof())
    throw PosterError(PosterError::Kind::kUnreadable, "无法读取海报文件 " + file.string(),
                      "cannot read poster file " + file.string());
  return PreparePoster(bytes);
}

}  // namespace kiosk
