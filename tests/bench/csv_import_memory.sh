#!/bin/bash
# tests/bench/csv_import_memory.sh — peak memory of `kiosk-office import` for spreadsheet CSVs of
# 10k, 100k and 1M rows (a measured run, not a test): generates each file, imports it into a fresh
# master, and prints rows, file size, peak RSS (/usr/bin/time -v) and their ratio.
#
#   tests/bench/csv_import_memory.sh [KIOSK_OFFICE] [ROWS...]
#   default: build/release/tools/kiosk-office, 10000 100000 1000000
set -eu
office="${1:-build/release/tools/kiosk-office}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One activity a row, on the demo's sites and categories, spread over the import window; every
# tenth repeats weekly for a month, and titles and bodies carry Chinese text as real files do.
generate() {  # rows file
  python3 - "$1" "$2" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
sites = ["福圣社区", "圣南社区", "同福社区", "阳光村", "丽阳社区"]
cats = ["教育", "议事", "文艺", "健康", "环保"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("编号,标题,类别,社区,主办方,房间,地点,日期,开始,结束,结束日期,重复,除外日期,名额,招募志愿者,状态,海报,简介\n")
    for i in range(rows):
        day = 1 + i % 28
        month = 10 + (i // 28) % 3
        repeat = "FREQ=WEEKLY;COUNT=4" if i % 10 == 0 else ""
        f.write(f"bench-{i},社区活动第{i}场·读书会,{cats[i % 5]},{sites[i % 5]},,,活动室{i % 7},"
                f"2026-{month:02d}-{day:02d},9:30,11:00,,{repeat},,{20 + i % 30},否,,,"
                f"\"欢迎居民参加，第{i}场，请带好老年卡。\"\n")
PY
}

. "$(dirname "$0")/import_memory_run.sh"
printf '%10s %12s %14s %8s %10s\n' rows file_bytes peak_rss_bytes ratio seconds
for rows in "${sizes[@]}"; do
  csv="$work/cal-$rows.csv"
  generate "$rows" "$csv"
  measure_import "$office" "$work" "$csv" "$rows" 2026-10-01
done
