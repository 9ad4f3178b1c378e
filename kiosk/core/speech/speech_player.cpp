// kiosk/core/speech/speech_player.cpp — one thread per utterance, ALSA playback in short periods.
#include "kiosk/core/speech/speech_player.h"

#include <alsa/asoundlib.h>

#include <algorithm>

#include "kiosk/core/speech/speech_synthesis.h"

namespace kiosk {

SpeechPlayer::SpeechPlayer(std::string device, std::function<void()> on_change)
    : device_(std::move(device)), on_change_(std::move(on_change)) {}

SpeechPlayer::~SpeechPlayer() { Stop(); }

void SpeechPlayer::Stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  stop_ = false;
}

void SpeechPlayer::Speak(std::string text, int volume_percent) {
  Stop();
  speaking_ = true;
  if (on_change_) on_change_();
  thread_ = std::thread([this, text = std::move(text), volume_percent] { Run(text, volume_percent); });
}

std::string SpeechPlayer::last_error() const {
  std::lock_guard lock(error_mutex_);
  return last_error_;
}

void SpeechPlayer::Run(std::string text, int volume_percent) {
  std::string error;
  try {
    const Pcm pcm = SynthesizeMandarin(text, volume_percent);
    snd_pcm_t* handle = nullptr;
    int rc = snd_pcm_open(&handle, device_.c_str(), SND_PCM_STREAM_PLAYBACK, 0);
    if (rc >= 0)
      rc = snd_pcm_set_params(handle, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                              static_cast<unsigned>(pcm.sample_rate), 1, 200000);
    if (rc < 0) {
      error = std::string("没有可用的声音设备 / no sound device: ") + snd_strerror(rc);
    } else {
      const size_t period = static_cast<size_t>(pcm.sample_rate / 10);  // 0.1 s: how soon Stop takes effect
      for (size_t at = 0; at < pcm.samples.size() && !stop_;) {
        const size_t n = std::min(period, pcm.samples.size() - at);
        snd_pcm_sframes_t written = snd_pcm_writei(handle, pcm.samples.data() + at, n);
        if (written < 0) written = snd_pcm_recover(handle, static_cast<int>(written), 1);
        if (written < 0) {
          error = std::string("声音播放失败 / playback failed: ") + snd_strerror(static_cast<int>(written));
          break;
        }
        at += static_cast<size_t>(written);
      }
      if (stop_)
        snd_pcm_drop(handle);
      else
        snd_pcm_drain(handle);
    }
    if (handle) snd_pcm_close(handle);
  } catch (const std::exception& e) {
    error = e.what();
  }
  {
    std::lock_guard lock(error_mutex_);
    last_error_ = error;
  }
  speaking_ = false;
  if (on_change_) on_change_();
}

}  // namespace kiosk
