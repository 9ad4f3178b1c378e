// kiosk/core/people/names.h — display names as residents give them: checking what was typed, and
// masking a name before it is shown on the lobby screen ("张*军，是您吗？").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// Longest display name accepted, in characters (Unicode code points).
inline constexpr size_t kMaxDisplayNameChars = 20;

enum class NameProblem {
  kNone,
  kTooLong,            // more than kMaxDisplayNameChars characters
  kInvalidCharacters,  // control characters or bytes that are not UTF-8
};

struct NameCheck {
  std::optional<std::string> name;  // the cleaned name; none when nothing (or only spaces) was typed
  NameProblem problem = NameProblem::kNone;
};

// Trims spaces (ASCII and the full-width U+3000) at both ends and collapses inner runs to one
// ASCII space. An empty result is "no name", which is allowed: a resident may skip the name.
NameCheck CheckDisplayName(std::string_view typed);

// Masks a name for display so a passer-by cannot read it whole:
//   Chinese (any non-ASCII name): the first and last character stay, each one between becomes
//     '*': "张伟军" -> "张*军", "欧阳娜娜" -> "欧**娜"; two characters keep the first: "张伟" -> "张*";
//     one character is unchanged.
//   Latin (all ASCII): each word keeps its first letter followed by '*': "Anna Smith" -> "A* S*";
//     a one-letter word is unchanged.
// Bytes that are not UTF-8 are never echoed: they mask to "x*". Empty stays empty.
std::string MaskName(std::string_view name);

}  // namespace kiosk
