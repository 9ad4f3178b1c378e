#!/bin/bash
# tests/e2e/booking_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# Two residents race for the demo mediation room on two real `kiosk` processes sharing one
# database file, each under its own Xvfb, driven by xdotool at the rectangles of --targets:
#   B opens the room's grid first and leaves it on screen (the slot still says 可预约);
#   A books that slot through the window: room, slot, 下一步, phone, 下一步, 家庭纠纷, 确认预约 -> 完成;
#   B then taps the same slot and goes through to 确认预约: it is refused (a 返回 message, no
#   result), and back on the grid the slot says 已预约.
# The grid of B is kept as a PNG (KIOSK_E2E_SHOTS=DIR keeps it to look at), and the sqlite3 CLI
# checks the file: one confirmed booking of the slot (A's, matter 'family'), its booking_slots
# rows, one 'book' operation, nothing of B's. Exits non-zero when a check fails.
source "$(dirname "$0")/e2e_lib.sh" booking-e2e "$@"
phone_a="13812345678"
phone_b="13987654321"

echo "== booking e2e: $kiosk =="
start_xvfb 1920x1080 display_a
start_xvfb 1920x1080 display_b
if [[ "$display_a" == "$display_b" ]]; then
  fail "the two kiosks got one display ($display_a)"
  exit 1
