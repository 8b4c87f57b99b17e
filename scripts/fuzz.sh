#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz) in build-fuzz/ with clang,
# ASan and UBSan, then runs each one for SECONDS (default 30) in turn, one
# process at a time, starting from its seed corpus (tests/data, the demo
# portfolio, tests/fuzz/seeds). New corpus entries and crashes go to a
# temporary folder (kept and printed when something crashed). Exits non-zero
# when a harness crashed, leaked or timed out.
#
#   scripts/fuzz.sh            # 30 s each (CI)
#   scripts/fuzz.sh 600        # 10 min each
#   scripts/fuzz.sh 600 fuzz_decimal fuzz_csv_tokenizer   # only these
#
# Environment: HEDGEPLAN_FUZZ_BUILD_DIR (default build-fuzz),
# HEDGEPLAN_FUZZ_OUT (keep corpora and crashes there instead of a temp folder).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-30}"
shift || true
BUILD="${HEDGEPLAN_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
OUT="${HEDGEPLAN_FUZZ_OUT:-$(mktemp -d -t hedgeplan-fuzz.XXXXXX)}"
mkdir -p "$OUT"

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DHEDGEPLAN_FUZZ=ON -DHEDGEPLAN_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target fuzzers

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

failed=()
while IFS=$'\t' read -r name binary max_len seeds options; do
  if (($#)) && [[ " $* " != *" $name "* ]]; then continue; fi
  corpus="$OUT/$name/corpus"
  crashes="$OUT/$name/crashes"
  mkdir -p "$corpus" "$crashes"
  echo "== $name: ${SECONDS_EACH}s, max_len $max_len, seeds $seeds"
  # shellcheck disable=SC2086 # options are separate flags
  if ! "$binary" "$corpus" "$seeds" -max_total_time="$SECONDS_EACH" -max_len="$max_len" \
        -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 \
        -artifact_prefix="$crashes/" $options >"$OUT/$name/log.txt" 2>&1; then
    failed+=("$name")
    tail -n 60 "$OUT/$name/log.txt"
  fi
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done )" "$OUT/$name/log.txt" | tr '\n' ' ' || true
  echo
done <"$BUILD/fuzz/fuzzers.tsv"

if ((${#failed[@]})); then
  echo "Fuzzing found problems in: ${failed[*]}; inputs and logs in $OUT" >&2
  exit 1
fi
if [[ -z "${HEDGEPLAN_FUZZ_OUT:-}" ]]; then rm -rf "$OUT"; fi
echo "All fuzzers ran ${SECONDS_EACH}s each without a crash."
