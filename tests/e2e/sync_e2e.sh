#!/bin/bash
# tests/e2e/sync_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR   (KIOSK_OFFICE=path of kiosk-office)
#
# Two kiosks and the office on one share folder. The office publishes the demo data; kiosks TA02
# and TA03 are installed by `kiosk --sync` (no database yet). A resident signs up by clicking on
# the real TA02 window under Xvfb; TA02 syncs, the office merges and publishes, TA03 syncs: TA03
# now counts the sign-up in the activity's seats. A second round changes nothing (exactly once).
source "$(dirname "$0")/e2e_lib.sh" sync-e2e "$@"
office="${KIOSK_OFFICE:-}"
if [[ ! -x "$office" ]]; then
  echo "FAIL: sync-e2e: KIOSK_OFFICE is not an executable kiosk-office: '$office'"
  exit 1
fi
phone="13812345678"
share="$work/share"
mkdir -p "$share"
master="$work/master.db"
a_db="$work/ta02.db"
b_db="$work/ta03.db"

# run_step WHAT COMMAND... — runs a command line, PASS/FAIL with its output on failure.
run_step() {
  local what="$1"
  shift
  if "$@" >"$work/step.log" 2>&1; then
    pass "$what: $(head -c 300 "$work/step.log" | tr '\n' ' ')"
  else
    fail "$what (exit $?)"
    show "$work/step.log"
  fi
}

echo "== sync e2e: $kiosk, $office =="
start_xvfb 1920x1080 landscape
make_demo_db
mv "$db" "$master"
run_step "office publishes the first export" "$office" publish "$master" "$share"
run_step "kiosk TA02 installed from the export" "$kiosk" --sync --db "$a_db" --kiosk-id TA02 --share "$share"
run_step "kiosk TA03 installed from the export" "$kiosk" --sync --db "$b_db" --kiosk-id TA03 --share "$share"

open_id=$(open_activity "$a_db")
if [[ -z "$open_id" ]]; then
  fail "the installed kiosk has no activity open for sign-up"
  exit 1
fi
seats_sql="SELECT count(*) FROM signups WHERE occurrence_id = $open_id AND status = 'confirmed'"
before_b=$(sqlite3 "$b_db" "$seats_sql")

# --- a sign-up clicked on TA02 ------------------------------------------------------------------
db="$a_db"
targets="$work/targets.json"
run_log="$work/run.log"
DISPLAY="$landscape" "$kiosk" --db "$a_db" --today "$today" --screen signup --occurrence "$open_id" \
  --targets "$targets" >"$run_log" 2>&1 &
kiosk_pid=$!
background_pids+=("$kiosk_pid")
if expect_label "下一步" 60 "the sign-up keypad on TA02"; then
  for ((i = 0; i < ${#phone}; i++)); do tap "${phone:i:1}" || break; done
  tap "下一步" && expect_label "跳过" 20 "下一步 to the optional name" &&
    tap "跳过" && expect_label "确认报名" 20 "跳过 to the confirm step" &&
    tap "确认报名" && expect_label "完成" 20 "确认报名 to the result" && pass "signed up on TA02 by clicking"
fi
kill "$kiosk_pid" 2>/dev/null
wait "$kiosk_pid" 2>/dev/null
a_ops=$(sqlite3 "$a_db" "SELECT count(*) FROM outbox WHERE kind = 'signup'")
[[ "$a_ops" == 1 ]] && pass "TA02 owes one 'signup' operation" || fail "TA02 outbox signups: $a_ops, want 1"
# Besides the sign-up the kiosk owes its health report (written after its first frame).
a_all=$(sqlite3 "$a_db" "SELECT count(*) FROM outbox")
[[ "$a_all" == 2 ]] && pass "TA02 owes the sign-up and its health report" || fail "TA02 outbox: $a_all, want 2"

# --- the night ----------------------------------------------------------------------------------
run_step "TA02 syncs" "$kiosk" --sync --db "$a_db" --share "$share"
grep -q "$a_all operations sent" "$work/step.log" || fail "TA02 did not send its $a_all operations"
run_step "office merges" "$office" merge "$master" "$share"
grep -q "$a_all applied" "$work/step.log" || fail "the office did not apply exactly $a_all operations"
run_step "office publishes" "$office" publish "$master" "$share"
run_step "TA03 syncs" "$kiosk" --sync --db "$b_db" --share "$share"
after_b=$(sqlite3 "$b_db" "$seats_sql")
from_a=$(sqlite3 "$b_db" "SELECT count(*) FROM signups WHERE occurrence_id = $open_id AND id LIKE 'TA02-%' AND phone_last4 = '5678'")
if [[ "$after_b" == $((before_b + 1)) && "$from_a" == 1 ]]; then
  pass "TA03 counts TA02's sign-up: $before_b -> $after_b confirmed for activity $open_id"
else
  fail "TA03 confirmed for $open_id: $before_b -> $after_b, TA02's rows: $from_a"
fi

# --- a second night changes nothing ---------------------------------------------------------------
run_step "TA02 syncs again (acknowledged now)" "$kiosk" --sync --db "$a_db" --share "$share"
left=$(sqlite3 "$a_db" "SELECT count(*) FROM outbox")
[[ "$left" == 0 ]] && pass "TA02's journal is empty once acknowledged" || fail "TA02 still owes $left operation(s)"
run_step "office merges again" "$office" merge "$master" "$share"
master_rows=$(sqlite3 "$master" "SELECT count(*) FROM signups WHERE id LIKE 'TA02-%'")
[[ "$master_rows" == 1 ]] && pass "the master holds TA02's sign-up exactly once" || fail "master TA02 rows: $master_rows"
run_step "office status" "$office" status "$master" "$share"
grep -q "^TA02" "$work/step.log" || fail "status has no line for TA02"

# --- a broken export is refused, the kiosk keeps its data ---------------------------------------------
echo "000099 $(printf '0%.0s' {1..64}) 10" >"$share/export/LATEST"
if "$kiosk" --sync --db "$b_db" --share "$share" >"$work/bad.log" 2>&1; then
  fail "TA03 accepted a LATEST that names no export"
else
  pass "TA03 refused a broken export: $(head -c 200 "$work/bad.log")"
fi
[[ "$(sqlite3 "$b_db" "$seats_sql")" == "$after_b" ]] && pass "TA03 kept its data" || fail "TA03's data changed"

e2e_finish
