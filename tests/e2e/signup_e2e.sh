#!/bin/bash
# tests/e2e/signup_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# A resident signs up on the real `kiosk` binary under a private Xvfb, driven by xdotool at the
# rectangles of --targets: open a demo activity's sign-up, type a phone number on the keypad,
# 下一步, 跳过 (no name), 确认报名, wait for 报名成功; then the sqlite3 CLI checks the database has the
# signups row and the outbox exactly one 'signup' operation. Then screenshots of the new screens
# (keypad, my sign-ups, volunteer keypad, sign-up list) in landscape, portrait and 大字, plus the
# confirm / result / waitlist offer / volunteer duties steps taken from the running window.
# Set KIOSK_E2E_SHOTS=DIR to keep the PNGs. Exits non-zero when a check fails.
source "$(dirname "$0")/e2e_lib.sh" signup-e2e "$@"
phone="13812345678"






echo "== sign-up e2e: $kiosk =="
start_xvfb 1920x1080 landscape
start_xvfb 1080x1920 portrait
make_demo_db
# An activity open for sign-up with seats left, and the full 存旧瓶筑新绿 tomorrow.
open_id=$(open_activity "$db")
full_id=$(sqlite3 "$db" "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id
  WHERE e.uid = 'ta-bottles' AND o.start_at >= '2026-11-28' ORDER BY o.start_at LIMIT 1")
if [[ -z "$open_id" || -z "$full_id" ]]; then
  fail "demo database has no open activity ($open_id) or no 存旧瓶筑新绿 ($full_id)"
  exit 1
fi
pass "demo activity $open_id open for sign-up, $full_id full"

# --- 1. sign up by clicking --------------------------------------------------------------------
targets="$work/targets.json"
run_log="$work/run.log"
DISPLAY="$landscape" "$kiosk" --db "$db" --today "$today" --screen signup --occurrence "$open_id" \
  --targets "$targets" >"$run_log" 2>&1 &
kiosk_pid=$!
background_pids+=("$kiosk_pid")
grab() {  # grab NAME — the running window as a PNG
  DISPLAY="$landscape" import -window root "$shots/$1.png" 2>>"$work/import.log" && check_png "$1 (running window)" "$shots/$1.png" 1920 1080
}
# type_phone — the phone number on the keypad, one tap per digit; false at the first missing key.
type_phone() {
  local i
  for ((i = 0; i < ${#phone}; i++)); do tap "${phone:i:1}" || return 1; done
}
if expect_label "下一步" 60 "the sign-up keypad for activity $open_id"; then
  pass "sign-up keypad shown for activity $open_id"
  type_phone && pass "typed $phone on the keypad"
  grab signup-keypad-typed
  if tap "下一步" && expect_label "跳过" 20 "下一步 to the optional name"; then
    pass "下一步 led to the optional name"
    grab signup-name
    if tap "跳过" && expect_label "确认报名" 20 "跳过 to the confirm step"; then
      pass "跳过 led to the confirm step"
      grab signup-confirm
      if tap "确认报名" && expect_label "完成" 20 "确认报名 to the result"; then
        pass "确认报名 showed the result"
        sleep 0.5
        grab signup-result
      fi
    fi
  fi
fi
hash=$(sqlite3 "$db" "SELECT count(*) FROM signups WHERE occurrence_id = $open_id AND phone_last4 = '5678' AND status = 'confirmed'")
ops=$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE kind = 'signup'")
code=$(sqlite3 "$db" "SELECT confirmation_code FROM signups WHERE occurrence_id = $open_id AND phone_last4 = '5678'")
if [[ "$hash" == 1 ]]; then pass "signups row recorded (code $code)"; else fail "signups rows for the phone: $hash, want 1"; fi
if [[ "$ops" == 1 ]]; then pass "outbox holds exactly one 'signup' operation"; else fail "outbox 'signup' operations: $ops, want 1"; fi
if sqlite3 "$db" "SELECT payload FROM outbox WHERE kind = 'signup'" | grep -q "$phone"; then
  fail "the clear phone number is in the outbox"
else
  pass "the clear phone number is nowhere in the outbox"
fi
if kill -0 "$kiosk_pid" 2>/dev/null; then pass "kiosk still running"; else fail "kiosk exited"; show "$work/run.log"; fi
kill "$kiosk_pid" 2>/dev/null
wait "$kiosk_pid" 2>/dev/null

# --- 2. the waitlist offer and the volunteer duties, from running windows ----------------------
rm -f "$targets"
run_log="$work/run2.log"
DISPLAY="$landscape" "$kiosk" --db "$db" --today "$today" --screen signup --occurrence "$full_id" \
  --targets "$targets" >"$run_log" 2>&1 &
kiosk_pid=$!
background_pids+=("$kiosk_pid")
if expect_label "下一步" 60 "the sign-up keypad for the full activity $full_id" && type_phone &&
  tap "下一步" && expect_label "跳过" 20 "下一步 to the optional name (full activity)" &&
  tap "跳过" && expect_label "确认报名" 20 "跳过 to the confirm step (full activity)" &&
  tap "确认报名" && expect_label "加入候补" 20 "确认报名 on the full activity to the waitlist offer"; then
  pass "full activity offered the waitlist"
  grab signup-waitlist-offer
else
  grab waitlist-failure
fi
kill "$kiosk_pid" 2>/dev/null
wait "$kiosk_pid" 2>/dev/null
rm -f "$targets"
run_log="$work/run3.log"
DISPLAY="$landscape" "$kiosk" --db "$db" --today "$today" --screen volunteer --targets "$targets" >"$run_log" 2>&1 &
kiosk_pid=$!
background_pids+=("$kiosk_pid")
if expect_label "下一步" 60 "the volunteer keypad"; then
  sleep 0.4  # the double-tap guard after the screen appeared also holds back keys
  # A USB scanner types the card's code and Enter into the focused kiosk window: the pointer
  # rests on the window (X focus follows it without a window manager), no click.
  DISPLAY="$landscape" xdotool mousemove --sync 960 540
  DISPLAY="$landscape" xdotool type --delay 20 "V0001"
  DISPLAY="$landscape" xdotool key Return
  if expect_label "签到" 20 "the scanned card V0001 (typed + Enter) to today's duties"; then
    pass "scanned card V0001 (typed + Enter) listed today's duties"
    if tap "签到"; then
      sleep 0.5
      grab volunteer-duties
      checked=$(sqlite3 "$db" "SELECT count(*) FROM checkins WHERE volunteer_id = (SELECT id FROM volunteers WHERE volunteer_code = 'V0001') AND status = 'checked_in'")
      [[ "$checked" == 1 ]] && pass "签到 recorded the check-in" || fail "check-ins: $checked, want 1"
    fi
  fi
fi
kill "$kiosk_pid" 2>/dev/null
wait "$kiosk_pid" 2>/dev/null

# --- 3. screenshots of the first step of each flow ----------------------------------------------
for screen in signup volunteer mine; do
  args=(--screen "$screen")
  [[ "$screen" == signup ]] && args+=(--occurrence "$open_id")
  shoot "$landscape" "$shots/$screen.png" "${args[@]}"
  check_png "$screen, landscape" "$shots/$screen.png" 1920 1080
  shoot "$portrait" "$shots/$screen-portrait.png" "${args[@]}"
  check_png "$screen, portrait" "$shots/$screen-portrait.png" 1080 1920
  shoot "$landscape" "$shots/$screen-large.png" "${args[@]}" --large-text
  check_png "$screen, 大字" "$shots/$screen-large.png" 1920 1080
done
shoot "$landscape" "$shots/signup-list.png" --screen signup
check_png "sign-up list, landscape" "$shots/signup-list.png" 1920 1080
shoot "$portrait" "$shots/signup-list-portrait.png" --screen signup
check_png "sign-up list, portrait" "$shots/signup-list-portrait.png" 1080 1920

e2e_finish
