#!/usr/bin/env bash
# tests/e2e/read_aloud_e2e.sh — `kiosk --screen detail --occurrence ID --read-aloud-to OUT.wav`
# writes what 朗读 says on the activity detail (and `--screen mine-list` on 我的报名与预约): a WAV that is not silent and lasts as long as its
# text takes to say; a screen with nothing to read aloud is one clear error, not an empty file.
source "$(dirname "$0")/e2e_lib.sh" read_aloud "$@"

make_demo_db
start_xvfb 1920x1080 display
id="$(open_activity "$db")"
[[ -n "$id" ]] || { fail "no open activity in the demo"; exit 1; }
title="$(sqlite3 "$db" "SELECT e.title FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = $id")"
body="$(sqlite3 "$db" "SELECT e.body FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = $id")"
wav="$work/detail.wav"
if DISPLAY="$display" timeout 120 "$kiosk" --db "$db" --today "$today" --screen detail --occurrence "$id" \
  --read-aloud-to "$wav" >"$work/read.log" 2>&1; then
  pass "kiosk --read-aloud-to exits 0"
else
  fail "kiosk --read-aloud-to"
  show "$work/read.log"
fi
# Duration and loudness from the WAV itself; the text's characters bound the duration: at most
# 8 characters a second (the title, facts and description are all said), at least 1.5.
chars="$(printf '%s%s' "$title" "$body" | python3 -c 'import sys; print(len(sys.stdin.read()))')"
if report="$(python3 - "$wav" "$chars" <<'PY'
import sys, wave, array, math
w = wave.open(sys.argv[1])
assert w.getnchannels() == 1 and w.getsampwidth() == 2, "mono 16-bit"
samples = array.array("h", w.readframes(w.getnframes()))
seconds = len(samples) / w.getframerate()
rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))
chars = int(sys.argv[2])
print(f"{seconds:.1f} s, rms {rms:.0f}, {chars} characters of title and description")
assert rms > 300, "silent"
assert seconds >= chars / 8, "too short for its text"
assert seconds <= (chars + 120) / 1.5 + 5, "too long for its text"
PY
)"; then
  pass "detail read aloud: $report"
else
  fail "detail WAV: $report"
fi
# 我的报名与预约 of the demo's first resident: their records said (at least the screen's name, a
# title, a time and a code: several seconds), not silent.
mine_wav="$work/mine.wav"
if DISPLAY="$display" timeout 120 "$kiosk" --db "$db" --today "$today" --screen mine-list \
  --read-aloud-to "$mine_wav" >"$work/mine.log" 2>&1 &&
  report="$(python3 - "$mine_wav" <<'PY'
import sys, wave, array, math
w = wave.open(sys.argv[1])
samples = array.array("h", w.readframes(w.getnframes()))
seconds = len(samples) / w.getframerate()
rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))
print(f"{seconds:.1f} s, rms {rms:.0f}")
assert rms > 300, "silent"
assert 4 <= seconds <= 300, "not the length of a list of records"
PY
)"; then
  pass "我的报名与预约 read aloud: $report"
else
  fail "我的报名与预约 WAV: ${report:-no file}"
  show "$work/mine.log"
fi
# Home has no 朗读: one line saying so, exit 1, no file.
if DISPLAY="$display" timeout 120 "$kiosk" --db "$db" --today "$today" --screen home \
  --read-aloud-to "$work/home.wav" >"$work/home.log" 2>&1; then
  fail "home read aloud should fail"
elif grep -q "nothing to read aloud" "$work/home.log" && [[ ! -s "$work/home.wav" ]]; then
  pass "home: nothing to read aloud"
else
  fail "home: wrong error"
  show "$work/home.log"
fi
e2e_finish
