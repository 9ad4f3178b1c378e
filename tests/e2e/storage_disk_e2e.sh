#!/bin/bash
# tests/e2e/storage_disk_e2e.sh — a sign-up at the kiosk when its disk really fails, no display
# needed (the headless UI test StorageFailureOnDisk drives the screens): the database on a tiny
# tmpfs that fills up before 确认报名, and the database in a read-only folder, the kiosk running as
# an unprivileged user. Each time the resident reads the specific sentence, not 系统故障, nothing is
# recorded and the log names the cause. Needs root (mount, setpriv): it fails, never skips, without.
#
#   storage_disk_e2e.sh UI_TESTS KIOSK_MAKE_DEMO_DB
set -u
ui_tests="$1"
make_demo="$2"
work="$(mktemp -d /tmp/kiosk-disk-XXXXXX)"
tiny="$work/tiny"
cleanup() {
  mountpoint -q "$tiny" && umount "$tiny"
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

[ "$(id -u)" -eq 0 ] || { echo "FAIL: needs root to mount a tmpfs and to run the kiosk as another user"; exit 1; }
chmod 755 "$work"

run_case() {  # description expected-sentence db [fill-file] [setpriv args...]
  local what="$1" expect="$2" db="$3" fill="$4"
  shift 4
  if env KIOSK_DISK_DB="$db" KIOSK_DISK_EXPECT="$expect" ${fill:+KIOSK_DISK_FILL="$fill"} \
      ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$@" "$ui_tests" --gtest_also_run_disabled_tests \
      --gtest_filter='StorageFailureOnDisk.DISABLED_SignUpOnARealDisk' >"$work/out" 2>&1; then
    grep -q "^logged: " "$work/out" || fail "$what: the test printed no log: $(tail -5 "$work/out")"
    echo "ok: $what: $(grep '^logged: ' "$work/out" | head -1 | cut -c1-200)"
  else
    fail "$what: $(grep -E 'Failure|Expected|Which is|error' -A3 "$work/out" | head -20)"
  fi
}

# 1. A tmpfs of 8 MB holding the database; the test fills the rest before the resident confirms.
mkdir -p "$tiny"
mount -t tmpfs -o size=8m,mode=755 tmpfs "$tiny" || { echo "FAIL: mount -t tmpfs failed"; exit 1; }
"$make_demo" "$tiny/kiosk.sqlite" --today 2026-11-27 >/dev/null || fail "demo database on the tmpfs"
run_case "disk full (tmpfs)" "磁盘已满" "$tiny/kiosk.sqlite" "$tiny/filler"
umount "$tiny"

# 2. A read-only folder: the database file and its folder belong to root and only root may write
#    them (an admin's chown). The kiosk, running as nobody, opens it read-only: a WAL database can be
#    read there while the -wal and -shm that root's open connection keeps may be shared.
mkdir -p "$work/ro"
"$make_demo" "$work/ro/kiosk.sqlite" --today 2026-11-27 >/dev/null || fail "demo database in the folder"
python3 -c 'import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); c.execute("SELECT count(*) FROM meta").fetchall(); time.sleep(30)' \
  "$work/ro/kiosk.sqlite" &
holder=$!
for _ in $(seq 50); do [ -e "$work/ro/kiosk.sqlite-shm" ] && break; sleep 0.1; done
chmod 755 "$work/ro"
chmod 644 "$work/ro/kiosk.sqlite"
chmod 666 "$work/ro/kiosk.sqlite-wal" "$work/ro/kiosk.sqlite-shm"
run_case "read-only file and folder (as nobody)" "不可写" "$work/ro/kiosk.sqlite" "" \
  setpriv --reuid=65534 --regid=65534 --clear-groups
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "storage_disk_e2e: all passed"
