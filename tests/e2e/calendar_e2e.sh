#!/bin/bash
# tests/e2e/calendar_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# Screenshots of the calendar's views from the real `kiosk` binary on private Xvfb servers:
# month, week, day, detail, search and filters, each in landscape 1920x1080, portrait 1080x1920
# and 大字; each PNG must have the right size and not be blank, and 大字 must differ from normal.
# Set KIOSK_E2E_SHOTS=DIR to keep the PNGs (to look at them). Exits non-zero when a check fails.
set -uo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR" >&2
  exit 2
fi
kiosk="$1" make_db="$2" demo_dir="$3"
today_date="2026-11-27"
today="${today_date}T09:30"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
unset WAYLAND_DISPLAY

work="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-cal-e2e.XXXXXX")"
shots="${KIOSK_E2E_SHOTS:-$work/shots}"
mkdir -p "$shots"
background_pids=()
cleanup() {
  local pid
  for pid in "${background_pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${background_pids[@]}"; do wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
show() { sed 's/^/    | /' "$1" | head -20; }

start_xvfb() {  # start_xvfb WxH VAR
  local size="$1" var="$2" fd_file="$work/xvfb-$1.display" i
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$fd_file" 2>"$work/xvfb-$size.log" &
  background_pids+=($!)
  for ((i = 0; i < 100; i++)); do
    [[ -s "$fd_file" ]] && break
    sleep 0.1
  done
  [[ -s "$fd_file" ]] || { echo "FAIL: Xvfb $size did not start"; exit 1; }
  printf -v "$var" ':%s' "$(head -n1 "$fd_file")"
}

check_png() {  # check_png NAME FILE WIDTH HEIGHT
  local name="$1" file="$2" width="$3" height="$4" size stddev colours
  if [[ ! -s "$file" ]]; then
    fail "$name: no PNG written"
    return
  fi
  size=$(identify -format '%wx%h' "$file" 2>&1)
  stddev=$(convert "$file" -format '%[fx:standard_deviation]' info: 2>&1)
  colours=$(identify -format '%k' "$file" 2>&1)
  if [[ "$size" != "${width}x${height}" ]]; then
    fail "$name: size $size, want ${width}x${height}"
  elif ! awk -v s="$stddev" -v c="$colours" 'BEGIN { exit !(s > 0.03 && c > 64) }'; then
    fail "$name: looks blank (standard deviation $stddev, $colours colours)"
  else
    pass "$name: ${size}, standard deviation $stddev, $colours colours"
  fi
}

shoot() {  # shoot DISPLAY OUT ARGS...
  local display="$1" out="$2"
  shift 2
  if ! DISPLAY="$display" timeout 120 "$kiosk" --db "$db" --today "$today" --screenshot "$out" "$@" \
    >"$work/shot.log" 2>&1; then
    fail "kiosk --screenshot $out $*"
    show "$work/shot.log"
  fi
}

echo "== calendar e2e: $kiosk =="
start_xvfb 1920x1080 landscape
start_xvfb 1080x1920 portrait
db="$work/demo.db"
if ! "$make_db" "$db" --demo-dir "$demo_dir" --today "$today_date" >"$work/make_db.log" 2>&1; then
  fail "kiosk-make-demo-db"
  show "$work/make_db.log"
  exit 1
fi

for view in calendar calendar-week calendar-day detail search calendar-filters; do
  shoot "$landscape" "$shots/$view.png" --screen "$view"
  check_png "$view, landscape" "$shots/$view.png" 1920 1080
  shoot "$portrait" "$shots/$view-portrait.png" --screen "$view"
  check_png "$view, portrait" "$shots/$view-portrait.png" 1080 1920
  shoot "$landscape" "$shots/$view-large.png" --screen "$view" --large-text
  check_png "$view, 大字" "$shots/$view-large.png" 1920 1080
  if [[ -s "$shots/$view.png" && -s "$shots/$view-large.png" ]]; then
    differing=$(compare -metric AE "$shots/$view.png" "$shots/$view-large.png" null: 2>&1 || true)
    if awk -v d="$differing" 'BEGIN { exit !(d + 0 > 10000) }'; then
      pass "$view: 大字 changes the picture ($differing pixels differ)"
    else
      fail "$view: 大字 screenshot is (nearly) the same as normal ($differing pixels differ)"
    fi
  fi
done
# The views differ from one another (a view name that silently fell back would not).
if [[ -s "$shots/calendar.png" && -s "$shots/calendar-week.png" ]]; then
  differing=$(compare -metric AE "$shots/calendar.png" "$shots/calendar-week.png" null: 2>&1 || true)
  if awk -v d="$differing" 'BEGIN { exit !(d + 0 > 10000) }'; then
    pass "week view differs from month view ($differing pixels)"
  else
    fail "week view looks like the month view"
  fi
fi

echo "== calendar e2e: $([[ $failures -eq 0 ]] && echo "all checks passed" || echo "$failures check(s) FAILED") =="
((failures == 0))
