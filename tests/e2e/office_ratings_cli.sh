#!/bin/bash
# tests/e2e/office_ratings_cli.sh — `kiosk-office report ratings` end to end, no display needed: the
# ratings of a demo master (three planted, one outside the period) to stdout as the exact bytes
# Excel/WPS get, and a bad period as one bilingual line with exit 2 and nothing on stdout.
#
#   office_ratings_cli.sh KIOSK_OFFICE KIOSK_MAKE_DEMO_DB
set -u
office="$1"
make_demo="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

master="$work/demo.db"
"$make_demo" "$master" --today 2026-11-27 >/dev/null || fail "demo database"
sqlite3 "$master" "INSERT INTO ratings(id, flow, site_code, occurrence_id, room_id, choice, reason, rated_at) VALUES
  ('TA01-1', 'signup', 'fusheng', 1, NULL, 'unsatisfied', 'text_too_small', '2026-12-01T09:30'),
  ('TA01-2', 'signup', 'fusheng', 1, NULL, 'satisfied', NULL, '2026-12-02T10:00'),
  ('TA01-3', 'booking', 'fusheng', NULL, 1, 'fair', NULL, '2026-12-31T23:59'),
  ('TA01-4', 'booking', 'fusheng', NULL, 1, 'fair', NULL, '2027-01-01T00:00');" || fail "planting ratings"
site="$(sqlite3 "$master" "SELECT name_zh FROM sites WHERE code = 'fusheng'")"

"$office" report ratings "$master" --from 2026-12-01 --to 2026-12-31 >"$work/out" 2>"$work/err" ||
  fail "report ratings: exit $?: $(cat "$work/err")"
printf '\xEF\xBB\xBF%s\r\n%s\r\n%s\r\n%s\r\n' \
  "服务 / flow,社区 / site,满意 / satisfied,基本满意 / fair,不满意 / unsatisfied,等候太久 / waited too long,操作太难 / hard to use,字太小 / text too small,信息不清楚 / unclear information,其他 / other,未选原因 / no reason,合计 / total" \
  "报名 / sign-up,$site,1,0,1,0,0,1,0,0,0,2" \
  "预约调解室 / room booking,$site,0,1,0,0,0,0,0,0,1,1" \
  "合计 / total,,1,1,1,0,0,1,0,0,1,3" >"$work/expected"
cmp -s "$work/out" "$work/expected" || fail "report ratings: not the expected bytes:$(diff <(cat -A "$work/expected") <(cat -A "$work/out"))"

"$office" report ratings "$master" --from 2026-12-31 --to 2026-12-01 >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 2 ] || fail "from after to: exit $rc, expected 2"
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "from after to: expected one line, got: $(cat "$work/err")"
[ -s "$work/out" ] && fail "from after to: something on stdout: $(cat "$work/out")"

echo "== office_ratings_cli: $([ "$failures" -eq 0 ] && echo "all checks passed" || echo "$failures check(s) FAILED") =="
[ "$failures" -eq 0 ]
