// tests/fuzz/fuzz_batch_ops.cpp — libFuzzer target for the batch reader's per-row parse: any kind
// and payload bytes through ParseOperation. It must never crash, and an operation it accepts must
// read back the same from the payload it writes (the office stores what it parsed).
//
// Input: "<kind>\n<payload>" (a kind the fuzzer may mangle too).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "kiosk/core/sync/operations.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  const std::string_view kind =
      newline == std::string_view::npos ? std::string_view() : input.substr(0, newline);
  const std::string_view payload = newline == std::string_view::npos ? input : input.substr(newline + 1);
  const kiosk::ParsedOperation parsed = kiosk::ParseOperation("K01-7", kind, payload);
  if (const auto* op = std::get_if<kiosk::Operation>(&parsed)) {
    const std::string written = kiosk::OperationPayload(*op);
    const kiosk::ParsedOperation again = kiosk::ParseOperation("K01-7", kind, written);
    const auto* op_again = std::get_if<kiosk::Operation>(&again);
    if (op_again == nullptr || kiosk::OperationPayload(*op_again) != written) std::abort();
  }
  return 0;
}
