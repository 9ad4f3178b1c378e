// kiosk/core/calendar_import/calendar_fields.h — checks shared by the iCalendar and CSV calendar readers:
// text length caps (in characters, checked with CheckTextField of text/text_gate.h), yes/no and capacity
// values, and reading a poster file named in the calendar.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/calendar/poster_image.h"

namespace kiosk {

constexpr size_t kMaxTitleChars = 200;
constexpr size_t kMaxBodyChars = 20000;  // a description longer than this is a mistake, not a poster
constexpr size_t kMaxVenueChars = 200;
constexpr size_t kMaxUidChars = 255;
constexpr size_t kMaxRefChars = 100;         // a site, category, organizer or room as written
constexpr size_t kMaxOtherTextChars = 1000;  // repeat rules, date lists, poster paths
constexpr int kMaxCapacity = 100000;

// TRUE/FALSE, YES/NO, 1/0, 是/否 (any case, surrounding spaces ignored); nullopt otherwise.
std::optional<bool> ParseYesNo(std::string_view text);

// A whole number 0..kMaxCapacity; nullopt otherwise.
std::optional<int> ParseCapacity(std::string_view text);

std::string_view TrimSpaces(std::string_view text);

// "海报文件太大（最多 N MB） / poster file too large (at most N MB)": a poster over kPosterMaxBytes,
// whether a file or inline in the calendar.
PosterError PosterFileTooLarge();

// Reads the poster file `path` (relative to `base_dir` unless absolute) and prepares it with
// PreparePoster. Throws PosterError when it is missing, not a regular file, too large or bad.
std::string LoadPosterFile(const std::filesystem::path& base_dir, std::string_view path);

}  // namespace kiosk
