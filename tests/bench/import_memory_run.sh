# tests/bench/import_memory_run.sh — sourced by the import memory benchmarks: imports one file into
# a fresh master under /usr/bin/time -v and prints its count, bytes, peak RSS, ratio and seconds.
#
#   measure_import OFFICE WORK FILE COUNT TODAY   (COUNT: the rows or events that must all import)
measure_import() {
  local office="$1" work="$2" file="$3" count="$4" today="$5"
  local master="$work/master.db"
  rm -f "$master" "$master"-wal "$master"-shm
  "$office" init "$master" >/dev/null
  /usr/bin/time -v -o "$work/time" "$office" import "$master" "$file" --today "$today" >"$work/out" 2>"$work/err" ||
    { echo "import of $file failed:"; head -5 "$work/err"; exit 1; }
  grep -q "$count/$count" "$work/out" || { echo "not everything imported: $(cat "$work/out")"; exit 1; }
  local bytes rss_kb secs ratio
  bytes=$(stat -c %s "$file")
  rss_kb=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$work/time")
  secs=$(sed -nE 's/.*Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/\1/p' "$work/time")
  ratio=$(python3 -c "print(f'{$rss_kb * 1024 / $bytes:.3f}')")
  printf '%10s %12s %14s %8s %10s\n' "$count" "$bytes" "$((rss_kb * 1024))" "$ratio" "$secs"
  rm -f "$file" "$master" "$master"-wal "$master"-shm
}
