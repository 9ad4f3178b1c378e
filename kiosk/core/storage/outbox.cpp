// kiosk/core/storage/outbox.cpp — JSON payloads and appending operations to the outbox table.
#include "kiosk/core/storage/outbox.h"

#include <cstdio>

#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

namespace {

void AppendJsonString(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;  // UTF-8 passes through unchanged: JSON text is UTF-8
        }
    }
  }
  out += '"';
}

}  // namespace

std::string_view OutboxKindName(OutboxKind kind) {
  switch (kind) {
    case OutboxKind::kSignup:
      return "signup";
    case OutboxKind::kCancelSignup:
      return "cancel_signup";
    case OutboxKind::kPromote:
      return "promote";
    case OutboxKind::kCheckin:
      return "checkin";
    case OutboxKind::kCheckout:
      return "checkout";
    case OutboxKind::kBook:
      return "book";
    case OutboxKind::kCancelBooking:
      return "cancel_booking";
  }
  return "unknown";
}

void JsonObject::Key(std::string_view key) {
  if (body_.size() > 1) body_ += ',';
  AppendJsonString(body_, key);
  body_ += ':';
}

JsonObject& JsonObject::AddText(std::string_view key, std::string_view value) {
  Key(key);
  AppendJsonString(body_, value);
  return *this;
}

JsonObject& JsonObject::AddOptionalText(std::string_view key, const std::optional<std::string>& value) {
  return value ? AddText(key, *value) : AddNull(key);
}

JsonObject& JsonObject::AddInt(std::string_view key, int64_t value) {
  Key(key);
  body_ += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::AddOptionalInt(std::string_view key, const std::optional<int64_t>& value) {
  return value ? AddInt(key, *value) : AddNull(key);
}

JsonObject& JsonObject::AddBool(std::string_view key, bool value) {
  Key(key);
  body_ += value ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::AddNull(std::string_view key) {
  Key(key);
  body_ += "null";
  return *this;
}

std::string AppendOutboxOperation(db::Database& db, OutboxKind kind, const JsonObject& payload,
                                  const LocalDateTime& now) {
  std::string op_id = NextRecordId(db);
  db::Statement(db, "INSERT INTO outbox(op_id, kind, payload, created_at) VALUES(?1, ?2, ?3, ?4)")
      .BindAll(op_id, OutboxKindName(kind), payload.str(), now.Iso())
      .Run();
  return op_id;
}

}  // namespace kiosk
