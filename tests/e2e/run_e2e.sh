#!/bin/bash
# tests/e2e/run_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# End-to-end checks of the real `kiosk` binary in real windows, on private Xvfb servers this
# script starts (and stops) itself, so it needs no display and never touches the user's desktop:
#   1. --help and the error paths: bad options, a missing, a directory and a corrupt database each
#      exit non-zero with ONE line on stderr and no sanitizer report or crash;
#   2. screenshots of home: landscape 1920x1080, portrait 1080x1920 and 大字, each the right size
#      and not blank, 大字 different from normal;
#   2b. kiosk.toml and the district key: a bad value, an unknown key, a missing --config file, a
#      malformed key file and every database whose key the kiosk does not hold exit 2 with ONE line
#      and no display touched; a good kiosk.toml and an adopted district key start the kiosk;
#   3. taps: the kiosk runs full-screen with --targets, we click the centre of the 活动日历 tile
#      with xdotool and wait for the targets to show the calendar screen (a 返回 / Back target),
#      then 首页 (Home), then 大字 (the fonts are rebuilt while running; the layout must change).
# Prints PASS/FAIL per check; exits non-zero when any check fails.
source "$(dirname "$0")/e2e_lib.sh" e2e "$@"


# expect_one_line_error NAME EXPECTED_RC|any ARGS... — runs the kiosk and checks the failure is clean.
# With error_display="" the kiosk has no display: exit 2 then proves it stopped before glfwInit
# (a window attempt would end in exit 3, "no display").
expect_one_line_error() {
  local name="$1" expected="$2"
  shift 2
  local rc=0 lines
  DISPLAY="${error_display-$landscape}" timeout 60 "$kiosk" "$@" >"$work/out" 2>"$work/err" || rc=$?
  lines=$(wc -l <"$work/err")
  if ((rc == 0 || rc >= 124)); then
    fail "$name: exit code $rc (want a clean non-zero exit < 124)"
    show "$work/err"
  elif [[ "$expected" != any && "$rc" != "$expected" ]]; then
    fail "$name: exit code $rc, want $expected"
    show "$work/err"
  elif grep -qE 'Sanitizer|runtime error:|Segmentation|Aborted' "$work/err"; then
    fail "$name: sanitizer report or crash on stderr"
    show "$work/err"
  elif ((lines != 1)); then
    fail "$name: $lines lines on stderr, want exactly 1"
    show "$work/err"
  else
    pass "$name (exit $rc): $(cat "$work/err")"
  fi
}




echo "== e2e: $kiosk =="
start_xvfb 1920x1080 landscape
start_xvfb 1080x1920 portrait
make_demo_db
pass "demo database for $today_date"

# --- 1. help and errors ---------------------------------------------------------------------
if "$kiosk" --help >"$work/help" 2>&1 && grep -q -- '--db' "$work/help" && grep -q '用法' "$work/help"; then
  pass "--help prints the bilingual usage"
else
  fail "--help"
  show "$work/help"
fi
expect_one_line_error "unknown option" 2 --db "$db" --no-such-option
expect_one_line_error "no --db" 2 --screen home
expect_one_line_error "unknown screen" 2 --db "$db" --screen nowhere
expect_one_line_error "bad --windowed" 2 --db "$db" --windowed big
expect_one_line_error "bad --today" 2 --db "$db" --today yesterday
expect_one_line_error "missing database file" 2 --db "$work/no-such.db"
expect_one_line_error "database is a directory" 2 --db "$work"
head -c 65536 /dev/urandom >"$work/corrupt.db"
expect_one_line_error "corrupt database (random bytes)" any --db "$work/corrupt.db" --screenshot "$work/corrupt.png"
{ printf 'SQLite format 3\0'; head -c 8192 /dev/urandom; } >"$work/truncated.db"
expect_one_line_error "corrupt database (SQLite header, random body)" any --db "$work/truncated.db" \
  --screenshot "$work/truncated.png"

# --- 2b. kiosk.toml and the district key -------------------------------------------------------
# expect_stderr_has TEXT — the last expect_one_line_error's line says TEXT.
expect_stderr_has() {
  grep -qF -- "$1" "$work/err" && pass "  ... and it says \"$1\"" || fail "stderr lacks \"$1\": $(cat "$work/err")"
}
error_display=""
printf 'kiosk_id = "TA01"\nidle_seconds = 5\n' >"$work/bad.toml"
expect_one_line_error "kiosk --config bad.toml (idle_seconds = 5), no window" 2 --config "$work/bad.toml" --db "$db"
expect_stderr_has "bad.toml:2: idle_seconds = 5"
printf 'idle_secs = 60\n' >"$work/unknown.toml"
expect_one_line_error "kiosk.toml with an unknown key, no window" 2 --config "$work/unknown.toml" --db "$db"
expect_stderr_has "idle_secs = 60"
expect_one_line_error "missing --config file, no window" 2 --config "$work/no-such.toml" --db "$db"
echo "not a key" >"$work/bad.key"
expect_one_line_error "malformed --key-file, no window" 2 --db "$db" --key-file "$work/bad.key"
expect_stderr_has "malformed key file"
od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$work/district.key"
echo >>"$work/district.key"
expect_one_line_error "the demo database with a district key file" 2 --db "$db" --key-file "$work/district.key" \
  --screenshot "$work/refused.png"
