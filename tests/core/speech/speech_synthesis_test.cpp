// Read-aloud sound: espeak-ng's Mandarin voice gives non-silent speech whose length follows the
// text, volume scales it, and the WAV file says what it holds.
#include "kiosk/core/speech/speech_synthesis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "kiosk/core/speech/speech_player.h"

namespace kiosk {
namespace {

double Rms(const Pcm& pcm) {
  double sum = 0;
  for (int16_t s : pcm.samples) sum += static_cast<double>(s) * s;
  return pcm.samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(pcm.samples.size()));
}

TEST(SpeechSynthesis, MandarinIsAudibleAndAsLongAsItsText) {
  const Pcm short_text = SynthesizeMandarin("快乐四点半", 100);
  const Pcm long_text =
      SynthesizeMandarin("快乐四点半，免费作业辅导。时间：十二月二日下午四点半。地点：阳光村活动室。", 100);
  EXPECT_GT(short_text.sample_rate, 8000);
  EXPECT_GT(Rms(short_text), 300.0) << "not silence";
  // espeak-ng's cmn voice at the kiosk's rate says about 2-3 characters a second (measured: 5
  // characters 2.7 s, 33 with their pauses 15.6 s); anything outside 1.5-8 a second is wrong.
  std::printf("speech: 5 characters %.1f s, 33 characters %.1f s\n", short_text.seconds(), long_text.seconds());
  EXPECT_GT(short_text.seconds(), 5 / 8.0);
  EXPECT_LT(short_text.seconds(), 5 / 1.5 + 1.0);  // and the silence at both ends
  EXPECT_GT(long_text.seconds(), 33 / 8.0);
  EXPECT_LT(long_text.seconds(), 33 / 1.5 + 3.0);  // and the pauses at the punctuation
}

TEST(SpeechSynthesis, VolumeScalesTheSound) {
  const double loud = Rms(SynthesizeMandarin("社区服务", 100));
  const double quiet = Rms(SynthesizeMandarin("社区服务", 30));
  EXPECT_LT(quiet, loud * 0.6);
  EXPECT_GT(quiet, 0.0);
  EXPECT_EQ(Rms(SynthesizeMandarin("社区服务", 0)), 0.0);
}

TEST(SpeechSynthesis, WavHeaderDescribesTheSamples) {
  Pcm pcm;
  pcm.sample_rate = 22050;
  pcm.samples = {0, 1000, -1000, 32767};
  const std::string wav = WavBytes(pcm);
  ASSERT_EQ(wav.size(), 44u + 8u);
  EXPECT_EQ(wav.substr(0, 4), "RIFF");
  EXPECT_EQ(wav.substr(8, 8), "WAVEfmt ");
  EXPECT_EQ(wav.substr(36, 4), "data");
  EXPECT_EQ(static_cast<unsigned char>(wav[24]) | static_cast<unsigned char>(wav[25]) << 8, 22050);
  EXPECT_EQ(static_cast<unsigned char>(wav[40]), 8u);  // data bytes
  EXPECT_EQ(static_cast<unsigned char>(wav[46]) | static_cast<unsigned char>(wav[47]) << 8, 1000);
}

TEST(SpeechPlayer, WithoutASoundDeviceTheSpeechEndsAndSaysWhy) {
  SpeechPlayer player("kiosk_no_such_device");
  player.Speak("测试", 80);
  for (int i = 0; i < 500 && player.speaking(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_FALSE(player.speaking());
  EXPECT_NE(player.last_error().find("no sound device"), std::string::npos) << player.last_error();
}

TEST(SpeechPlayer, StopEndsSpeechAtOnce) {
  SpeechPlayer player("null");  // ALSA's null device plays at real time into nothing
  player.Speak("这是一段比较长的朗读内容，用来测试停止按钮是否立即生效。", 80);
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  player.Stop();
  EXPECT_FALSE(player.speaking());
}

}  // namespace
}  // namespace kiosk
