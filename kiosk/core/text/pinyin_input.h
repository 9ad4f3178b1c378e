// kiosk/core/text/pinyin_input.h — Chinese input without a system IME: typed pinyin letters (full
// syllables or initials, "tiaojie" or "tj") become Chinese candidates, best first, through
// libgooglepinyin (the Android pinyin engine) and the dictionary Debian ships with it.
//
// Implements:
//   PinyinDictionaryMissing  the dictionary file is absent or unreadable (names the package)
//   PinyinEngineError        the engine refused to open the dictionary
//   PinyinCandidate          one candidate and how many typed letters it covers
//   PinyinInput              letters -> candidates; stateless between calls
//   DefaultPinyinDictionary  where Debian's libgooglepinyin0 installs dict_pinyin.dat
//
// The engine keeps one global decoder per process, so every PinyinInput shares it (one thread);
// it stays open until the process exits. Its user dictionary (what it would learn from choices;
// the kiosk never makes any) lives in a temporary file deleted at exit: a public kiosk must not
// remember what one resident typed.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

class PinyinDictionaryMissing : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class PinyinEngineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PinyinCandidate {
  std::string text;         // UTF-8, e.g. "调解"
  size_t letters_used = 0;  // how many of the typed letters it stands for (the rest stay typed)
};

std::string DefaultPinyinDictionary();

class PinyinInput {
 public:
  // Throws PinyinDictionaryMissing or PinyinEngineError.
  explicit PinyinInput(const std::string& system_dictionary = DefaultPinyinDictionary());
  ~PinyinInput();
  PinyinInput(const PinyinInput&) = delete;
  PinyinInput& operator=(const PinyinInput&) = delete;

  // Candidates for `letters` (a-z; anything else is ignored), best first, at most `max`.
  // The first candidate covers every letter; later ones may cover a prefix (e.g. one word).
  std::vector<PinyinCandidate> Candidates(std::string_view letters, size_t max);

 private:
  struct Decoder;
  std::shared_ptr<Decoder> decoder_;
};

}  // namespace kiosk
