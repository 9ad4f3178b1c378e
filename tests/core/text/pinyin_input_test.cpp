// Pinyin input through libgooglepinyin: real candidates from Debian's dictionary.
#include "kiosk/core/text/pinyin_input.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace kiosk {
namespace {

size_t RankOf(const std::vector<PinyinCandidate>& candidates, const std::string& text) {
  const auto it = std::find_if(candidates.begin(), candidates.end(),
                               [&](const PinyinCandidate& c) { return c.text == text; });
  return static_cast<size_t>(it - candidates.begin());
}

TEST(PinyinInput, FullPinyinGivesTheWordFirst) {
  PinyinInput input;
  const auto c = input.Candidates("tiaojie", 10);
  ASSERT_FALSE(c.empty());
  EXPECT_LE(RankOf(c, "调解"), 2u);
  EXPECT_EQ(c[0].letters_used, 7u);
}

TEST(PinyinInput, WordsResidentsSearchFor) {
  PinyinInput input;
  EXPECT_EQ(input.Candidates("huodong", 5).at(0).text, "活动");
  EXPECT_LE(RankOf(input.Candidates("zhiyuan", 5), "志愿"), 1u);
  EXPECT_LE(RankOf(input.Candidates("kl", 5), "快乐"), 2u);  // 快乐4点半
}

TEST(PinyinInput, InitialsGiveTwoCharacterWords) {
  PinyinInput input;
  const auto c = input.Candidates("zy", 8);
  ASSERT_GE(c.size(), 5u);
  EXPECT_LT(RankOf(c, "主要"), c.size());
  EXPECT_LT(RankOf(c, "注意"), c.size());
  for (const auto& candidate : c) EXPECT_EQ(candidate.letters_used, 2u) << candidate.text;
}

TEST(PinyinInput, SingleCharacterCandidatesCoverTheirSyllableOnly) {
  PinyinInput input;
  const auto c = input.Candidates("tiaojie", 10);
  const size_t single = RankOf(c, "条");
  ASSERT_LT(single, c.size());
  EXPECT_EQ(c[single].letters_used, 4u);  // "tiao"; "jie" stays typed
}

TEST(PinyinInput, IgnoresWhatIsNotALetterAndAcceptsCapitals) {
  PinyinInput input;
  EXPECT_EQ(input.Candidates("HuoDong", 3).at(0).text, "活动");
  EXPECT_EQ(input.Candidates("huo-dong 1", 3).at(0).text, "活动");
  EXPECT_TRUE(input.Candidates("", 3).empty());
  EXPECT_TRUE(input.Candidates("123", 3).empty());
  EXPECT_EQ(input.Candidates("huodong", 2).size(), 2u);
}

TEST(PinyinInput, TwoInputsShareTheEngine) {
  PinyinInput a;
  {
    PinyinInput b;
    EXPECT_EQ(b.Candidates("huodong", 1).at(0).text, "活动");
  }
  EXPECT_EQ(a.Candidates("huodong", 1).at(0).text, "活动");  // b closing must not close a's engine
}

TEST(PinyinInput, MissingDictionaryIsATypedErrorNamingThePackage) {
  try {
    PinyinInput input("/nonexistent/dict_pinyin.dat");
    FAIL() << "no error";
  } catch (const PinyinDictionaryMissing& e) {
    EXPECT_NE(std::string(e.what()).find("libgooglepinyin0"), std::string::npos);
  }
}

}  // namespace
}  // namespace kiosk
