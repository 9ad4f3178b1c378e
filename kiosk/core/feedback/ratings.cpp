// kiosk/core/feedback/ratings.cpp — recording a rating and its reason, the prompt's rules, and the
// kiosk forgetting ratings the office has acknowledged.
#include "kiosk/core/feedback/ratings.h"

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

void ApplyAndAppend(db::Database& db, const RatingOp& op, const LocalDateTime& now) {
  Apply(db, op);
  AppendOutboxOperation(db, op, now);
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
                  .rated_at = now};
}

}  // namespace

std::string RecordRating(db::Database& db, const RatedThing& thing, RatingChoice choice,
                         const LocalDateTime& now) {
  db::Transaction transaction(db);
  const RatingOp op = OpOf(NextRecordId(db), SiteCodeOf(db, thing), thing, choice, now);
  ApplyAndAppend(db, op, now);
  transaction.Commit();
  return op.rating_id;
}

void RecordRatingReason(db::Database& db, const std::string& rating_id, const RatedThing& thing,
                        RatingChoice choice, RatingReason reason, const LocalDateTime& now) {
  db::Transaction transaction(db);
  RatingOp op = OpOf(rating_id, SiteCodeOf(db, thing), thing, choice, now);
  // The minute of the rating itself, when the kiosk still holds it (the reason comes seconds later).
  db::Statement held(db, "SELECT rated_at, site_code FROM ratings WHERE id = ?1");
  held.Bind(1, rating_id);
  if (held.Step()) {
    op.rated_at = LocalDateTime::ParseIso(held.ColumnText(0)).value_or(now);
    op.site_code = held.ColumnText(1);
  }
  op.reason = reason;
  ApplyAndAppend(db, op, now);
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
  if (!rating_id_.empty()) RecordRatingReason(db, rating_id_, thing_, *choice_, reason, now);
}

void ForgetAcknowledgedRatings(db::Database& db, int64_t acknowledged_seq) {
  std::vector<std::string> acknowledged;
  db::Statement query(db, "SELECT id FROM ratings");
  while (query.Step())
    if (RecordSequence(query.ColumnText(0)) <= acknowledged_seq) acknowledged.push_back(query.ColumnText(0));
  db::Statement remove(db, "DELETE FROM ratings WHERE id = ?1");
  for (const std::string& id : acknowledged) {
    remove.Bind(1, id).Run();
    remove.Reset();
  }
}

}  // namespace kiosk
