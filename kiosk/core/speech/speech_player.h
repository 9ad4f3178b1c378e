// kiosk/core/speech/speech_player.h — 朗读 without stalling the screen: a background thread
// synthesises the text (speech_synthesis.h) and plays it through ALSA's default device; a second
// tap (Stop) ends it within one short period of sound.
//
// The UI asks speaking() each frame to label its button (朗读 / 停止朗读) and is woken by the
// `on_change` callback when speech starts or ends. Without a sound device the speech ends at once
// and last_error() says why; nothing else changes.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace kiosk {

class SpeechPlayer {
 public:
  // `device`: ALSA PCM name ("default"). `on_change` runs on the player's thread.
  explicit SpeechPlayer(std::string device = "default", std::function<void()> on_change = {});
  ~SpeechPlayer();  // stops and joins
  SpeechPlayer(const SpeechPlayer&) = delete;
  SpeechPlayer& operator=(const SpeechPlayer&) = delete;

  // Stops whatever is playing, then speaks `text` at `volume_percent` (0-100).
  void Speak(std::string text, int volume_percent);
  void Stop();
  bool speaking() const { return speaking_; }
  std::string last_error() const;

 private:
  void Run(std::string text, int volume_percent);

  std::string device_;
  std::function<void()> on_change_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> speaking_{false};
  mutable std::mutex error_mutex_;
  std::string last_error_;
};

}  // namespace kiosk
