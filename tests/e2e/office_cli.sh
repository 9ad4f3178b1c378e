#!/bin/bash
# tests/e2e/office_cli.sh — kiosk-office end to end, no display needed: init, import the example
# CSV and an .ics, list, re-import without duplicates, and bad files: readable lines naming
# file, line and field, non-zero exit, nothing changed; --skip-bad imports the good events, lists
# each skipped row FILE:LINE, and fails when no row is good.
#
#   office_cli.sh KIOSK_OFFICE DEMO_DIR
set -u
office="$1"
demo_dir="$2"
source "$(dirname "$0")/office_lib.sh"

master="$work/master.db"
expect_rc 0 "init" "$office" init "$master"
expect_in "$work/out" "5 sites" "init summary"
expect_rc 1 "init refuses to overwrite" "$office" init "$master"
expect_in "$work/err" "already exists" "init overwrite message"

# The documented example CSV.
expect_rc 0 "import example CSV" "$office" import "$master" "$demo_dir/example-calendar.csv" --today 2026-09-15
expect_in "$work/out" "5/5" "import summary"
expect_rc 0 "list" "$office" list "$master" --from 2026-09-01 --to 2027-03-31 --format csv
cp "$work/out" "$work/first-list"
expect_in "$work/first-list" "2026-10-18T00:00,2026-10-19T00:00,阳光村,孝老爱亲节" "all-day row"
expect_in "$work/first-list" "2026-09-01T21:30,2026-09-02T00:30,福圣社区,夜间平安巡逻" "past-midnight row"
expect_in "$work/first-list" "2026-09-05T09:30,2026-09-05T11:00,福圣社区,坝坝会·党群议事·院落共治" "monthly row"
grep -q "2026-10-01T16:30" "$work/first-list" && fail "an excepted date (2026-10-01) is listed"
grep -q "蔚然花海" "$work/first-list" && fail "a cancelled activity is listed"
[ "$(head -c3 "$work/first-list" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "CSV list lacks the UTF-8 BOM"
tail -c +4 "$work/first-list" | cut -d, -f1 | sort -c || fail "list is not sorted by start"

# Re-import: same lines, no duplicates.
expect_rc 0 "re-import" "$office" import "$master" "$demo_dir/example-calendar.csv" --today 2026-09-15
expect_in "$work/out" "0 added" "re-import adds nothing"
"$office" list "$master" --from 2026-09-01 --to 2027-03-31 --format csv >"$work/second-list"
cmp -s "$work/first-list" "$work/second-list" || fail "re-import changed the list"

# An .ics with one good and one bad event.
cat >"$work/bad.ics" <<'ICS'
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:good-1
SUMMARY:好活动
DTSTART;TZID=America/New_York:20261105T090000
DURATION:PT1H
CATEGORIES:议事
X-KIOSK-SITE:圣南社区
END:VEVENT
BEGIN:VEVENT
UID:bad-1
SUMMARY:坏活动
DTSTART:20261105T090000
CATEGORIES:议事
X-KIOSK-SITE:火星社区
END:VEVENT
END:VCALENDAR
ICS
expect_rc 1 "bad .ics without --skip-bad" "$office" import "$master" "$work/bad.ics" --today 2026-09-15
expect_in "$work/err" "bad.ics:16: X-KIOSK-SITE: 没有这个社区 \"火星社区\" / unknown site \"火星社区\"" "bad line"
expect_in "$work/err" "nothing was changed" "nothing changed"
"$office" list "$master" --format csv >"$work/after-bad"
grep -q "好活动" "$work/after-bad" && fail "the good event was imported without --skip-bad"
expect_rc 0 "bad .ics with --skip-bad" "$office" import "$master" "$work/bad.ics" --today 2026-09-15 --skip-bad
expect_in "$work/err" "bad.ics:16: X-KIOSK-SITE:" "skipped line listed"
expect_rc 0 "list after skip-bad" "$office" list "$master" --from 2026-11-05 --to 2026-11-05 --format csv
expect_in "$work/out" "2026-11-05T22:00,2026-11-05T23:00,圣南社区,好活动" "New York 09:00 is Shanghai 22:00"

# --skip-bad lists each skipped row FILE:LINE in its summary; with no good row it fails and says so.
header='编号,标题,类别,社区,主办方,房间,地点,日期,开始,结束,结束日期,重复,除外日期,名额,招募志愿者,状态,海报,简介'
printf '%s\n%s\n%s\n%s\n' "$header" \
  'sk-1,跳过一,教育,火星社区,,,,2026-11-06,9:00,10:00,,,,,否,,,' \
  'sk-2,好的一行,教育,福圣社区,,,,2026-11-06,9:00,10:00,,,,,否,,,' \
  'sk-3,跳过二,教育,福圣社区,,,,2026-11-06,25:00,10:00,,,,,否,,,' >"$work/some-bad.csv"
expect_rc 0 "CSV with two bad rows, --skip-bad" "$office" import "$master" "$work/some-bad.csv" --today 2026-09-15 --skip-bad
expect_in "$work/out" "1/3" "one of three imported"
expect_in "$work/out" "已跳过 / skipped: $work/some-bad.csv:2, $work/some-bad.csv:4" "summary lists each skipped row"
printf '%s\n%s\n%s\n' "$header" \
  'nb-1,全坏一,教育,火星社区,,,,2026-11-07,9:00,10:00,,,,,否,,,' \
  'nb-2,全坏二,教育,福圣社区,,,,2026-11-07,9:00,08:00,,,,,否,,,' >"$work/all-bad.csv"
"$office" list "$master" --format csv >"$work/before-all-bad"
expect_rc 1 "CSV with no good row, --skip-bad" "$office" import "$master" "$work/all-bad.csv" --today 2026-09-15 --skip-bad
expect_in "$work/err" "all-bad.csv: 没有导入任何一行" "no row imported, in Chinese"
expect_in "$work/err" "no row was imported" "no row imported, in English"
expect_in "$work/err" "all-bad.csv:2: " "first bad row listed"
expect_in "$work/err" "all-bad.csv:3: " "second bad row listed"
"$office" list "$master" --format csv >"$work/after-all-bad"
cmp -s "$work/before-all-bad" "$work/after-all-bad" || fail "an import with no good row changed the master"

# Other bad input.
printf '编号,标题\n' >"$work/short.csv"
expect_rc 1 "CSV without required columns" "$office" import "$master" "$work/short.csv"
expect_in "$work/err" "short.csv:1: 类别: 缺少这一列" "missing column"
expect_rc 1 "missing file" "$office" import "$master" "$work/nowhere.ics"
expect_in "$work/err" "nowhere.ics: 找不到文件 / file not found" "missing file message"
expect_rc 1 "missing master" "$office" list "$work/none.db"
mkdir -p "$work/share"
expect_rc 2 "status of a missing master" "$office" status "$work/none.db" "$work/share"
expect_in "$work/err" "主数据库不存在：$work/none.db / master database not found: $work/none.db" "missing master, Chinese first"
expect_rc 2 "merge into a missing share" "$office" merge "$master" "$work/no-share"
expect_in "$work/err" "共享文件夹不存在：$work/no-share / shared folder not found" "missing share, Chinese first"
expect_rc 2 "bad date option" "$office" list "$master" --from 2026-13-01
expect_rc 2 "no command" "$office"

# The district key: keygen writes one line of hex, owner-only, never overwrites; init --key
# records its fingerprint in the master's meta.
key="$work/district.key"
expect_rc 0 "keygen" "$office" keygen "$key"
fingerprint=$(sed -nE 's/.*fingerprint ([0-9a-f]{16}).*/\1/p' "$work/out")
[ -n "$fingerprint" ] || fail "keygen printed no fingerprint: $(cat "$work/out")"
[ "$(stat -c %a "$key")" = 600 ] || fail "key file mode $(stat -c %a "$key"), want 600"
grep -qxE '[0-9a-f]{64}' "$key" && [ "$(wc -l <"$key")" -eq 1 ] || fail "key file is not one line of 64 hex digits"
cp "$key" "$work/key-before"
expect_rc 1 "keygen refuses to overwrite" "$office" keygen "$key"
expect_in "$work/err" "already exists" "keygen overwrite message"
cmp -s "$key" "$work/key-before" || fail "keygen changed an existing key file"
expect_rc 0 "init --key" "$office" init "$work/keyed.db" --key "$key"
expect_in "$work/out" "phone key $fingerprint" "init --key summary"
recorded=$(sqlite3 "$work/keyed.db" "SELECT value FROM meta WHERE key = 'phone_key_fingerprint'")
[ "$recorded" = "$fingerprint" ] || fail "meta phone_key_fingerprint '$recorded', want '$fingerprint'"
echo "not a key" >"$work/bad.key"
expect_rc 1 "init --key with a malformed key" "$office" init "$work/badkey.db" --key "$work/bad.key"
expect_in "$work/err" "malformed key file" "malformed key message"
[ -e "$work/badkey.db" ] && fail "init with a malformed key created the database"

# A plain calendar from Google Calendar (no X-KIOSK-*): the event whose LOCATION names no site is
# refused with the line saying to pass --site; --skip-bad imports the others; --site places all.
plain="$demo_dir/../../tests/core/calendar_import/fixtures/google_shengnan.ics"
plain_master="$work/plain.db"
expect_rc 0 "init for the plain calendar" "$office" init "$plain_master"
expect_rc 1 "plain calendar without --site" "$office" import "$plain_master" "$plain" --today 2026-11-02
expect_in "$work/err" "google_shengnan.ics:56: LOCATION:" "no-site line"
expect_in "$work/err" "pass --site CODE" "no-site line says --site"
expect_rc 0 "plain calendar with --skip-bad" "$office" import "$plain_master" "$plain" --today 2026-11-02 --skip-bad
expect_in "$work/out" "2/3" "two of three imported"
expect_rc 0 "list plain" "$office" list "$plain_master" --from 2026-11-03 --to 2026-11-03 --format csv
expect_in "$work/out" "2026-11-03T09:30,2026-11-03T11:00,圣南社区,长者智能手机课堂" "site from LOCATION"
expect_rc 0 "plain calendar with --site" "$office" import "$plain_master" "$plain" --today 2026-11-02 --site liyang --category arts
expect_in "$work/out" "3/3" "all imported with --site"
expect_rc 1 "unknown --site" "$office" import "$plain_master" "$plain" --today 2026-11-02 --site 火星
expect_in "$work/err" "--site: 没有这个社区 \"火星\" / unknown site \"火星\"" "unknown --site line"

if [ "$failures" -ne 0 ]; then
  echo "office_cli: $failures failure(s)"
  exit 1
fi
echo "office_cli: all checks passed"
