// kiosk/core/storage/outbox_payload.cpp — PayloadWriter / PayloadReader on nlohmann::json (the only file
// that includes it: it compiles slowly).
#include "kiosk/core/storage/outbox_payload.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/core/storage/outbox.h"

namespace kiosk {

struct PayloadWriter::Json {
  nlohmann::ordered_json value = nlohmann::ordered_json::object();  // fields in the order written
};

PayloadWriter::PayloadWriter() : json_(std::make_unique<Json>()) {}
PayloadWriter::~PayloadWriter() = default;

PayloadWriter& PayloadWriter::Text(const char* key, std::string_view value) {
  json_->value[key] = std::string(value);
  return *this;
}

PayloadWriter& PayloadWriter::OptionalText(const char* key, const std::optional<std::string>& value) {
  if (value) return Text(key, *value);
  json_->value[key] = nullptr;
  return *this;
}

PayloadWriter& PayloadWriter::Int(const char* key, int64_t value) {
  json_->value[key] = value;
  return *this;
}

PayloadWriter& PayloadWriter::OptionalInt(const char* key, const std::optional<int64_t>& value) {
  if (value) return Int(key, *value);
  json_->value[key] = nullptr;
  return *this;
}

PayloadWriter& PayloadWriter::Bool(const char* key, bool value) {
  json_->value[key] = value;
  return *this;
}

PayloadWriter& PayloadWriter::Time(const char* key, const LocalDateTime& value) {
  return Text(key, value.Iso());
}

// Invalid UTF-8 (never produced by the kiosk's checked names) is replaced rather than thrown on.
std::string PayloadWriter::str() const {
  return json_->value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

struct PayloadReader::Json {
  nlohmann::json value;
};

PayloadReader::PayloadReader(std::string_view op_id, std::string_view payload)
    : op_id_(op_id), json_(std::make_unique<Json>()) {
  json_->value = nlohmann::json::parse(payload, nullptr, /*allow_exceptions=*/false);
  if (!json_->value.is_object()) throw MalformedOperation(op_id_, "", "not a JSON object");
}

PayloadReader::~PayloadReader() = default;

namespace {

const nlohmann::json& Field(const nlohmann::json& object, const std::string& op_id, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) throw MalformedOperation(op_id, key, "missing");
  return *it;
}

}  // namespace

std::string PayloadReader::Text(const char* key) const {
  const nlohmann::json& value = Field(json_->value, op_id_, key);
  if (!value.is_string()) throw MalformedOperation(op_id_, key, "expected text");
  return value.get<std::string>();
}

std::optional<std::string> PayloadReader::OptionalText(const char* key) const {
  const auto it = json_->value.find(key);
  if (it == json_->value.end() || it->is_null()) return std::nullopt;
  return Text(key);
}

int64_t PayloadReader::Int(const char* key) const {
  const nlohmann::json& value = Field(json_->value, op_id_, key);
  if (!value.is_number_integer()) throw MalformedOperation(op_id_, key, "expected a whole number");
  return value.get<int64_t>();
}

std::optional<int64_t> PayloadReader::OptionalInt(const char* key) const {
  const auto it = json_->value.find(key);
  if (it == json_->value.end() || it->is_null()) return std::nullopt;
  return Int(key);
}

bool PayloadReader::Bool(const char* key) const {
  const nlohmann::json& value = Field(json_->value, op_id_, key);
  if (!value.is_boolean()) throw MalformedOperation(op_id_, key, "expected true or false");
  return value.get<bool>();
}

LocalDateTime PayloadReader::Time(const char* key) const {
  // The years the office import accepts too (calendar_import/recurrence.h, kLastCalendarYear): a
  // batch claiming year 9999 is a mistake or an attack, never a sign-up.
  constexpr int kLastOperationYear = 2200;
  const std::string text = Text(key);
  const std::optional<LocalDateTime> time = LocalDateTime::ParseIso(text);
  if (!time || time->Iso() != text) throw MalformedOperation(op_id_, key, "expected YYYY-MM-DDTHH:MM");
  if (time->date.year > kLastOperationYear)
    throw MalformedOperation(op_id_, key, "a date after " + std::to_string(kLastOperationYear));
  return *time;
}

std::string PayloadReader::OneOf(const char* key, std::initializer_list<std::string_view> allowed) const {
  std::string text = Text(key);
  if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
    std::string expected;
    for (const std::string_view a : allowed) {
      if (!expected.empty()) expected += '|';
      expected += a;
    }
    throw MalformedOperation(op_id_, key, "expected " + expected);
  }
  return text;
}

}  // namespace kiosk
