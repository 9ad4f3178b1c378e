// Handwriting recognition through Zinnia and Debian's Simplified Chinese model: synthetic strokes
// and characters written as a finger would (hanzi-writer-data medians, jittered).
#include "kiosk/core/handwriting/handwriting_recognizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "tests/core/handwriting/finger_ink.h"

namespace kiosk {
namespace {

bool InTop(const std::vector<HandwritingCandidate>& c, const std::string& text, size_t n) {
  for (size_t i = 0; i < c.size() && i < n; ++i)
    if (c[i].text == text) return true;
  return false;
}

InkStroke Line(float x0, float y0, float x1, float y1) {
  InkStroke s;
  for (int i = 0; i <= 20; ++i) {
    const float t = static_cast<float>(i) / 20.0f;
    s.push_back({x0 + (x1 - x0) * t, y0 + (y1 - y0) * t});
  }
  return s;
}

TEST(HandwritingRecognizer, HorizontalLinesAreOneTwoThree) {
  HandwritingRecognizer recognizer;
  EXPECT_TRUE(InTop(recognizer.Recognize({Line(40, 150, 260, 150)}, 5), "一", 5));
  EXPECT_TRUE(InTop(recognizer.Recognize({Line(70, 100, 230, 100), Line(40, 200, 260, 200)}, 5), "二", 5));
  EXPECT_TRUE(InTop(
      recognizer.Recognize({Line(70, 70, 230, 70), Line(90, 150, 210, 150), Line(40, 240, 260, 240)}, 5),
      "三", 5));
}

TEST(HandwritingRecognizer, CrossIsTen) {
  HandwritingRecognizer recognizer;
  const auto c = recognizer.Recognize({Line(40, 150, 260, 150), Line(150, 30, 150, 280)}, 5);
  EXPECT_TRUE(InTop(c, "十", 5));
}

TEST(HandwritingRecognizer, SizeAndPlaceOnThePadDoNotMatter) {
  HandwritingRecognizer recognizer;
  const Ink big = {Line(40, 150, 260, 150), Line(150, 30, 150, 280)};
  Ink small;
  for (const InkStroke& s : big) {
    InkStroke t;
    for (const InkPoint& p : s) t.push_back({p.x / 4 + 500, p.y / 4 + 20});
    small.push_back(t);
  }
  const auto a = recognizer.Recognize(big, 3), b = recognizer.Recognize(small, 3);
  ASSERT_FALSE(a.empty());
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text, b[i].text);
}

TEST(HandwritingRecognizer, CandidatesBestFirstAtMostMax) {
  HandwritingRecognizer recognizer;
  const auto c = recognizer.Recognize({Line(40, 150, 260, 150), Line(150, 30, 150, 280)}, 8);
  ASSERT_EQ(c.size(), 8u);
  for (size_t i = 1; i < c.size(); ++i) EXPECT_GE(c[i - 1].score, c[i].score);
}

TEST(HandwritingRecognizer, EmptyInkGivesNothing) {
  HandwritingRecognizer recognizer;
  EXPECT_TRUE(recognizer.Recognize({}, 5).empty());
  EXPECT_TRUE(recognizer.Recognize({InkStroke{}}, 5).empty());
  EXPECT_TRUE(recognizer.Recognize({Line(0, 0, 10, 10)}, 0).empty());
}

TEST(HandwritingRecognizer, MissingModelNamesThePackage) {
  try {
    HandwritingRecognizer recognizer("/nonexistent/handwriting.model");
    FAIL() << "opened a model that does not exist";
  } catch (const HandwritingModelMissing& e) {
    EXPECT_NE(std::string(e.what()).find("tegaki-zinnia-simplified-chinese"), std::string::npos);
  }
}

// The floor is set from the measurement: a finger's strokes of every
// character in the demo's titles, three jittered writings each, top-5.
TEST(HandwritingRecognizer, DemoTitleCharactersWrittenByFingerAreInTheTopFive) {
  const auto dir = testing::HanziWriterDataDir();  // throws, and the test fails, when npm cannot fetch it
  const auto characters = testing::DemoTitleCharacters(KIOSK_DEMO_DIR);
  ASSERT_GT(characters.size(), 150u);
  HandwritingRecognizer recognizer;
  std::mt19937 rng(11);
  size_t tries = 0, top1 = 0, top5 = 0;
  std::string missed;
  for (const std::string& ch : characters) {
    const auto medians = testing::HanziMedians(dir, ch);
    for (int k = 0; k < 3; ++k) {
      const auto c = recognizer.Recognize(testing::FingerInk(medians, 400, rng), 5);
      ++tries;
      top1 += !c.empty() && c[0].text == ch;
      if (InTop(c, ch, 5))
        ++top5;
      else if (k == 0)
        missed += ch;
    }
  }
  const double n = static_cast<double>(tries);
  const double top5_rate = static_cast<double>(top5) / n, top1_rate = static_cast<double>(top1) / n;
  std::printf("handwriting: %zu characters x3, top-1 %.1f%%, top-5 %.1f%%; missed (first try): %s\n",
              characters.size(), top1_rate * 100, top5_rate * 100, missed.c_str());
  EXPECT_GE(top5_rate, 0.80) << missed;  // measured 82.4 % (top-1 72.5 %) with seed 11
}

}  // namespace
}  // namespace kiosk
