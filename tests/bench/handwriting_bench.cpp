// Handwriting: Zinnia's time to recognise one character written with a finger (the pad recognises
// when a finger lifts, so this is the wait after each stroke). Characters of the demo's titles,
// from hanzi-writer-data medians jittered like touch input (tests/core/handwriting/finger_ink.h).
#include <benchmark/benchmark.h>

#include <random>

#include "../core/handwriting/finger_ink.h"
#include "kiosk/core/handwriting/handwriting_recognizer.h"

namespace kiosk {
namespace {

void BM_RecognizeOneCharacter(benchmark::State& state) {
  const auto dir = testing::HanziWriterDataDir();
  std::vector<Ink> inks;
  std::mt19937 rng(5);
  for (const std::string& ch : testing::DemoTitleCharacters(KIOSK_DEMO_DIR))
    inks.push_back(testing::FingerInk(testing::HanziMedians(dir, ch), 400, rng));
  const HandwritingRecognizer recognizer;
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(recognizer.Recognize(inks[i], 10));
    i = (i + 1) % inks.size();
  }
  state.SetLabel(std::to_string(inks.size()) + " demo characters, top 10");
}
BENCHMARK(BM_RecognizeOneCharacter)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kiosk
