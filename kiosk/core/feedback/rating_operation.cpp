// kiosk/core/feedback/rating_operation.cpp — the 'rating' payload and its Apply (one row per rating,
// the first reason kept).
#include "kiosk/core/feedback/rating_operation.h"

#include <array>
#include <utility>

#include "kiosk/core/storage/outbox_payload.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {
namespace {

constexpr std::array<std::pair<RatedFlow, std::string_view>, 4> kFlows = {
    {{RatedFlow::kSignup, "signup"},
     {RatedFlow::kBooking, "booking"},
     {RatedFlow::kCheckin, "checkin"},
     {RatedFlow::kCheckout, "checkout"}}};
constexpr std::array<std::pair<RatingChoice, std::string_view>, 3> kChoices = {
    {{RatingChoice::kSatisfied, "satisfied"},
     {RatingChoice::kFair, "fair"},
     {RatingChoice::kUnsatisfied, "unsatisfied"}}};
constexpr std::array<std::pair<RatingReason, std::string_view>, 5> kReasons = {
    {{RatingReason::kWaitedTooLong, "waited_too_long"},
     {RatingReason::kHardToUse, "hard_to_use"},
     {RatingReason::kTextTooSmall, "text_too_small"},
     {RatingReason::kInformationUnclear, "information_unclear"},
     {RatingReason::kOther, "other"}}};

template <typename Enum, size_t N>
std::string_view NameOf(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
  for (const auto& [each, name] : names)
    if (each == value) return name;
  return {};
}

// The value named `text`; a MalformedOperation naming `field` when no value has that name.
template <typename Enum, size_t N>
Enum ValueOf(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view text,
             std::string_view op_id, const char* field) {
  for (const auto& [each, name] : names)
    if (name == text) return each;
  throw MalformedOperation(std::string(op_id), field, "unknown value '" + std::string(text) + "'");
}

}  // namespace

std::string_view RatedFlowName(RatedFlow flow) { return NameOf(kFlows, flow); }
std::string_view RatingChoiceName(RatingChoice choice) { return NameOf(kChoices, choice); }
std::string_view RatingReasonName(RatingReason reason) { return NameOf(kReasons, reason); }

std::optional<RatingOp> HeldRating(db::Database& db, std::string_view rating_id) {
  db::Statement q(db, R"sql(
    SELECT id, flow, site_code, occurrence_id, room_id, choice, reason, rated_at FROM ratings WHERE id = ?1)sql");
  q.Bind(1, rating_id);
  if (!q.Step()) return std::nullopt;
  RatingOp op;
  op.rating_id = q.ColumnText(0);
  op.flow = ValueOf(kFlows, q.ColumnText(1), rating_id, "flow");
  op.site_code = q.ColumnText(2);
  if (!q.ColumnIsNull(3)) op.occurrence_id = q.ColumnInt(3);
  if (!q.ColumnIsNull(4)) op.room_id = q.ColumnInt(4);
  op.choice = ValueOf(kChoices, q.ColumnText(5), rating_id, "choice");
  if (!q.ColumnIsNull(6)) op.reason = ValueOf(kReasons, q.ColumnText(6), rating_id, "reason");
  const std::optional<LocalDateTime> at = LocalDateTime::ParseIso(q.ColumnText(7));
  if (!at) throw MalformedOperation(std::string(rating_id), "rated_at", "not a stored time");
  op.rated_at = *at;
  return op;
}

std::string ToJson(const RatingOp& op) {
  std::optional<std::string> reason;
  if (op.reason) reason = std::string(RatingReasonName(*op.reason));
  return PayloadWriter()
      .Text("rating_id", op.rating_id)
      .Text("flow", RatedFlowName(op.flow))
      .Text("site_code", op.site_code)
      .OptionalInt("occurrence_id", op.occurrence_id)
      .OptionalInt("room_id", op.room_id)
      .Text("choice", RatingChoiceName(op.choice))
      .OptionalText("reason", reason)
      .Time("rated_at", op.rated_at)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, RatingOp& op) {
  const PayloadReader in(op_id, payload);
  op.rating_id = in.Text("rating_id");
  if (RecordSequence(op.rating_id) <= 0)
    throw MalformedOperation(std::string(op_id), "rating_id", "not a record id");
  op.flow = ValueOf(kFlows, in.Text("flow"), op_id, "flow");
  op.site_code = in.Text("site_code");
  if (op.site_code.size() > 32) throw MalformedOperation(std::string(op_id), "site_code", "too long");
  op.occurrence_id = in.OptionalInt("occurrence_id");
  op.room_id = in.OptionalInt("room_id");
  op.choice = ValueOf(kChoices, in.Text("choice"), op_id, "choice");
  op.reason.reset();
  if (const std::optional<std::string> reason = in.OptionalText("reason"))
    op.reason = ValueOf(kReasons, *reason, op_id, "reason");
  if (op.reason && op.choice == RatingChoice::kSatisfied)
    throw MalformedOperation(std::string(op_id), "reason", "a reason is asked only after 基本满意 or 不满意");
  op.rated_at = in.Time("rated_at");
}

ApplyResult Apply(db::Database& db, const RatingOp& op) {
  std::optional<std::string> reason;
  if (op.reason) reason = std::string(RatingReasonName(*op.reason));
  db::Statement held(db, "SELECT reason IS NULL FROM ratings WHERE id = ?1");
  held.Bind(1, op.rating_id);
  if (held.Step()) {
    if (!reason || held.ColumnInt(0) == 0) return ApplyResult::kReplayed;
    db::Statement(db, "UPDATE ratings SET reason = ?2 WHERE id = ?1 AND choice <> 'satisfied'")
        .BindAll(op.rating_id, reason)
        .Run();
    return ApplyResult::kApplied;
  }
  db::Statement(db, R"sql(
    INSERT INTO ratings (id, flow, site_code, occurrence_id, room_id, choice, reason, rated_at)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql")
      .BindAll(op.rating_id, RatedFlowName(op.flow), op.site_code, op.occurrence_id, op.room_id,
               RatingChoiceName(op.choice), reason, op.rated_at.Iso())
      .Run();
  return ApplyResult::kApplied;
}

}  // namespace kiosk
