# tests/e2e/e2e_lib.sh — what every e2e script of the real `kiosk` binary shares. Sourced, not run:
#   source "$(dirname "$0")/e2e_lib.sh" NAME "$@"     (the script's own arguments follow NAME)
# Gives: kiosk make_db demo_dir today_date today work shots db; pass fail show; start_xvfb;
# make_demo_db; open_activity; check_png; shoot; target_centre; wait_for_label; expect_label; tap; e2e_finish.
# Background processes added to background_pids are stopped, and the work folder removed, when
# the script exits. Every tap goes through `tap` (it waits out the double-tap guard); a screen
# that never appears is a FAIL (expect_label), never a silently skipped check.
# KIOSK_E2E_MAX_WAIT=SECONDS caps every wait for a screen (e2e_self_test.sh uses it).
set -uo pipefail

e2e_name="$1"
shift
if [[ $# -ne 3 ]]; then
  echo "usage: $0 KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR" >&2
  exit 2
fi
kiosk="$1" make_db="$2" demo_dir="$3"
# A missing binary fails the script at once, before any check could pass without it.
for binary in "$kiosk" "$make_db"; do
  if [[ ! -f "$binary" || ! -x "$binary" ]]; then
    echo "FAIL: $e2e_name: no executable at $binary"
    exit 1
  fi
done
today_date="2026-11-27"
today="${today_date}T09:30"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"  # Mesa's allocations are not ours
unset WAYLAND_DISPLAY

work="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-$e2e_name.XXXXXX")"
shots="${KIOSK_E2E_SHOTS:-$work/shots}"  # set KIOSK_E2E_SHOTS=DIR to keep the PNGs and look at them
mkdir -p "$shots"
db="$work/demo.db"
export XDG_CONFIG_HOME="$work/config"  # no kiosk.toml of the machine's user leaks into a test
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

# start_xvfb WxH VAR — starts Xvfb on a free display (-displayfd picks it) and sets VAR=":N".
start_xvfb() {
  local size="$1" var="$2" fd_file="$work/xvfb-$2.display" i  # by VAR: two displays may share a size
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$fd_file" 2>"$work/xvfb-$var.log" &
  background_pids+=($!)
  for ((i = 0; i < 100; i++)); do
    [[ -s "$fd_file" ]] && break
    sleep 0.1
  done
  if [[ ! -s "$fd_file" ]]; then
    echo "FAIL: Xvfb $size did not start"
    show "$work/xvfb-$var.log"
    exit 1
  fi
  printf -v "$var" ':%s' "$(head -n1 "$fd_file")"
}

# make_demo_db — a fresh demo database for $today_date at $db; exits on failure.
make_demo_db() {
  if ! "$make_db" "$db" --demo-dir "$demo_dir" --today "$today_date" >"$work/make_db.log" 2>&1; then
    fail "kiosk-make-demo-db"
    show "$work/make_db.log"
    exit 1
  fi
}

# open_activity DB — the id of the first activity after $today open for sign-up with seats left.
open_activity() {
  sqlite3 "$1" "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id
  WHERE o.status = 'scheduled' AND e.status = 'published' AND o.start_at > '$today'
    AND (e.signup_opens IS NULL OR e.signup_opens <= '$today') AND '$today' < coalesce(e.signup_closes, o.start_at)
    AND (e.capacity IS NULL OR e.capacity > (SELECT count(*) FROM signups s WHERE s.occurrence_id = o.id
         AND s.status = 'confirmed' AND s.role = 'resident'))
  ORDER BY o.start_at LIMIT 1"
}

# check_png NAME FILE WIDTH HEIGHT — exists, has the size, and is not blank.
check_png() {
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

# shoot DISPLAY OUT ARGS... — kiosk --screenshot OUT on $db at $today with ARGS.
shoot() {
  local display="$1" out="$2"
  shift 2
  if ! DISPLAY="$display" timeout 120 "$kiosk" --db "$db" --today "$today" --screenshot "$out" "$@" \
    >"$work/shot.log" 2>&1; then
    fail "kiosk --screenshot $out $*"
    show "$work/shot.log"
  fi
}

# target_centre JSON LABEL — prints "X Y" of the first target with that label, or nothing.
target_centre() {
  grep -F "\"label\": \"$2\"" "$1" 2>/dev/null | head -n1 |
    sed -E 's/.*"x": *(-?[0-9.]+).*"y": *(-?[0-9.]+).*"w": *([0-9.]+).*"h": *([0-9.]+).*/\1 \2 \3 \4/' |
    awk 'NF == 4 { printf "%d %d\n", $1 + $3 / 2, $2 + $4 / 2 }'
}

# wait_for_label JSON LABEL SECONDS — true once the targets file has a target with that label.
wait_for_label() {
  local i seconds="$3"
  ((seconds > ${KIOSK_E2E_MAX_WAIT:-$seconds})) && seconds="$KIOSK_E2E_MAX_WAIT"
  for ((i = 0; i < seconds * 10; i++)); do
    grep -qF "\"label\": \"$2\"" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# expect_label LABEL SECONDS WHAT — waits for a target of the running kiosk ($targets); when it
# never appears, a FAIL naming WHAT (with the targets and the kiosk's log $run_log) and false.
expect_label() {
  wait_for_label "$targets" "$1" "$2" && return 0
  fail "$3: no \"$1\" target within $2 s"
  show "$targets"
  [[ -n "${run_log:-}" ]] && show "$run_log"
  return 1
}

# tap LABEL — THE way an e2e script taps: clicks the centre of a target of the running kiosk
# (targets file $targets, display $landscape) at a person's pace. A FAIL and false if no target
# has that label.
tap() {
  local x y
  read -r x y < <(target_centre "$targets" "$1")
  if [[ -z "${x:-}" ]]; then
    fail "no \"$1\" target to tap"
    return 1
  fi
  DISPLAY="$landscape" xdotool mousemove --sync "$x" "$y"
  # The kiosk ignores taps for 0.3 s after a screen changes (its double-tap guard), and the
  # targets file shows the new screen at once: wait longer than that before pressing.
  sleep 0.4
  DISPLAY="$landscape" xdotool click 1
  sleep 0.2
}

# e2e_finish — the closing line and the exit status.
e2e_finish() {
  echo "== $e2e_name: $([[ $failures -eq 0 ]] && echo "all checks passed" || echo "$failures check(s) FAILED") =="
  ((failures == 0))
}
