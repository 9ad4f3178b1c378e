#!/bin/bash
# tests/e2e/deb_package_check.sh DEB — checks the .deb `cpack -G DEB` built, as a centre would get
# it: unpacked with dpkg -x into a scratch root, every file a centre needs is there (programs, units,
# generator, kiosk.toml, demo data, office example, the UI's assets), the units say what they promise (Restart=always,
# cage), the unpacked kiosk prints a sync timer at kiosk.toml's sync_time, and dpkg-deb --info
# names the dependencies. Each check fails on its own when its thing is missing.
set -uo pipefail

deb="${1:?usage: deb_package_check.sh DEB}"
failures=0
pass() { echo "  ok   $*"; }
fail() {
  echo "  FAIL $*"
  failures=$((failures + 1))
}
check() {  # check DESCRIPTION COMMAND...: passes when COMMAND succeeds
  local what="$1"
  shift
  if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

[[ -f "$deb" ]] || { echo "FAIL: no package at $deb"; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg -x $deb"; exit 1; }

echo "== files =="
for file in usr/bin/kiosk usr/bin/kiosk-office usr/bin/kiosk-make-demo-db; do
  check "$file is an executable" test -x "$root/$file"
done
for file in etc/community-kiosk/kiosk.toml usr/lib/systemd/system/kiosk.service \
  usr/lib/systemd/system/kiosk-sync.service usr/lib/systemd/system/kiosk-sync.timer \
  usr/share/community-kiosk/demo/sites.csv usr/share/community-kiosk/demo/events.ics.in \
  usr/share/doc/community-kiosk/examples/kiosk.toml.example \
  usr/share/doc/community-kiosk/examples/office/kiosk-office-nightly.service \
  usr/share/doc/community-kiosk/examples/office/kiosk-office-nightly.timer \
  usr/share/community-kiosk/assets/tile_icons.txt usr/share/community-kiosk/assets/attract_default.png \
  usr/share/community-kiosk/assets/centre_logo.png; do
  check "$file" test -s "$root/$file"
done
check "the sync-time generator is executable" test -x "$root/usr/lib/systemd/system-generators/kiosk-sync-time"

echo "== units =="
units="$root/usr/lib/systemd/system"
check "kiosk.service restarts always" grep -qx 'Restart=always' "$units/kiosk.service"
check "kiosk.service runs the kiosk under cage" grep -q '^ExecStart=/usr/bin/cage .* -- /usr/bin/kiosk ' "$units/kiosk.service"
check "kiosk-sync.service runs kiosk --sync" grep -q '^ExecStart=/usr/bin/kiosk --sync ' "$units/kiosk-sync.service"
check "kiosk-sync.timer has a random delay" grep -q '^RandomizedDelaySec=' "$units/kiosk-sync.timer"
check "the office merges then publishes" grep -q 'kiosk-office publish' \
  "$root/usr/share/doc/community-kiosk/examples/office/kiosk-office-nightly.service"
check "the office runs at 23:00" grep -q 'OnCalendar=.* 23:00:00' \
  "$root/usr/share/doc/community-kiosk/examples/office/kiosk-office-nightly.timer"
check "kiosk.toml is a conffile" sh -c "dpkg-deb -I '$deb' conffiles | grep -qx /etc/community-kiosk/kiosk.toml"
check "postinst enables the kiosk and its timer" sh -c "dpkg-deb -I '$deb' postinst | grep -q 'systemctl enable kiosk.service kiosk-sync.timer'"

echo "== the generator's timer follows kiosk.toml =="
printf 'sync_time = "21:45"\ndb = "/nonexistent/kiosk.db"\n' >"$root/kiosk.toml"
dropin=$("$root/usr/bin/kiosk" --config "$root/kiosk.toml" --print-sync-timer 2>&1)
check "OnCalendar at sync_time 21:45" grep -qx 'OnCalendar=\*-\*-\* 21:45:00 Asia/Shanghai' <<<"$dropin"
check "the drop-in resets the default time first" grep -qx 'OnCalendar=' <<<"$dropin"

echo "== dependencies (dpkg-deb --info) =="
depends=$(dpkg-deb -f "$deb" Depends)
for package in cage xwayland fonts-noto-cjk libglfw3 libsqlite3-0 libsodium23 libicu72 libfontconfig1 \
  libgl1-mesa-dri libxext6 tegaki-zinnia-simplified-chinese espeak-ng-data libzinnia0 libespeak-ng1 \
  fonts-material-design-icons-iconfont; do
  check "Depends names $package" grep -qE "(^|, )$package( |,|$)" <<<"$depends"
done

if ((failures > 0)); then
  echo "deb_package_check: $failures FAILED"
  exit 1
fi
echo "deb_package_check: all passed"
