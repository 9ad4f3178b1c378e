// kiosk/core/sync/export_contents.h — what an export holds, in one place for the office that
// publishes it and the kiosk that imports it. An export is the master's schema (same
// user_version) with the office-only ledgers emptied; phones appear only as keyed hashes plus
// the last four digits, as everywhere in the schema.
#pragma once

#include <array>
#include <string_view>

namespace kiosk::sync {

// The tables a kiosk replaces wholesale from an export, parents before children.
inline constexpr std::array<std::string_view, 14> kExportedTables = {
    "sites",       "rooms",      "room_hours", "room_closures", "categories", "organizers",    "events",
    "occurrences", "volunteers", "signups",    "checkins",      "bookings",   "booking_slots", "kiosk_acks"};

// Tables the office keeps to itself (emptied in the export) and a kiosk keeps to itself (its
// journal, its sync log, its admin PIN lock and audit log, its health, its ratings until
// acknowledged; the office holds every kiosk's audit log, latest health and ratings, merged from
// their batches).
inline constexpr std::array<std::string_view, 8> kUnexportedTables = {
    "merged_ops",      "merged_batches", "outbox",       "sync_log",
    "admin_pin_state", "admin_audit",    "kiosk_health", "ratings"};

// meta keys that describe one database rather than the district: never copied between them.
inline constexpr std::array<std::string_view, 3> kLocalMetaKeys = {"kiosk_id", "next_seq",
                                                                   "acknowledged_seq"};

// The LATEST file: "NNNNNN sha256 size\n".
inline constexpr std::string_view kLatestName = "LATEST";

}  // namespace kiosk::sync
