// kiosk/ui/storage_failure_text.h — what a screen says when the kiosk's database fails under a
// resident: the specific sentence of storage_failure.h (locked: try again in a moment; disk full,
// read-only, damaged: tell the staff) in the screen's language, with the cause in the log.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "kiosk/ui/strings.h"

namespace kiosk::ui {

// Logs `action` and the failure's cause (LogStorageFailure), then returns the sentence to show.
// A failure with no sentence of its own (kOther: not the storage's fault) says 系统故障.
std::string StorageFailureMessage(std::string_view action, const std::exception& error, Lang lang);

}  // namespace kiosk::ui
