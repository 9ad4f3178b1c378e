#!/bin/bash
# tests/e2e/calendar_e2e.sh KIOSK_BIN MAKE_DEMO_DB_BIN DEMO_DIR
#
# Screenshots of the calendar's views from the real `kiosk` binary on private Xvfb servers:
# month, week, day, detail, search and filters, each in landscape 1920x1080, portrait 1080x1920
# and 大字; each PNG must have the right size and not be blank, and 大字 must differ from normal.
# Set KIOSK_E2E_SHOTS=DIR to keep the PNGs (to look at them). Exits non-zero when a check fails.
source "$(dirname "$0")/e2e_lib.sh" calendar-e2e "$@"




echo "== calendar e2e: $kiosk =="
start_xvfb 1920x1080 landscape
start_xvfb 1080x1920 portrait
make_demo_db

for view in calendar calendar-week calendar-day detail search calendar-filters; do
  shoot "$landscape" "$shots/$view.png" --screen "$view"
  check_png "$view, landscape" "$shots/$view.png" 1920 1080
  shoot "$portrait" "$shots/$view-portrait.png" --screen "$view"
  check_png "$view, portrait" "$shots/$view-portrait.png" 1080 1920
  shoot "$landscape" "$shots/$view-large.png" --screen "$view" --large-text
  check_png "$view, 大字" "$shots/$view-large.png" 1920 1080
  if [[ -s "$shots/$view.png" && -s "$shots/$view-large.png" ]]; then
    differing=$(compare -metric AE "$shots/$view.png" "$shots/$view-large.png" null: 2>&1 || true)
    if awk -v d="$differing" 'BEGIN { exit !(d + 0 > 10000) }'; then
      pass "$view: 大字 changes the picture ($differing pixels differ)"
    else
      fail "$view: 大字 screenshot is (nearly) the same as normal ($differing pixels differ)"
    fi
  fi
done
# The views differ from one another (a view name that silently fell back would not).
if [[ -s "$shots/calendar.png" && -s "$shots/calendar-week.png" ]]; then
  differing=$(compare -metric AE "$shots/calendar.png" "$shots/calendar-week.png" null: 2>&1 || true)
  if awk -v d="$differing" 'BEGIN { exit !(d + 0 > 10000) }'; then
    pass "week view differs from month view ($differing pixels)"
  else
    fail "week view looks like the month view"
  fi
fi

e2e_finish
