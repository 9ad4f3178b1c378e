// kiosk/core/speech/speech_synthesis.cpp — espeak-ng in synchronous mode, collected by its callback.
#include "kiosk/core/speech/speech_synthesis.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <fstream>
#include <mutex>
#include <string>

namespace kiosk {
namespace {

std::mutex g_engine_mutex;
int g_sample_rate = 0;  // set once espeak-ng is initialised
Pcm* g_collecting = nullptr;

int Collect(short* samples, int count, espeak_EVENT*) {
  if (g_collecting && samples && count > 0)
    g_collecting->samples.insert(g_collecting->samples.end(), samples, samples + count);
  return 0;  // 0: go on
}

void AppendLe(std::string& out, uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

Pcm SynthesizeMandarin(std::string_view text, int volume_percent) {
  std::lock_guard lock(g_engine_mutex);
  if (g_sample_rate <= 0) {
    g_sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, 0);
    if (g_sample_rate <= 0)
      throw SpeechUnavailable(
          "朗读引擎无法启动（请安装 espeak-ng-data） / espeak-ng could not start (install espeak-ng-data)");
    espeak_SetSynthCallback(Collect);
  }
  if (espeak_SetVoiceByName("cmn") != EE_OK)
    throw SpeechUnavailable(
        "找不到普通话语音 cmn（请安装 espeak-ng-data） / no Mandarin voice cmn (install espeak-ng-data)");
  const int volume = std::clamp(volume_percent, 0, 100);
  espeak_SetParameter(espeakVOLUME, volume, 0);  // espeak's 100 is its normal loudness
  espeak_SetParameter(espeakRATE, 150, 0);       // a little slower than espeak's 175 words/min
  Pcm pcm;
  pcm.sample_rate = g_sample_rate;
  const std::string copy(text);  // espeak reads up to the terminating NUL
  g_collecting = &pcm;
  const espeak_ERROR error =
      espeak_Synth(copy.c_str(), copy.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
  espeak_Synchronize();
  g_collecting = nullptr;
  if (error != EE_OK) throw SpeechUnavailable("朗读失败 / speech synthesis failed");
  return pcm;
}

std::string WavBytes(const Pcm& pcm) {
  const uint32_t data_bytes = static_cast<uint32_t>(pcm.samples.size() * 2);
  std::string out = "RIFF";
  AppendLe(out, 36 + data_bytes, 4);
  out += "WAVEfmt ";
  AppendLe(out, 16, 4);                                          // fmt chunk size
  AppendLe(out, 1, 2);                                           // PCM
  AppendLe(out, 1, 2);                                           // mono
  AppendLe(out, static_cast<uint32_t>(pcm.sample_rate), 4);      // samples per second
  AppendLe(out, static_cast<uint32_t>(pcm.sample_rate) * 2, 4);  // bytes per second
  AppendLe(out, 2, 2);                                           // block align
  AppendLe(out, 16, 2);                                          // bits per sample
  out += "data";
  AppendLe(out, data_bytes, 4);
  for (int16_t s : pcm.samples) AppendLe(out, static_cast<uint16_t>(s), 2);
  return out;
}

void WriteWav(const std::filesystem::path& path, const Pcm& pcm) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  const std::string bytes = WavBytes(pcm);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("无法写入 " + path.string() + " / cannot write " + path.string());
}

}  // namespace kiosk