expect_stderr_has "public demo key"
cp "$db" "$work/real.db"
sqlite3 "$work/real.db" "UPDATE meta SET value = '0123456789abcdef' WHERE key = 'phone_key_fingerprint'"
expect_one_line_error "real data without its key: never the demo key" 2 --db "$work/real.db" --screenshot "$work/refused.png"
expect_stderr_has "0123456789abcdef"
expect_one_line_error "real data with another key" 2 --db "$work/real.db" --key-file "$work/district.key" \
  --screenshot "$work/refused.png"
expect_stderr_has "key mismatch"
sqlite3 "$work/real.db" "DELETE FROM meta WHERE key = 'phone_key_fingerprint'"
expect_one_line_error "a database naming no key, no key file" 2 --db "$work/real.db" --screenshot "$work/refused.png"
expect_stderr_has "names no phone key"
unset error_display
# A database with no phone hashes yet adopts the district key it is first opened with.
sqlite3 "$work/real.db" "DELETE FROM checkins; DELETE FROM signups; DELETE FROM bookings; DELETE FROM outbox;
  DELETE FROM volunteers"
cat >"$work/good.toml" <<TOML
db = "real.db"
key_file = "district.key"
kiosk_id = "TA09"
idle_seconds = 90
language = "en"
TOML
if DISPLAY="$landscape" timeout 120 "$kiosk" --config "$work/good.toml" --today "$today" \
  --screenshot "$work/configured.png" >"$work/configured.log" 2>&1; then
  pass "kiosk --config good.toml (db and key_file beside it) starts"
else
  fail "kiosk --config good.toml"
  show "$work/configured.log"
fi
check_png "home from kiosk.toml" "$work/configured.png" 1920 1080
adopted="$(sqlite3 "$work/real.db" "SELECT value FROM meta WHERE key = 'kiosk_id'"),$(sqlite3 "$work/real.db" \
  "SELECT value FROM meta WHERE key = 'phone_key_fingerprint'")"
if [[ "$adopted" =~ ^TA09,[0-9a-f]{16}$ ]]; then
  pass "the database took kiosk_id and the district key's fingerprint from kiosk.toml ($adopted)"
else
  fail "meta kiosk_id, phone_key_fingerprint after the first start: '$adopted'"
fi
error_display=""
expect_one_line_error "the adopted database without its key file" 2 --db "$work/real.db"
unset error_display

shoot "$landscape" "$work/home.png" --screen home
check_png "home, landscape full-screen" "$work/home.png" 1920 1080
shoot "$portrait" "$work/home-portrait.png" --screen home
check_png "home, portrait full-screen" "$work/home-portrait.png" 1080 1920
shoot "$landscape" "$work/home-windowed-portrait.png" --screen home --windowed 1080x1920
check_png "home, portrait window on a landscape screen" "$work/home-windowed-portrait.png" 1080 1920
shoot "$landscape" "$work/home-large.png" --screen home --large-text
check_png "home, 大字" "$work/home-large.png" 1920 1080
if [[ -s "$work/home.png" && -s "$work/home-large.png" ]]; then
  differing=$(compare -metric AE "$work/home.png" "$work/home-large.png" null: 2>&1 || true)
  if awk -v d="$differing" 'BEGIN { exit !(d + 0 > 10000) }'; then
    pass "大字 changes the picture ($differing pixels differ)"
  else
    fail "大字 screenshot is (nearly) the same as normal ($differing pixels differ)"
  fi
fi

# --- 3. a tap navigates ---------------------------------------------------------------------
targets="$work/targets.json"
run_log="$work/tap.log"
DISPLAY="$landscape" "$kiosk" --db "$db" --today "$today" --targets "$targets" >"$run_log" 2>&1 &
kiosk_pid=$!
background_pids+=("$kiosk_pid")
if expect_label "活动日历" 60 "the home screen's 活动日历 tile"; then
  pass "targets file lists the 活动日历 tile"
  if grep -qF '"label": "返回"' "$targets"; then
    fail "home already shows 返回 (Back) before the tap: the navigation check would prove nothing"
  elif tap "活动日历" && expect_label "返回" 20 "tap on 活动日历 to the calendar"; then
    pass "tap on 活动日历 opened the calendar (返回 target appeared)"
  fi
fi
# Back home, then 大字: the fonts are rebuilt at run time (between frames) and the layout grows.
if expect_label "首页" 1 "the calendar's 首页 (Home) button" && tap "首页" &&
  expect_label "大字" 20 "tap on 首页 back to the home screen"; then
  pass "tap on 首页 (Home) returned to the home screen"
  cp "$targets" "$work/targets-before-large.json"
  tap "大字"
  for ((i = 0; i < 200; i++)); do
    cmp -s "$targets" "$work/targets-before-large.json" || break
    sleep 0.1
  done
  if ! cmp -s "$targets" "$work/targets-before-large.json"; then
    pass "tap on 大字 changed the layout (fonts rebuilt at run time)"
  else
    fail "tap on 大字 changed nothing within 20 s"
  fi
fi
if kill -0 "$kiosk_pid" 2>/dev/null; then
  pass "kiosk still running after the taps"
else
  fail "kiosk exited during the tap test"
  show "$work/tap.log"
fi

e2e_finish