fi
make_demo_db
room_label=$(sqlite3 "$db" "SELECT s.name_zh || ' ' || r.name_zh FROM rooms r JOIN sites s ON s.id = r.site_id
  WHERE r.bookable = 1 AND r.kind = 'mediation' ORDER BY s.id, r.id LIMIT 1")
room_id=$(sqlite3 "$db" "SELECT r.id FROM rooms r JOIN sites s ON s.id = r.site_id
  WHERE r.bookable = 1 AND r.kind = 'mediation' ORDER BY s.id, r.id LIMIT 1")
if [[ -z "$room_label" || -z "$room_id" ]]; then
  fail "the demo database has no bookable mediation room"
  exit 1
fi
pass "demo mediation room $room_id: $room_label"

# use_kiosk A|B — which window `tap` and `expect_label` talk to.
use_kiosk() {
  if [[ "$1" == A ]]; then
    landscape="$display_a" targets="$work/targets-a.json" run_log="$work/run-a.log"
  else
    landscape="$display_b" targets="$work/targets-b.json" run_log="$work/run-b.log"
  fi
}
start_kiosk() {  # start_kiosk A|B
  use_kiosk "$1"
  DISPLAY="$landscape" "$kiosk" --db "$db" --today "$today" --screen booking --targets "$targets" \
    >"$run_log" 2>&1 &
  background_pids+=($!)
}
type_phone() {  # type_phone DIGITS — one tap per key; false at the first missing key
  local i
  for ((i = 0; i < ${#1}; i++)); do tap "${1:i:1}" || return 1; done
}
# first_free_slot — the label of the first 可预约 slot of the grid on screen ("10:00 可预约").
first_free_slot() {
  grep -oE '"label": "[0-9]{2}:[0-9]{2} 可预约"' "$targets" | head -n1 | sed -E 's/"label": "(.*)"/\1/'
}
# wait_gone LABEL SECONDS — true once no target has that label.
wait_gone() {
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    grep -qF "\"label\": \"$1\"" "$targets" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

# --- 1. B shows the grid first ------------------------------------------------------------------
start_kiosk B
expect_label "$room_label" 60 "kiosk B's room list" && tap "$room_label"
slot=""
for ((i = 0; i < 100; i++)); do
  slot=$(first_free_slot)
  [[ -n "$slot" ]] && break
  sleep 0.1
done
if [[ -z "$slot" ]]; then
  fail "kiosk B shows no 可预约 slot for $room_label"
  show "$targets"
  exit 1
fi
time="${slot%% *}"
start_at="${today_date}T$time"
pass "kiosk B shows the grid with $slot"

# --- 2. A books that slot through its window -----------------------------------------------------
start_kiosk A
if expect_label "$room_label" 60 "kiosk A's room list" && tap "$room_label" &&
  expect_label "$slot" 20 "kiosk A's grid with $slot" && tap "$slot" &&
  expect_label "下一步" 20 "a chosen slot to 下一步" && tap "下一步" &&
  expect_label "0" 20 "下一步 to the keypad" && type_phone "$phone_a" && tap "下一步" &&
  expect_label "家庭纠纷" 20 "the phone to the matter buttons" && tap "家庭纠纷" &&
  expect_label "确认预约" 20 "the matter to the confirm step" && tap "确认预约" &&
  expect_label "完成" 20 "确认预约 to the result"; then
  pass "kiosk A booked $slot: the result shows 完成"
else
  fail "kiosk A could not book $slot through the window"
fi
booked=$(sqlite3 "$db" "SELECT count(*) FROM bookings WHERE room_id = $room_id AND start_at = '$start_at'
  AND status = 'confirmed' AND phone_last4 = '5678' AND matter = 'family'")
[[ "$booked" == 1 ]] && pass "the database holds A's booking at $start_at" ||
  fail "confirmed bookings of A at $start_at: $booked, want 1"
held=$(sqlite3 "$db" "SELECT count(*) FROM booking_slots bs JOIN bookings b ON b.id = bs.booking_id
  WHERE bs.room_id = $room_id AND bs.slot_start = '$start_at' AND b.phone_last4 = '5678'")
[[ "$held" == 1 ]] && pass "booking_slots holds the slot for A's booking" || fail "held slot rows of A: $held, want 1"

# --- 3. B, whose grid still says 可预约, taps the same slot and is refused ------------------------
use_kiosk B
# B has been idle while A booked: the pointer moves over its window first, as a hand would, and
# the kiosk wakes (it draws only on input) before the tap.
DISPLAY="$landscape" xdotool mousemove --sync 960 1000
sleep 1
if tap "$slot" && expect_label "下一步" 20 "kiosk B: the stale slot to 下一步" && tap "下一步" &&
  expect_label "0" 20 "kiosk B: the keypad" && type_phone "$phone_b" && tap "下一步" &&
  expect_label "家庭纠纷" 20 "kiosk B: the matter buttons" && tap "家庭纠纷" &&
  expect_label "确认预约" 20 "kiosk B: the confirm step" && tap "确认预约"; then
  if ! wait_gone "确认预约" 20; then
    fail "kiosk B: 确认预约 did nothing"
  elif grep -qF '"label": "完成"' "$targets"; then
    fail "kiosk B got a result for a slot A holds"
  else
    pass "kiosk B was refused: a message, no result"
    sleep 1
    DISPLAY="$display_b" import -window root "$shots/booking-refused.png" 2>>"$work/import.log"
    check_png "kiosk B's refusal" "$shots/booking-refused.png" 1920 1080
    if tap "返回" && expect_label "$time 已预约" 20 "kiosk B: back on the refreshed grid, $time 已预约"; then
      pass "kiosk B's grid, reloaded, says $time 已预约"
    else
      fail "kiosk B: 返回 did not show the grid with $time 已预约"
    fi
  fi
else
  fail "kiosk B could not reach 确认预约 for the stale $slot"
fi
sleep 0.5
DISPLAY="$display_b" import -window root "$shots/booking-grid-after.png" 2>>"$work/import.log"
check_png "kiosk B's grid after the race" "$shots/booking-grid-after.png" 1920 1080

# --- 4. the database: exactly one winner, nothing of B's ------------------------------------------
confirmed=$(sqlite3 "$db" "SELECT count(*) FROM bookings WHERE room_id = $room_id AND start_at = '$start_at' AND status = 'confirmed'")
[[ "$confirmed" == 1 ]] && pass "exactly one confirmed booking of $start_at" || fail "confirmed bookings of $start_at: $confirmed, want 1"
of_b=$(sqlite3 "$db" "SELECT count(*) FROM bookings WHERE phone_last4 = '4321'")
[[ "$of_b" == 0 ]] && pass "no booking row of B's phone" || fail "booking rows of B's phone: $of_b, want 0"
ops=$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE kind = 'book'")
[[ "$ops" == 1 ]] && pass "the outbox holds exactly one 'book' operation" || fail "'book' operations: $ops, want 1"
if sqlite3 "$db" "SELECT payload FROM outbox" | grep -qE "$phone_a|$phone_b"; then
  fail "a clear phone number is in the outbox"
else
  pass "no clear phone number in the outbox"
fi
e2e_finish
