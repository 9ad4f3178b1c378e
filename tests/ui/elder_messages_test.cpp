// Plain errors (issue 11, item 9): every message a public screen can show — an outcome, a refusal,
// an empty list — is listed here with its screen, and each is one short sentence that says what to
// do next, in Chinese and in English. A new message belongs in this list.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/text/utf8.h"
#include "kiosk/ui/strings.h"

namespace kiosk::ui {
namespace {

struct Message {
  Str id;
  const char* screen;
};

const std::vector<Message>& PublicMessages() {
  static const std::vector<Message> messages = {
      {Str::kHomeNothingToday, "home"},
      {Str::kCalNothingOnDay, "calendar-day"},
      {Str::kSearchNoResults, "search"},
      {Str::kSearchMore, "search"},
      {Str::kSearchNoPinyin, "search"},
      {Str::kDetailGone, "detail"},
      {Str::kComingSoonBody, "placeholder"},
      {Str::kPhoneTooShort, "signup / mine / volunteer / booking keypad"},
      {Str::kPhoneInvalid, "signup / mine / volunteer / booking keypad"},
      {Str::kSystemError, "every flow"},
      {Str::kSignupNoneOpen, "signup pick"},
      {Str::kNameNoPinyin, "signup name"},
      {Str::kNameInvalid, "signup name"},
      {Str::kSignupNotOpen, "signup result"},
      {Str::kSignupClosed, "signup result"},
      {Str::kSignupOver, "signup result"},
      {Str::kSignupCancelled, "signup result"},
      {Str::kMyNone, "mine"},
      {Str::kCancelNotFound, "mine cancel"},
      {Str::kCancelConflict, "mine cancel"},
      {Str::kCancelOver, "mine cancel"},
      {Str::kVolunteerNotFound, "volunteer"},
      {Str::kVolunteerInactive, "volunteer"},
      {Str::kScanNotRecognised, "volunteer"},
      {Str::kNoDuties, "volunteer duties"},
      {Str::kCheckInFrom, "volunteer duties"},
      {Str::kAutoClosed, "volunteer duties"},
      {Str::kNotCheckedIn, "volunteer duties"},
      {Str::kNotOnDuty, "volunteer duties"},
      {Str::kBookingNoRooms, "booking rooms"},
      {Str::kBookingTaken, "booking confirm"},
      {Str::kBookingLimit, "booking confirm"},
      {Str::kBookingClosedDay, "booking confirm"},
      {Str::kBookingOutsideHours, "booking confirm"},
      {Str::kBookingPast, "booking confirm"},
      {Str::kBookingTooLong, "booking confirm"},
      {Str::kBookingBeyond, "booking confirm"},
      {Str::kBookingUnknownRoom, "booking confirm"},
      {Str::kArriveDone, "booking arrive"},
      {Str::kArriveNotFound, "booking arrive"},
      {Str::kArriveTooEarly, "booking arrive"},
  };
  return messages;
}

// Words that tell the reader what to do (or that nothing needs doing).
bool SaysWhatToDo(std::string_view text, Lang lang) {
  static const std::vector<std::string_view> zh = {"请", "可", "再",   "另选", "联系", "点",
                                                   "看", "先", "不用", "无需", "稍候"};
  static const std::vector<std::string_view> en = {
      "please", "Please",    "tap",   "Tap",  "try",     "choose",     "ask",  "see",
      "keep",   "come back", "Enter", "type", "no need", "nothing to", "wait", "check"};
  for (std::string_view word : lang == Lang::kZh ? zh : en)
    if (text.find(word) != std::string_view::npos) return true;
  return false;
}

// One sentence: no sentence end before the last character.
bool OneSentence(std::string_view text, Lang lang) {
  if (lang == Lang::kZh) {
    size_t ends = 0;
    ForEachCodePoint(text,
                     [&](char32_t c, std::string_view) { ends += (c == U'。' || c == U'！' || c == U'？'); });
    const bool ends_with_stop = text.ends_with("。") || text.ends_with("！") || text.ends_with("？");
    return ends <= (ends_with_stop ? 1u : 0u);
  }
  for (std::string_view stop : {". ", "! ", "? "})
    if (text.find(stop) != std::string_view::npos) return false;
  return true;
}

TEST(ElderMessages, EveryPublicMessageIsOneShortSentenceThatSaysWhatToDo) {
  for (const Message& m : PublicMessages())
    for (Lang lang : {Lang::kZh, Lang::kEn}) {
      const std::string_view text = Tr(m.id, lang);
      const std::string where = std::string(m.screen) + ": 「" + std::string(text) + "」";
      EXPECT_TRUE(OneSentence(text, lang)) << where << " is more than one sentence";
      EXPECT_TRUE(SaysWhatToDo(text, lang)) << where << " does not say what to do next";
      const size_t limit = lang == Lang::kZh ? 40 : 110;  // characters: one glance on the kiosk
      EXPECT_LE(CountCodePoints(text), limit) << where << " is longer than " << limit << " characters";
    }
}

TEST(ElderMessages, TheCheckCatchesAMessageThatOnlyStatesAProblem) {
  EXPECT_FALSE(SaysWhatToDo("报名已截止", Lang::kZh));
  EXPECT_FALSE(OneSentence("已登记到达。请在门口稍候。", Lang::kZh));
  EXPECT_FALSE(OneSentence("It is too early. Come back later.", Lang::kEn));
}

}  // namespace
}  // namespace kiosk::ui
