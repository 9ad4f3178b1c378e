#!/bin/bash
# tests/e2e/office_report_cli.sh — `kiosk-office report` end to end, no display needed: hours and
# sign-ups of the demo master to stdout and to --out (UTF-8 with BOM, CRLF, written whole), and
# each bad argument (2026-13, from after to, no period, a missing master) as one bilingual line
# with a non-zero exit and no file written.
#
#   office_report_cli.sh KIOSK_OFFICE KIOSK_MAKE_DEMO_DB
set -u
office="$1"
make_demo="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_rc() {  # expected-rc description command...
  local expected="$1" what="$2"; shift 2
  "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  [ "$rc" -eq "$expected" ] || fail "$what: exit $rc, expected $expected; stderr: $(cat "$work/err")"
}
expect_in() {  # file text description
  grep -qF -- "$2" "$1" || fail "$3: \"$2\" not in $(basename "$1"): $(head -c 600 "$1")"
}
expect_one_line() {  # file description
  [ "$(wc -l <"$1")" -eq 1 ] || fail "$2: expected one line, got: $(cat "$1")"
}

master="$work/demo.db"
"$make_demo" "$master" --today 2026-11-27 >/dev/null || fail "demo database"

# Sign-ups of the demo week to stdout: BOM, the header, CRLF line ends.
expect_rc 0 "signups to stdout" "$office" report signups "$master" --from 2026-11-23 --to 2026-11-29
[ "$(head -c 3 "$work/out" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "signups: no UTF-8 BOM"
expect_in "$work/out" "日期 / date,时间 / time,活动 / activity" "signups header"
expect_in "$work/out" "2026-11-27," "signups row of the 27th"
[ "$(grep -c $'\r$' "$work/out")" -eq "$(wc -l <"$work/out")" ] || fail "signups: not every line ends in CRLF"
[ "$(wc -l <"$work/out")" -gt 5 ] || fail "signups: too few activities in the demo week: $(cat "$work/out")"

# Hours of the month to a file, written whole; nothing on stdout.
expect_rc 0 "hours to --out" "$office" report hours "$master" --month 2026-11 --out "$work/hours.csv"
[ -s "$work/out" ] && fail "hours --out also printed: $(head -c 200 "$work/out")"
expect_in "$work/hours.csv" "姓名 / name,手机尾号 / phone (last 4)" "hours header"
expect_in "$work/hours.csv" "合计 / total," "hours total row"
[ "$(ls -A "$work" | grep -c '^\.hours')" -eq 0 ] || fail "a temp file was left beside hours.csv"

# Bad arguments: one line, Chinese then English, exit 2, no file.
expect_rc 2 "month 13" "$office" report hours "$master" --month 2026-13 --out "$work/bad.csv"
expect_in "$work/err" "--month 应为年月 YYYY-MM（月份 01–12），而不是 \"2026-13\" / --month must be a month like 2026-11" "month 13 line"
expect_one_line "$work/err" "month 13"
[ -e "$work/bad.csv" ] && fail "a report was written for a bad month"
expect_rc 2 "from after to" "$office" report signups "$master" --from 2026-12-01 --to 2026-11-01
expect_in "$work/err" "--from 2026-12-01 晚于 --to 2026-11-01 / --from 2026-12-01 is after --to 2026-11-01" "from>to line"
expect_one_line "$work/err" "from after to"
expect_rc 2 "no period" "$office" report signups "$master"
expect_in "$work/err" "give --month YYYY-MM, or both --from and --to" "no period line"

# A missing master: one line saying so, exit 1, and no database is created.
expect_rc 1 "missing master" "$office" report hours "$work/nope.db" --month 2026-11
expect_one_line "$work/err" "missing master"
expect_in "$work/err" "nope.db" "missing master names the file"
[ -e "$work/nope.db" ] && fail "report created a database"
# --out into a folder that does not exist: one line, exit 1.
expect_rc 1 "out folder missing" "$office" report hours "$master" --month 2026-11 --out "$work/no/such/dir.csv"
expect_one_line "$work/err" "out folder missing"

if [ "$failures" -ne 0 ]; then
  echo "office_report_cli: $failures failure(s)"
  exit 1
fi
echo "office_report_cli: all checks passed"
