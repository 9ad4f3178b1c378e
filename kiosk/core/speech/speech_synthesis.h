// kiosk/core/speech/speech_synthesis.h — Mandarin text to sound for 朗读 (read-aloud): espeak-ng
// with its cmn voice, synthesised into 16-bit mono PCM in memory, and that PCM as a WAV file.
//
// Implements:
//   SpeechUnavailable   espeak-ng or its cmn voice could not be loaded (names the package)
//   Pcm                 mono 16-bit samples and their rate
//   SynthesizeMandarin  text -> Pcm at a volume (0-100 %)
//   WavBytes, WriteWav  a Pcm as a RIFF/WAVE file
//
// espeak-ng keeps one engine per process: calls are serialised by a lock inside, so the player's
// background thread and the UI thread may both synthesise.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

class SpeechUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Pcm {
  int sample_rate = 0;
  std::vector<int16_t> samples;  // mono
  double seconds() const { return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate : 0; }
};

// `volume_percent` 0-100 (kiosk.toml read_aloud_volume); 0 gives silence of the same length.
// Throws SpeechUnavailable.
Pcm SynthesizeMandarin(std::string_view text, int volume_percent);

std::string WavBytes(const Pcm& pcm);
// Throws std::runtime_error naming the path when it cannot be written.
void WriteWav(const std::filesystem::path& path, const Pcm& pcm);

}  // namespace kiosk
