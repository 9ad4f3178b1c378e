// kiosk/ui/screens/result_preview.h — the completed flows a screenshot can start on, reached by
// running the real flow on the demo data (kiosk --screen signup-result|signup-waitlisted|
// volunteer-checked-in|volunteer-checked-out; tools/demo --shots): each with its 好差评 prompt.
#pragma once

#include <optional>
#include <string_view>

#include "kiosk/ui/screen_id.h"

namespace kiosk::ui {

enum class ResultPreview { kSignupConfirmed, kSignupWaitlisted, kCheckedIn, kCheckedOut };

inline std::optional<ResultPreview> ResultPreviewFromName(std::string_view name) {
  if (name == "signup-result") return ResultPreview::kSignupConfirmed;
  if (name == "signup-waitlisted") return ResultPreview::kSignupWaitlisted;
  if (name == "volunteer-checked-in") return ResultPreview::kCheckedIn;
  if (name == "volunteer-checked-out") return ResultPreview::kCheckedOut;
  return std::nullopt;
}

inline bool IsSignupPreview(ResultPreview p) {
  return p == ResultPreview::kSignupConfirmed || p == ResultPreview::kSignupWaitlisted;
}
inline ScreenId ResultPreviewScreen(ResultPreview p) {
  return IsSignupPreview(p) ? ScreenId::kSignup : ScreenId::kVolunteer;
}

}  // namespace kiosk::ui
