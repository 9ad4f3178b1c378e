// tests/core/journal_test_support.h — the office side of an operation test: a kiosk's unacknowledged
// journal parsed and applied, in order, to another database through the one dispatch the merge uses.
#pragma once

#include <gtest/gtest.h>

#include <variant>
#include <vector>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/sync/operations.h"

namespace kiosk::testing {

// Each operation's result; a journal entry that does not parse fails the test.
inline std::vector<ApplyResult> ApplyJournal(db::Database& from, db::Database& to) {
  std::vector<ApplyResult> results;
  for (const OutboxEntry& e : UnacknowledgedOperations(from)) {
    const ParsedOperation parsed = ParseOperation(e.op_id, e.kind, e.payload);
    EXPECT_TRUE(std::holds_alternative<Operation>(parsed)) << e.kind << " " << e.payload;
    if (const auto* op = std::get_if<Operation>(&parsed)) results.push_back(ApplyOperation(to, *op));
  }
  return results;
}

}  // namespace kiosk::testing
