// kiosk/core/feedback/ratings.h — 好差评: after a completed flow (a sign-up's, a booking's, a
// volunteer's check-in or check-out result) the resident may rate it with one tap: 满意 / 基本满意 /
// 不满意, and after 基本满意 or 不满意 may add one reason (等候太久 / 操作太难 / 字太小 /
// 信息不清楚 / 其他). Nothing is ever required: the result screen's countdown and buttons do not
// change, and walking away leaves what was tapped so far.
//
// Rules, as the resident meets them (RatingSession):
//   * One rating per completed flow: the first choice is recorded at once (so a resident who then
//     walks away still counts) and any later choice tap changes nothing (a double tap records one).
//   * One reason, only after 基本满意 or 不满意, recorded as the same rating again with its reason;
//     later reason taps change nothing. Then 谢谢您的评价 and no more buttons.
//   * Anonymous: a rating holds the flow, the site (the activity's or room's community), the
//     activity or room, the choice, the reason and the hour — never a phone, a name, a code, a
//     booking's matter, nor which sign-up, booking or check-in it followed: not the minute (the
//     sign-up's own), and not by its id or its place in the journal, because it gets its record
//     id and its 'rating' operation (rating_operation.h) only when the next batch is written,
//     shuffled with the other ratings waiting (QueueRatingsForSync). The office applies it once.
//     A kiosk keeps its own ratings only until the office acknowledges them
//     (ForgetAcknowledgedRatings).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/core/feedback/rating_operation.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// What was rated: the flow and its activity (sign-up, check-in, check-out) or its room (booking).
struct RatedThing {
  RatedFlow flow = RatedFlow::kSignup;
  std::optional<int64_t> occurrence_id;
  std::optional<int64_t> room_id;
  bool operator==(const RatedThing&) const = default;
};

// Records a new rating of `thing` in one transaction; returns its id. The site is the activity's
// or room's (its code; '' when it is gone); the time is the hour. The rating waits under a random
// local id with no operation until the next batch is written (QueueRatingsForSync). Throws
// db::SqliteError.
std::string RecordRating(db::Database& db, const RatedThing& thing, RatingChoice choice,
                         const LocalDateTime& now);
// Adds `reason` to the rating RecordRating returned `rating_id` for, in one transaction: it travels
// with the rating when still waiting, or as the same rating again when a batch has taken it.
// Nothing when the rating is gone (acknowledged since). Throws db::SqliteError.
void RecordRatingReason(db::Database& db, const std::string& rating_id, RatingReason reason,
                        const LocalDateTime& now);
// Called first by every batch write (sync/batch.h): gives each waiting rating a record id and its
// operation, in random order, in one transaction — so a rating's id and its place in the journal
// say nothing of the sign-up, booking or check-in it followed.
void QueueRatingsForSync(db::Database& db, const LocalDateTime& now);

// One completed flow's rating prompt, as the resident goes through it. Holds no person.
class RatingSession {
 public:
  enum class Stage {
    kNone,    // nothing completed: no prompt
    kAsk,     // 满意 / 基本满意 / 不满意
    kReason,  // after 基本满意 or 不满意: the reasons
    kThanks,  // 谢谢您的评价, no buttons
  };

  RatingSession() = default;
  explicit RatingSession(RatedThing thing) : thing_(thing), stage_(Stage::kAsk) {}

  Stage stage() const { return stage_; }
  const RatedThing& thing() const { return thing_; }
  std::optional<RatingChoice> choice() const { return choice_; }

  // In kAsk: records the rating, then kThanks (满意) or kReason. Otherwise changes nothing.
  // Throws db::SqliteError; the stage moves on anyway (a rating is never worth a second try).
  void Choose(db::Database& db, RatingChoice choice, const LocalDateTime& now);
  // In kReason: records the reason, then kThanks. Otherwise changes nothing. Throws as Choose.
  void GiveReason(db::Database& db, RatingReason reason, const LocalDateTime& now);

 private:
  RatedThing thing_;
  Stage stage_ = Stage::kNone;
  std::optional<RatingChoice> choice_;
  std::string rating_id_;
};

// At a kiosk, after the nightly import: drops its ratings whose sequence the office has
// acknowledged (the office holds them now). Inside the caller's transaction.
void ForgetAcknowledgedRatings(db::Database& db, int64_t acknowledged_seq);

}  // namespace kiosk
