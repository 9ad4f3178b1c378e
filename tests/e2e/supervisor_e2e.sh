#!/bin/bash
# tests/e2e/supervisor_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# A crash in the lobby, on the real `kiosk` binary under a private Xvfb and a supervisor that
# restarts it like systemd's Restart=always (tests/e2e/supervise.sh): a resident signs up
# (13812345678); the kiosk is then run by the supervisor, someone starts typing a phone number on
# 我的报名与预约, and the kiosk is killed with kill -9 mid-form. Within 5 s the home screen is back,
# the database passes PRAGMA integrity_check and the earlier sign-up is still there. Prints the
# restart's start-to-first-frame time. Exits non-zero when a check fails.
source "$(dirname "$0")/e2e_lib.sh" supervisor-e2e "$@"
here="$(cd "$(dirname "$0")" && pwd)"

echo "== supervisor e2e: $kiosk =="
start_xvfb 1920x1080 landscape
make_demo_db
open_id=$(open_activity "$db")
targets="$work/targets.json"
run_log="$work/signup.log"

# --- 1. an earlier sign-up, recorded ----------------------------------------------------------
DISPLAY="$landscape" "$kiosk" --db "$db" --today "$today" --screen signup --occurrence "$open_id" \
  --targets "$targets" >"$run_log" 2>&1 &
first_pid=$!
background_pids+=("$first_pid")
phone=13812345678
signed=0
if expect_label "下一步" 60 "the sign-up keypad"; then
  for ((i = 0; i < ${#phone}; i++)); do tap "${phone:i:1}" || break; done
  tap "下一步" && expect_label "跳过" 20 "the optional name" && tap "跳过" &&
    expect_label "确认报名" 20 "the confirm step" && tap "确认报名" &&
    expect_label "完成" 20 "the result" && signed=1
fi
kill "$first_pid" 2>/dev/null
wait "$first_pid" 2>/dev/null
before=$(sqlite3 "$db" "SELECT count(*) FROM signups WHERE occurrence_id = $open_id AND phone_last4 = '5678' AND status = 'confirmed'")
[[ $signed -eq 1 && "$before" == 1 ]] && pass "the earlier sign-up is recorded" ||
  fail "the earlier sign-up was not recorded (count $before)"

# --- 2. the supervised kiosk, killed mid-form -------------------------------------------------
rm -f "$targets"
run_log="$work/run.log"
DISPLAY="$landscape" "$here/supervise.sh" "$work/kiosk.pid" "$work/restarts.log" \
  "$kiosk" --db "$db" --today "$today" --targets "$targets" --print-first-frame-ms >"$run_log" 2>&1 &
background_pids+=($!)
if expect_label "我的报名与预约" 60 "home under the supervisor" && tap "我的报名与预约" &&
  expect_label "1" 20 "the phone keypad of 我的报名与预约"; then
  tap "1" && tap "3" && tap "8"
  victim=$(cat "$work/kiosk.pid")
  rm -f "$targets"
  killed_at=$(date +%s.%N)
  kill -9 "$victim"
  if wait_for_label "$targets" "我的报名与预约" 5; then
    back_at=$(date +%s.%N)
    pass "home is back $(awk -v a="$killed_at" -v b="$back_at" 'BEGIN { printf "%.2f", b - a }') s after kill -9"
  else
    fail "no home screen within 5 s of kill -9"
    show "$work/restarts.log"
    show "$run_log"
  fi
  [[ "$(cat "$work/kiosk.pid")" != "$victim" ]] && pass "a new kiosk process runs" || fail "the same pid runs"
  grep -q '"label": "1"' "$targets" && fail "the half-typed keypad came back" || pass "the form is gone: home, not the keypad"
  # The targets file is written while the frame is drawn, its "first frame" line after the swap.
  for ((i = 0; i < 50; i++)); do
    frames=$(grep -c '^first frame:' "$run_log")
    ((frames >= 2)) && break
    sleep 0.1
  done
  [[ "$frames" -ge 2 ]] && pass "restart's $(grep '^first frame:' "$run_log" | tail -n1)" ||
    fail "no first frame after the restart"
fi
integrity=$(sqlite3 "$db" "PRAGMA integrity_check")
[[ "$integrity" == "ok" ]] && pass "integrity_check: ok" || fail "integrity_check: $integrity"
after=$(sqlite3 "$db" "SELECT count(*) FROM signups WHERE occurrence_id = $open_id AND phone_last4 = '5678' AND status = 'confirmed'")
[[ "$after" == 1 ]] && pass "the earlier sign-up is still there" || fail "the earlier sign-up is gone (count $after)"

e2e_finish
