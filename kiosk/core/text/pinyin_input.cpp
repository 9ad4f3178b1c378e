// kiosk/core/text/pinyin_input.cpp — PinyinInput over libgooglepinyin's im_* decoder API.
#include "kiosk/core/text/pinyin_input.h"

#include <pinyinime.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "kiosk/core/text/utf8.h"

namespace kiosk {

#ifndef KIOSK_PINYIN_DICT
#define KIOSK_PINYIN_DICT "/usr/lib/x86_64-linux-gnu/googlepinyin/data/dict_pinyin.dat"
#endif

std::string DefaultPinyinDictionary() { return KIOSK_PINYIN_DICT; }

namespace {

// The engine's decoder is process-global (im_open_decoder has no handle); this is its owner.
// Once open it stays open until exit: libgooglepinyin 0.1 frees a buffer with the wrong
// operator when it is opened a second time in one process (SpellingTrie::build_ym_info,
// new[] vs delete, caught by AddressSanitizer). Nothing is learned meanwhile: the kiosk only
// reads candidates and never calls im_choose, so no resident's input is remembered.
std::mutex g_decoder_mutex;
std::shared_ptr<void> g_decoder;

// UTF-16 (the engine's char16) to UTF-8; also counts the characters.
std::string Utf16ToUtf8(const ime_pinyin::char16* s, size_t* chars) {
  std::string out;
  *chars = 0;
  for (size_t i = 0; s[i] != 0; ++i) {
    char32_t c = s[i];
    if (c >= 0xD800 && c < 0xDC00 && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    }
    AppendUtf8(out, c);
    ++*chars;
  }
  return out;
}

}  // namespace

struct PinyinInput::Decoder {
  std::filesystem::path user_dictionary;
  explicit Decoder(const std::string& system_dictionary) {
    static std::atomic<int> counter{0};
    user_dictionary = std::filesystem::temp_directory_path() /
                      ("kiosk-pinyin-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + ".dat");
    if (!ime_pinyin::im_open_decoder(system_dictionary.c_str(), user_dictionary.c_str())) {
      std::error_code ec;
      std::filesystem::remove(user_dictionary, ec);
      throw PinyinEngineError("拼音输入法无法打开词典 " + system_dictionary +
                              " / the pinyin engine could not open its dictionary " + system_dictionary);
    }
  }
  ~Decoder() {
    ime_pinyin::im_close_decoder();
    std::error_code ec;
    std::filesystem::remove(user_dictionary, ec);  // forget whatever was typed
  }
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;
};

PinyinInput::PinyinInput(const std::string& system_dictionary) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(system_dictionary, ec) || !std::ifstream(system_dictionary).good())
    throw PinyinDictionaryMissing("找不到拼音词典 " + system_dictionary +
                                  "，请安装 libgooglepinyin0 / pinyin dictionary " + system_dictionary +
                                  " not found: install the Debian package libgooglepinyin0");
  std::lock_guard lock(g_decoder_mutex);
  if (g_decoder) {
    decoder_ = std::static_pointer_cast<Decoder>(g_decoder);
    return;
  }
  decoder_ = std::make_shared<Decoder>(system_dictionary);
  g_decoder = decoder_;  // closed (and its user dictionary deleted) at exit
}

PinyinInput::~PinyinInput() {
  std::lock_guard lock(g_decoder_mutex);
  decoder_.reset();
}

std::vector<PinyinCandidate> PinyinInput::Candidates(std::string_view letters, size_t max) {
  std::string spelling;
  for (char c : letters) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (lower >= 'a' && lower <= 'z') spelling += lower;
  }
  std::vector<PinyinCandidate> result;
  if (spelling.empty() || max == 0) return result;
  std::lock_guard lock(g_decoder_mutex);
  ime_pinyin::im_reset_search();
  const size_t count = ime_pinyin::im_search(spelling.c_str(), spelling.size());
  // Where each recognised syllable starts in the letters: a candidate of n characters covers
  // the first n syllables.
  const ime_pinyin::uint16* starts = nullptr;
  const size_t syllables = ime_pinyin::im_get_spl_start_pos(starts);
  ime_pinyin::char16 buffer[64];
  for (size_t i = 0; i < count && result.size() < max; ++i) {
    if (ime_pinyin::im_get_candidate(i, buffer, std::size(buffer) - 1) == nullptr) continue;
    buffer[std::size(buffer) - 1] = 0;
    size_t chars = 0;
    std::string text = Utf16ToUtf8(buffer, &chars);
    if (text.empty()) continue;
    size_t used = spelling.size();
    if (i > 0 && starts != nullptr && chars < syllables) used = starts[chars];
    result.push_back(PinyinCandidate{std::move(text), std::min(used, spelling.size())});
  }
  ime_pinyin::im_reset_search();
  return result;
}

}  // namespace kiosk
