// kiosk/core/feedback/rating_operation.h — the 'rating' operation: one resident's optional 好差评
// after a completed flow, ANONYMOUS by construction: the struct has no field that could hold a
// phone, a name, a confirmation code or a booking's matter, nor the id of the sign-up, booking or
// check-in it followed. What a rating is and how the kiosk records one: ratings.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// The flow the rating followed.
enum class RatedFlow { kSignup, kBooking, kCheckin, kCheckout };
// 满意 / 基本满意 / 不满意.
enum class RatingChoice { kSatisfied, kFair, kUnsatisfied };
// 等候太久 / 操作太难 / 字太小 / 信息不清楚 / 其他 (only after 基本满意 or 不满意).
enum class RatingReason { kWaitedTooLong, kHardToUse, kTextTooSmall, kInformationUnclear, kOther };

// The stored words ("signup", "satisfied", "waited_too_long", ...), as the schema's CHECKs list them.
std::string_view RatedFlowName(RatedFlow flow);
std::string_view RatingChoiceName(RatingChoice choice);
std::string_view RatingReasonName(RatingReason reason);

// ---------------------------------------------------------------------------------------------
// 'rating' — a rating, or the same rating again with the reason given after it.
// Payload: rating_id ("K01-42", the rating's own record id), flow ('signup'|'booking'|'checkin'|
//   'checkout'), site_code ('' when the activity or room was gone), occurrence_id (or null),
//   room_id (or null), choice ('satisfied'|'fair'|'unsatisfied'), reason (or null; never with
//   'satisfied'), rated_at
// Apply: a new rating id adds its row to ratings. The same id again is a replay (nothing changes),
//   except that a reason given when the row has none is added: the first reason given is kept.
//   Never a conflict.
struct RatingOp {
  static constexpr std::string_view kKind = "rating";
  std::string rating_id;
  RatedFlow flow = RatedFlow::kSignup;
  std::string site_code;
  std::optional<int64_t> occurrence_id;
  std::optional<int64_t> room_id;
  RatingChoice choice = RatingChoice::kSatisfied;
  std::optional<RatingReason> reason;
  LocalDateTime rated_at;
  bool operator==(const RatingOp&) const = default;
};

// The rating `rating_id` as this database's ratings table holds it; nullopt when it holds none.
std::optional<RatingOp> HeldRating(db::Database& db, std::string_view rating_id);

std::string ToJson(const RatingOp& op);
void FromJson(std::string_view op_id, std::string_view payload, RatingOp& op);
ApplyResult Apply(db::Database& db, const RatingOp& op);

}  // namespace kiosk
