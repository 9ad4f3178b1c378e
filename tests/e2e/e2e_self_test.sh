#!/bin/bash
# tests/e2e/e2e_self_test.sh E2E_DIR MAKE_DEMO_DB_BIN DEMO_DIR — the e2e scripts can fail: each one
# (run_e2e, calendar_e2e, signup_e2e, booking_e2e) must exit non-zero when the kiosk binary is missing, and
# when it runs but no screen ever appears (a stand-in kiosk that draws nothing, waits capped at
# 1 s by KIOSK_E2E_MAX_WAIT). A script that passed either way would prove nothing.
set -u
e2e_dir="$1" make_db="$2" demo_dir="$3"
work="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-e2e-self.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failures=0
# A kiosk that accepts any arguments, opens no window, writes no screenshot and no targets.
printf '#!/bin/sh\nsleep 0.1\nexit 0\n' >"$work/blind-kiosk"
chmod +x "$work/blind-kiosk"

for script in run_e2e.sh calendar_e2e.sh signup_e2e.sh booking_e2e.sh; do
  for kiosk in "$work/no-such-kiosk" "$work/blind-kiosk"; do
    rc=0
    KIOSK_E2E_MAX_WAIT=1 timeout 600 "$e2e_dir/$script" "$kiosk" "$make_db" "$demo_dir" >"$work/out" 2>&1 || rc=$?
    if ((rc == 0)); then
      echo "FAIL: $script passed with $(basename "$kiosk")"
      sed 's/^/    | /' "$work/out" | tail -20
      failures=$((failures + 1))
    elif ! grep -q '^FAIL' "$work/out"; then
      echo "FAIL: $script exited $rc with $(basename "$kiosk") but printed no FAIL line"
      failures=$((failures + 1))
    else
      echo "PASS: $script fails with $(basename "$kiosk") (exit $rc, $(grep -c '^FAIL' "$work/out") FAIL lines)"
    fi
  done
done
echo "== e2e self-test: $([[ $failures -eq 0 ]] && echo "all checks passed" || echo "$failures check(s) FAILED") =="
((failures == 0))
