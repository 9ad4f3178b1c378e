#!/bin/bash
# tests/e2e/shell_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# The kiosk left alone in a lobby, on the real `kiosk` binary under a private Xvfb:
# 1. lockdown: Escape, Alt+F4, a window manager's close (WM_DELETE_WINDOW, tests/e2e/wm_close.py),
#    right and middle clicks leave it running on the same screen;
# 2. the kindly idle reset (kiosk.toml idle_seconds = 10, idle_warning_seconds = 15): a half-typed
#    number, then "还在使用吗？" with 继续使用, which keeps the form; then the reset and the attract
#    loop "轻触屏幕开始", whose tap goes home.
# 3. `kiosk --set-pin`: the PIN typed twice gives the kiosk.toml line with a crypto_pwhash hash,
#    which the kiosk then accepts; two different PINs set nothing (exit 2, one line).
# Set KIOSK_E2E_SHOTS=DIR to keep the PNGs. Exits non-zero when a check fails.
source "$(dirname "$0")/e2e_lib.sh" shell-e2e "$@"
here="$(cd "$(dirname "$0")" && pwd)"

echo "== shell e2e: $kiosk =="
start_xvfb 1920x1080 landscape
make_demo_db
open_id=$(sqlite3 "$db" "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id
  WHERE o.status = 'scheduled' AND e.status = 'published' AND o.start_at > '$today'
    AND (e.signup_opens IS NULL OR e.signup_opens <= '$today') AND '$today' < coalesce(e.signup_closes, o.start_at)
  ORDER BY o.start_at LIMIT 1")
config="$work/kiosk.toml"
printf 'idle_seconds = 10\nidle_warning_seconds = 15\n' >"$config"
targets="$work/targets.json"
run_log="$work/run.log"
DISPLAY="$landscape" SPDLOG_LEVEL=info "$kiosk" --config "$config" --db "$db" --today "$today" --screen signup \
  --occurrence "$open_id" --targets "$targets" >"$run_log" 2>&1 &
kiosk_pid=$!
background_pids+=("$kiosk_pid")
grab() {  # grab NAME — the running window as a PNG
  DISPLAY="$landscape" import -window root "$shots/$1.png" 2>>"$work/import.log" && check_png "$1 (running window)" "$shots/$1.png" 1920 1080
}
running() { kill -0 "$kiosk_pid" 2>/dev/null; }

# --- 1. lockdown -------------------------------------------------------------------------------
if expect_label "下一步" 60 "the sign-up keypad"; then
  DISPLAY="$landscape" xdotool mousemove --sync 960 540
  window=$(DISPLAY="$landscape" xdotool search --name "Community Service Kiosk" | head -n1)
  DISPLAY="$landscape" xdotool key Escape
  sleep 0.5
  running && pass "Escape: still running" || fail "Escape ended the kiosk"
  DISPLAY="$landscape" xdotool key alt+F4
  sleep 0.5
  running && pass "Alt+F4: still running" || fail "Alt+F4 ended the kiosk"
  if [[ -n "$window" ]] && DISPLAY="$landscape" python3 "$here/wm_close.py" "$window"; then
    sleep 1
    running && pass "window manager's close (WM_DELETE_WINDOW): still running" || fail "a WM close ended the kiosk"
    grep -q "window close refused" "$run_log" && pass "the close was seen and refused" ||
      fail "the kiosk never saw the WM close"
  else
    fail "could not send WM_DELETE_WINDOW to the kiosk window ($window)"
  fi
  DISPLAY="$landscape" xdotool click 3 click 2
  sleep 0.5
  running && wait_for_label "$targets" "下一步" 2 && pass "right and middle clicks: same screen" ||
    fail "right/middle click changed something"
fi

# --- 2. the kindly idle reset and the attract loop ---------------------------------------------
if running && tap 1 && tap 3 && tap 8; then
  if expect_label "继续使用" 20 "the idle banner after idle_seconds = 10"; then
    pass "还在使用吗？ banner after 10 s idle"
    grab idle-banner
    tap "继续使用"
    expect_label "下一步" 5 "继续使用 back to the keypad" && pass "继续使用 kept the keypad"
  fi
  if expect_label "轻触屏幕开始" 40 "the attract loop after the reset"; then
    pass "attract loop after idle + warning"
    grab attract
    tap "轻触屏幕开始"
    expect_label "报名参加" 5 "a tap on the attract loop, home" && pass "attract tap went home"
  fi
fi
running && pass "still running at the end" || fail "the kiosk is gone"
kill "$kiosk_pid" 2>/dev/null
wait "$kiosk_pid" 2>/dev/null

# --- 3. kiosk --set-pin ------------------------------------------------------------------------
line=$(printf '2468\n2468\n' | "$kiosk" --set-pin 2>"$work/set-pin.err")
if [[ "$line" == 'admin_pin_hash = "$argon2id$'* && "$line" != *2468* ]]; then
  pass "--set-pin printed the kiosk.toml line with an argon2id hash"
  printf '%s\n' "$line" >"$work/pin.toml"
  if DISPLAY="$landscape" timeout 120 "$kiosk" --config "$work/pin.toml" --db "$db" --today "$today" \
    --screenshot "$shots/admin-pin.png" --screen admin >"$work/pin-shot.log" 2>&1; then
    pass "kiosk.toml with that line is accepted"
  else
    fail "kiosk.toml with the --set-pin line was refused"
    show "$work/pin-shot.log"
  fi
else
  fail "--set-pin printed: $line"
  show "$work/set-pin.err"
fi
printf '2468\n1357\n' | "$kiosk" --set-pin >"$work/set-pin2.out" 2>"$work/set-pin2.err"
code=$?
if [[ $code -eq 2 && ! -s "$work/set-pin2.out" ]] && grep -q "the two PINs differ" "$work/set-pin2.err"; then
  pass "--set-pin with two different PINs: exit 2, nothing set"
else
  fail "--set-pin with two different PINs: exit $code"
  show "$work/set-pin2.err"
fi

e2e_finish
