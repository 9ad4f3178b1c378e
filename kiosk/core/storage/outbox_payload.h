// kiosk/core/storage/outbox_payload.h — writing and reading one operation's flat JSON payload, field by
// field, so each operation kind states its fields once (its ToJson / FromJson). Strings are
// escaped correctly (names may hold quotes and newlines); null is an empty optional. Reading
// throws MalformedOperation naming the op id and the field that is missing or of the wrong type.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/time/local_time.h"

namespace kiosk {

class PayloadWriter {
 public:
  PayloadWriter();
  ~PayloadWriter();
  PayloadWriter& Text(const char* key, std::string_view value);
  PayloadWriter& OptionalText(const char* key, const std::optional<std::string>& value);
  PayloadWriter& Int(const char* key, int64_t value);
  PayloadWriter& OptionalInt(const char* key, const std::optional<int64_t>& value);
  PayloadWriter& Bool(const char* key, bool value);
  PayloadWriter& Time(const char* key, const LocalDateTime& value);  // "YYYY-MM-DDTHH:MM"
  std::string str() const;

 private:
  struct Json;
  std::unique_ptr<Json> json_;
};

class PayloadReader {
 public:
  // Throws MalformedOperation (field "") unless `payload` is a JSON object.
  PayloadReader(std::string_view op_id, std::string_view payload);
  ~PayloadReader();
  std::string Text(const char* key) const;
  std::optional<std::string> OptionalText(const char* key) const;  // null or absent: none
  int64_t Int(const char* key) const;
  std::optional<int64_t> OptionalInt(const char* key) const;
  bool Bool(const char* key) const;
  LocalDateTime Time(const char* key) const;
  // Text that must be one of `allowed` (e.g. status 'confirmed'|'waitlisted').
  std::string OneOf(const char* key, std::initializer_list<std::string_view> allowed) const;

 private:
  struct Json;
  std::string op_id_;
  std::unique_ptr<Json> json_;
};

}  // namespace kiosk
