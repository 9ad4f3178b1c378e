#!/bin/bash
# tests/bench/ics_import_memory.sh — peak memory of `kiosk-office import` for iCalendar files of
# 10 MB, 64 MB and the 256 MB cap (a measured run, not a test): generates each file (one-off
# events with a folded 12 KB Chinese DESCRIPTION, as exported by Outlook), imports it into a fresh
# master, and prints events, file size, peak RSS (/usr/bin/time -v) and their ratio.
#
#   tests/bench/ics_import_memory.sh [KIOSK_OFFICE] [MEGABYTES...]
#   default: build/release/tools/kiosk-office, 10 64 256
set -eu
office="${1:-build/release/tools/kiosk-office}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 64 256)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

generate() {  # megabytes file; prints the number of events
  python3 - "$1" "$2" <<'PY'
import sys
target = int(sys.argv[1]) * 1024 * 1024 - 4096  # under the import's cap (kMaxCalendarFileBytes)
body = "社区活动介绍，欢迎居民参加。" * 280
def fold(line):
    b, parts, i = line.encode("utf-8"), [], 0
    while i < len(b):
        j = min(len(b), i + (75 if not parts else 74))
        while j < len(b) and (b[j] & 0xC0) == 0x80:
            j -= 1
        parts.append(("" if not parts else " ") + b[i:j].decode("utf-8"))
        i = j
    return "\r\n".join(parts) + "\r\n"
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
    n = size = 0
    while True:
        day = 1 + n % 28
        event = (f"BEGIN:VEVENT\r\nUID:bench-{n}\r\nSUMMARY:讲座{n}\r\n"
                 f"DTSTART;TZID=Asia/Shanghai:202612{day:02d}T093000\r\n"
                 f"DTEND;TZID=Asia/Shanghai:202612{day:02d}T110000\r\nCATEGORIES:education\r\n"
                 f"X-KIOSK-SITE:fusheng\r\n" + fold("DESCRIPTION:" + body) + "END:VEVENT\r\n")
        if size + len(event.encode()) > target:
            break
        f.write(event)
        size += len(event.encode())
        n += 1
    f.write("END:VCALENDAR\r\n")
print(n)
PY
}

. "$(dirname "$0")/import_memory_run.sh"
printf '%10s %12s %14s %8s %10s\n' events file_bytes peak_rss_bytes ratio seconds
for megabytes in "${sizes[@]}"; do
  ics="$work/cal-$megabytes.ics"
  events=$(generate "$megabytes" "$ics")
  measure_import "$office" "$work" "$ics" "$events" 2026-11-27
done
