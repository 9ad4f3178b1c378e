# The standard headers nearly every source includes, parsed once per target instead of once per
# file: half of a file's compile time was parsing them (g++ -ftime-report), and the from-scratch
# asan build in CI is the slowest part of the test command.
set(KIOSK_STD_PCH <algorithm> <chrono> <cstdint> <functional> <map> <memory> <optional> <set> <sstream>
    <stdexcept> <string> <string_view> <unordered_map> <utility> <variant> <vector>)

# kiosk_precompile(TARGET [HEADER...]): the standard set plus the target's own heavy headers.
function(kiosk_precompile target)
  target_precompile_headers(${target} PRIVATE ${KIOSK_STD_PCH} ${ARGN})
endfunction()
