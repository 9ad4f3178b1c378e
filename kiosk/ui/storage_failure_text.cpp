// kiosk/ui/storage_failure_text.cpp — a storage failure to the sentence a screen shows.
#include "kiosk/ui/storage_failure_text.h"

#include "kiosk/core/storage/storage_failure.h"

namespace kiosk::ui {

std::string StorageFailureMessage(std::string_view action, const std::exception& error, Lang lang) {
  LogStorageFailure(action, error);
  const StorageFailure failure = DescribeStorageFailure(error);
  const std::string said = lang == Lang::kZh ? failure.zh : failure.en;
  switch (failure.kind) {
    case StorageFailureKind::kLocked:  // its sentence already says: try again in a moment
    case StorageFailureKind::kTimedOut:
      return said;
    case StorageFailureKind::kDiskFull:  // nothing a resident can do: the staff can
    case StorageFailureKind::kReadOnly:
    case StorageFailureKind::kDamaged:
      return said + Tr(Str::kStorageFailureTellStaff, lang);
    case StorageFailureKind::kNotKioskDatabase:  // found at start, before any screen: not at a write
    case StorageFailureKind::kTooNew:
    case StorageFailureKind::kMissing:
    case StorageFailureKind::kOther:
      break;
  }
  return Tr(Str::kSystemError, lang);
}

}  // namespace kiosk::ui
