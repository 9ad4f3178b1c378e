#!/bin/bash
# tests/e2e/supervise.sh PIDFILE LOG COMMAND... — what systemd's Restart=always (RestartSec=1,
# packaging/kiosk.service) does for the kiosk, for tests: runs COMMAND, and whenever it exits,
# however (a crash, kill -9), notes it in LOG and starts it again after 1 s. The running child's
# pid is kept in PIDFILE. Stops on SIGTERM (stopping the child too).
set -u
pidfile="$1" log="$2"
shift 2
child=0
trap '[[ $child -gt 0 ]] && kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' TERM INT
while true; do
  "$@" &
  child=$!
  echo "$child" >"$pidfile"
  echo "start $child $(date +%s.%N)" >>"$log"
  wait "$child"
  echo "exit $? $(date +%s.%N)" >>"$log"
  sleep 1
done
