#!/bin/bash
# tests/fuzz/run_fuzz.sh — builds the libFuzzer targets with Debian's clang (a separate build in
# build/fuzz: -fsanitize=fuzzer-no-link,address,undefined) and runs each over its seed corpus in
# tests/fuzz/corpus/. Any crash, leak-free abort or timeout fails; the input is left in
# build/fuzz/artifacts/ to be run again: build/fuzz/tests/fuzz/TARGET FILE.
#
# Each target runs for a bounded time from a fixed seed: every machine tries the same inputs in
# the same order (a faster one gets further), so what CI finds, a local run of the same commit
# finds too. KIOSK_FUZZ_SEED=random explores new ground instead — run that for a while before
# changing a decoder, and commit what it finds to the corpus and as a unit test.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${KIOSK_FUZZ_SECONDS:-20}"
seed="${KIOSK_FUZZ_SEED:-20261203}"
[[ "$seed" == random ]] && seed=0  # libFuzzer's 0: a seed of its own choosing
jobs="${KIOSK_CHECK_JOBS:-2}"
build="$root/build/fuzz"
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="-O1 -g1 -fsanitize=fuzzer-no-link $sanitize" \
  -DCMAKE_C_FLAGS="-O1 -g1 -fsanitize=fuzzer-no-link $sanitize" \
  -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
  -DKIOSK_WERROR=OFF -DKIOSK_BUILD_BENCH=OFF -DKIOSK_BUILD_FUZZ=ON >/dev/null
cmake --build "$build" -j "$jobs" --target fuzz_export fuzz_batch_ops fuzz_poster

mkdir -p "$build/artifacts"
# The export target writes its input as a file each run: on a tmpfs when there is one.
[[ -d /dev/shm ]] && export TMPDIR=/dev/shm
# The targets run side by side, as many at once as there are jobs (each is one single-threaded
# process, so each still gets a core for its whole time); their output is shown in order after.
run_target() {  # run_target TARGET — one target's run; its exit status goes to its .status file
  local target="$1" found rc=0
  found="$(mktemp -d)"  # new inputs the run finds; the committed seeds stay as they are
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -seed="$seed" -timeout=10 -rss_limit_mb=2560 \
    -artifact_prefix="$build/artifacts/fuzz_$target-" -print_final_stats=1 \
    "$found" "$root/tests/fuzz/corpus/$target" >"$build/fuzz_$target.log" 2>&1 || rc=$?
  rm -rf "$found"
  echo "$rc" >"$build/fuzz_$target.status"
}
targets=(export batch_ops poster)
running=()
for target in "${targets[@]}"; do
  rm -f "$build/fuzz_$target.status" "$build/fuzz_$target.log"
  if ((${#running[@]} >= jobs)); then
    wait "${running[0]}" || true
    running=("${running[@]:1}")
  fi
  run_target "$target" &
  running+=($!)
done
for pid in "${running[@]}"; do wait "$pid" || true; done
status=0
for target in "${targets[@]}"; do
  echo "== fuzz_$target: ${seconds} s from seed $seed =="
  cat "$build/fuzz_$target.log" 2>/dev/null || true
  rc="$(cat "$build/fuzz_$target.status" 2>/dev/null || echo missing)"
  if [[ "$rc" != 0 ]]; then
    echo "FAIL: fuzz_$target exited $rc (the input that failed is in $build/artifacts/)"
    status=1
  fi
done
exit "$status"
