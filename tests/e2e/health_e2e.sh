#!/bin/bash
# tests/e2e/health_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR   (KIOSK_OFFICE=path of kiosk-office)
#
# A kiosk's health reaches the office: kiosk TA05 is installed from the office's export, runs
# twice under Xvfb (the second start is a restart), syncs; the office merges, and
# `kiosk-office status` shows TA05's latest health (version, 1 restart, the sync) in its last
# column. Exits non-zero when a check fails.
source "$(dirname "$0")/e2e_lib.sh" health-e2e "$@"
office="${KIOSK_OFFICE:-}"
[[ -x "$office" ]] || { echo "FAIL: health-e2e: KIOSK_OFFICE is not an executable: '$office'"; exit 1; }
share="$work/share" master="$work/master.db" kdb="$work/ta05.db"
mkdir -p "$share"
run_step() {  # run_step WHAT COMMAND...
  local what="$1"
  shift
  if "$@" >"$work/step.log" 2>&1; then pass "$what"; else
    fail "$what (exit $?)"
    show "$work/step.log"
  fi
}

echo "== health e2e: $kiosk, $office =="
start_xvfb 1920x1080 landscape
make_demo_db
mv "$db" "$master"
run_step "office publishes" "$office" publish "$master" "$share"
run_step "kiosk TA05 installed from the export" "$kiosk" --sync --db "$kdb" --kiosk-id TA05 --share "$share"
for start in 1 2; do
  targets="$work/targets-$start.json"
  DISPLAY="$landscape" "$kiosk" --db "$kdb" --targets "$targets" >"$work/run-$start.log" 2>&1 &
  pid=$!
  background_pids+=("$pid")
  wait_for_label "$targets" "活动日历" 60 && pass "start $start: home shown" || fail "start $start: no home"
  sleep 2  # the health record is written after the first frame
  kill "$pid"
  wait "$pid" 2>/dev/null
done
reports=$(sqlite3 "$kdb" "SELECT restarts FROM kiosk_health WHERE kiosk_id = 'TA05'")
[[ "$reports" == 1 ]] && pass "the kiosk counted 1 restart" || fail "restarts in the kiosk's record: '$reports'"
run_step "TA05 syncs" "$kiosk" --sync --db "$kdb" --share "$share"
run_step "office merges" "$office" merge "$master" "$share"
"$office" status "$master" "$share" >"$work/status.log" 2>&1
head -n1 "$work/status.log" | grep -q $'\thealth\tnote$' && pass "status has a health column" || fail "no health column"
line=$(grep '^TA05' "$work/status.log")
grep -q ' 1 restarts' <<<"$line" && pass "status shows TA05's health: ${line##*$'\t'}" ||
  { fail "TA05's health line: '$line'"; show "$work/status.log"; }
audits=$(sqlite3 "$master" "SELECT count(*) FROM kiosk_health")
[[ "$audits" == 1 ]] && pass "the office keeps one health row per kiosk" || fail "health rows at the office: $audits"
e2e_finish
