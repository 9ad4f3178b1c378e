#!/bin/bash
# tests/e2e/run_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# End-to-end checks of the real `kiosk` binary in real windows, on private Xvfb servers this
# script starts (and stops) itself, so it needs no display and never touches the user's desktop:
#   1. --help and the error paths: bad options, a missing, a directory and a corrupt database each
#      exit non-zero with ONE line on stderr and no sanitizer report or crash;
#   2. screenshots of home: landscape 1920x1080, portrait 1080x1920 and 大字, each the right size
#      and not blank, 大字 different from normal;
#   3. taps: the kiosk runs full-screen with --targets, we click the centre of the 活动日历 tile
#      with xdotool and wait for the targets to show the calendar screen (a 返回 / Back target),
#      then 首页 (Home), then 大字 (the fonts are rebuilt while running; the layout must change).
# Prints PASS/FAIL per check; exits non-zero when any check fails.
source "$(dirname "$0")/e2e_lib.sh" e2e "$@"


# expect_one_line_error NAME EXPECTED_RC|any ARGS... — runs the kiosk and checks the failure is clean.
expect_one_line_error() {
  local name="$1" expected="$2"
  shift 2
  local rc=0 lines
  DISPLAY="$landscape" timeout 60 "$kiosk" "$@" >"$work/out" 2>"$work/err" || rc=$?
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
DISPLAY="$landscape" "$kiosk" --db "$db" --today "$today" --targets "$targets" >"$work/tap.log" 2>&1 &
kiosk_pid=$!
background_pids+=("$kiosk_pid")
if ! wait_for_label "$targets" "活动日历" 60; then
  fail "targets file never listed the 活动日历 tile"
  show "$targets"
  show "$work/tap.log"
else
  pass "targets file lists the 活动日历 tile"
  read -r tap_x tap_y < <(target_centre "$targets" "活动日历")
  if grep -qF '"label": "返回"' "$targets"; then
    fail "home already shows 返回 (Back) before the tap: the navigation check would prove nothing"
  elif [[ -z "${tap_x:-}" ]]; then
    fail "could not read the 活动日历 rectangle"
    show "$targets"
  else
    DISPLAY="$landscape" xdotool mousemove --sync "$tap_x" "$tap_y"
    sleep 0.3  # let the kiosk see the pointer arrive (hover) before the press
    DISPLAY="$landscape" xdotool click 1
    if wait_for_label "$targets" "返回" 20; then
      pass "tap at ($tap_x, $tap_y) on 活动日历 opened the calendar (返回 target appeared)"
    else
      fail "tap at ($tap_x, $tap_y) on 活动日历 did not navigate (no 返回 target within 20 s)"
      show "$targets"
      show "$work/tap.log"
    fi
  fi
fi
# tap TARGET_LABEL — clicks the centre of a target of the running kiosk; false if not listed.
# Back home, then 大字: the fonts are rebuilt at run time (between frames) and the layout grows.
if wait_for_label "$targets" "首页" 1 && tap "首页" && wait_for_label "$targets" "大字" 20; then
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
else
  fail "could not get back to the home screen with 首页"
  show "$targets"
fi
if kill -0 "$kiosk_pid" 2>/dev/null; then
  pass "kiosk still running after the taps"
else
  fail "kiosk exited during the tap test"
  show "$work/tap.log"
fi

e2e_finish
