// kiosk/core/sync/operations.h — every operation kind the outbox carries, as one variant: parse a
// journal entry by its kind, name a kind, and apply any operation. The office merge reads a
// kiosk's outbox with ParseOperation and calls ApplyOperation in op order — the same Apply the
// kiosk ran, so the two can never disagree about a rule.
//
// Adding a kind is one struct in its domain
// with kKind, ToJson, FromJson and Apply (see signup/signup_operations.h), plus one line in the
// variant below. Arrows point down: sync/ includes the domains; they never include sync/.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "kiosk/core/admin/admin_action_operation.h"
#include "kiosk/core/booking/booking_operations.h"
#include "kiosk/core/feedback/rating_operation.h"
#include "kiosk/core/health/health_operation.h"
#include "kiosk/core/signup/signup_operations.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/volunteer/checkin_operations.h"
#include "kiosk/core/volunteer/correct_hours_operation.h"

namespace kiosk {

using Operation = std::variant<SignUpOp, CancelSignUpOp, PromoteOp, CheckinOp, CheckoutOp,  //
                               BookOp, CancelBookingOp, ArriveOp, ReleaseNoShowOp,          //
                               CorrectHoursOp, AdminActionOp, HealthOp, RatingOp>;

// The outbox kind text of an operation: "signup", "cancel_signup", ...
std::string_view OperationKind(const Operation& op);

// The operation of one journal entry, or a MalformedOperation naming the op id and the field
// (an unknown kind names the field "kind"). Never throws for bad input.
using ParsedOperation = std::variant<Operation, MalformedOperation>;
ParsedOperation ParseOperation(std::string_view op_id, std::string_view kind, std::string_view payload);

// The payload JSON of an operation (the same text the kiosk appended).
std::string OperationPayload(const Operation& op);

// Applies any operation by its kind's rule, inside the caller's transaction.
ApplyResult ApplyOperation(db::Database& db, const Operation& op);

}  // namespace kiosk
