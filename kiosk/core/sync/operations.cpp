// kiosk/core/sync/operations.cpp — parse-by-kind and dispatch over the Operation variant.
#include "kiosk/core/sync/operations.h"

#include <optional>
#include <type_traits>
#include <utility>

namespace kiosk {

namespace {

// Tries each alternative of Operation in turn; the one whose kKind matches reads the payload.
template <size_t... I>
std::optional<Operation> ParseByKind(std::string_view op_id, std::string_view kind, std::string_view payload,
                                     std::index_sequence<I...>) {
  std::optional<Operation> parsed;
  auto try_one = [&]<size_t N>(std::integral_constant<size_t, N>) {
    using Op = std::variant_alternative_t<N, Operation>;
    if (parsed || kind != Op::kKind) return;
    Op op;
    FromJson(op_id, payload, op);
    parsed = std::move(op);
  };
  (try_one(std::integral_constant<size_t, I>{}), ...);
  return parsed;
}

}  // namespace

std::string_view OperationKind(const Operation& op) {
  return std::visit([](const auto& typed) { return std::decay_t<decltype(typed)>::kKind; }, op);
}

ParsedOperation ParseOperation(std::string_view op_id, std::string_view kind, std::string_view payload) {
  try {
    std::optional<Operation> op =
        ParseByKind(op_id, kind, payload, std::make_index_sequence<std::variant_size_v<Operation>>{});
    if (!op)
      return MalformedOperation(std::string(op_id), "kind", "unknown kind '" + std::string(kind) + "'");
    return std::move(*op);
  } catch (const MalformedOperation& error) {
    return error;
  }
}

std::string OperationPayload(const Operation& op) {
  return std::visit([](const auto& typed) { return ToJson(typed); }, op);
}

ApplyResult ApplyOperation(db::Database& db, const Operation& op) {
  return std::visit([&db](const auto& typed) { return Apply(db, typed); }, op);
}

}  // namespace kiosk
