# tests/e2e/office_lib.sh — what the kiosk-office command-line scripts share. Sourced, not run:
#   source "$(dirname "$0")/office_lib.sh"
# Gives: work (a temp folder removed at exit), failures; fail; expect_rc (runs a command, its
# stdout in $work/out and stderr in $work/err, and checks the exit code); expect_in.
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
