// kiosk/core/storage/record_ids.h — globally unique ids for rows recorded at a kiosk (sign-ups,
// check-ins, bookings, outbox operations): "<kiosk-id>-<seq>", e.g. "K01-42".
// The kiosk id and the next local sequence number live in meta ('kiosk_id', 'next_seq').
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

class KioskIdentityError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// 1-32 characters of A-Z a-z 0-9 _ (no '-': it separates the kiosk id from the sequence).
bool IsValidKioskId(std::string_view id);
// Sets this database's kiosk id (1-32 characters of A-Z a-z 0-9 _). Keeps next_seq if present,
// otherwise starts it at 1. Throws KioskIdentityError for an invalid id.
void SetKioskId(db::Database& db, std::string_view kiosk_id);
// The kiosk id from meta. Throws KioskIdentityError if none was set.
std::string KioskId(db::Database& db);
// Returns "<kiosk-id>-<seq>" and advances next_seq. Call it inside the transaction that
// writes the row, so a rolled-back write also gives its number back.
std::string NextRecordId(db::Database& db);
// The kiosk that made a record: "K01-42" -> "K01" (the text before the first '-'; a kiosk id has none).
std::string OriginKioskOf(std::string_view record_id);
// The sequence of a record id: "K01-42" -> 42; 0 when it is not "<kiosk-id>-<digits>".
int64_t RecordSequence(std::string_view record_id);

}  // namespace kiosk
