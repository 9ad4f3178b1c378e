// kiosk/core/feedback/ratings.cpp — recording a rating and its reason, the prompt's rules, and the
// kiosk forgetting ratings the office has acknowledged.
#include "kiosk/core/feedback/ratings.h"

#include <sodium.h>

#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {
namespace {

// The code of the community the activity or room belongs to; '' when it is gone.
std::string SiteCodeOf(db::Database& db, const RatedThing& thing) {
  if (thing.occurrence_id) {
    db::Statement q(db, R"sql(
      SELECT s.code FROM occurrences o JOIN events e ON e.id = o.event_id JOIN sites s ON s.id = e.site_id
      WHERE o.id = ?1)sql");
    q.Bind(1, *thing.occurrence_id);
    return q.Step() ? q.ColumnText(0) : std::string();
  }
  if (thing.room_id) {
    db::Statement q(db, "SELECT s.code FROM rooms r JOIN sites s ON s.id = r.site_id WHERE r.id = ?1");
    q.Bind(1, *thing.room_id);
    return q.Step() ? q.ColumnText(0) : std::string();
  }
  return {};
}

// A rating waits under a local id ("new-" and random hex) until the next batch is written:
// only then does it get a record id and an operation (QueueRatingsForSync), so neither its id
// nor its place in the journal sits next to the sign-up, booking or check-in it followed.
// (Migration 010's CHECK on ratings.waiting_id spells the same prefix.)
constexpr std::string_view kWaitingPrefix = "new-";

std::string WaitingRatingId() {
  unsigned char bytes[12];
  randombytes_buf(bytes, sizeof bytes);
  std::string id(kWaitingPrefix);
  static constexpr char kHex[] = "0123456789abcdef";
  for (const unsigned char byte : bytes) id += {kHex[byte >> 4], kHex[byte & 15]};
  return id;
}

bool IsWaiting(std::string_view rating_id) { return rating_id.starts_with(kWaitingPrefix); }

// The hour, not the minute: a minute would match the sign-up's own time.
LocalDateTime HourOf(LocalDateTime now) {
  now.minute = 0;
  return now;
}

RatingOp OpOf(std::string rating_id, std::string site_code, const RatedThing& thing, RatingChoice choice,
              const LocalDateTime& now) {
  return RatingOp{.rating_id = std::move(rating_id),
                  .flow = thing.flow,
                  .site_code = std::move(site_code),
                  .occurrence_id = thing.occurrence_id,
                  .room_id = thing.room_id,
                  .choice = choice,
                  .reason = std::nullopt,
                  .rated_at = HourOf(now)};
}

}  // namespace

std::string RecordRating(db::Database& db, const RatedThing& thing, RatingChoice choice,
                         const LocalDateTime& now) {
  db::Transaction transaction(db);
  const RatingOp op = OpOf(WaitingRatingId(), SiteCodeOf(db, thing), thing, choice, now);
  Apply(db, op);
  transaction.Commit();
  return op.rating_id;
}

void RecordRatingReason(db::Database& db, const std::string& rating_id, RatingReason reason,
                        const LocalDateTime& now) {
  db::Transaction transaction(db);
  // Found by the id RecordRating returned, which a written batch has since replaced by a record id.
  std::string held_id = rating_id;
  db::Statement renamed(db, "SELECT id FROM ratings WHERE waiting_id = ?1");
  renamed.Bind(1, rating_id);
  if (renamed.Step()) held_id = renamed.ColumnText(0);
  std::optional<RatingOp> op = HeldRating(db, held_id);
  if (!op) return;  // sent and acknowledged since: the office holds it as it was
  op->reason = reason;
  if (Apply(db, *op) == ApplyResult::kApplied && !IsWaiting(op->rating_id))
    AppendOutboxOperation(db, *op, now);  // already sent: the same rating again, with its reason
  transaction.Commit();
}

void QueueRatingsForSync(db::Database& db, const LocalDateTime& now) {
  std::vector<std::string> waiting;
  {
    db::Statement query(db, "SELECT id FROM ratings WHERE id LIKE ?1 ORDER BY random()");
    query.Bind(1, std::string(kWaitingPrefix) + "%");
    while (query.Step()) waiting.push_back(query.ColumnText(0));
  }
  if (waiting.empty()) return;
  db::Transaction transaction(db);
  db::Statement rename(db, "UPDATE ratings SET id = ?2, waiting_id = ?1 WHERE id = ?1");
  for (const std::string& id : waiting) {
    RatingOp op = *HeldRating(db, id);
    op.rating_id = NextRecordId(db);
    rename.BindAll(id, op.rating_id).Run();
    rename.Reset();
    AppendOutboxOperation(db, op, now);
  }
  transaction.Commit();
}

void RatingSession::Choose(db::Database& db, RatingChoice choice, const LocalDateTime& now) {
  if (stage_ != Stage::kAsk) return;
  choice_ = choice;
  stage_ = choice == RatingChoice::kSatisfied ? Stage::kThanks : Stage::kReason;
  rating_id_ = RecordRating(db, thing_, choice, now);
}

void RatingSession::GiveReason(db::Database& db, RatingReason reason, const LocalDateTime& now) {
  if (stage_ != Stage::kReason || !choice_) return;
  stage_ = Stage::kThanks;
  if (!rating_id_.empty()) RecordRatingReason(db, rating_id_, reason, now);
}

void ForgetAcknowledgedRatings(db::Database& db, int64_t acknowledged_seq) {
  std::vector<std::string> acknowledged;
  db::Statement query(db, "SELECT id FROM ratings");
  while (query.Step())
    if (!IsWaiting(query.ColumnText(0)) && RecordSequence(query.ColumnText(0)) <= acknowledged_seq)
      acknowledged.push_back(query.ColumnText(0));
  db::Statement remove(db, "DELETE FROM ratings WHERE id = ?1");
  for (const std::string& id : acknowledged) {
    remove.Bind(1, id).Run();
    remove.Reset();
  }
}

}  // namespace kiosk
