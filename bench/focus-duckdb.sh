#!/usr/bin/env bash
# FOCUS import at scale (issue 16): FOCUS files of 1 000 000 and 10 000 000
# lines made of tests/data/import/focus_sample.csv repeated over 24 consecutive
# months (generated on the fly, deleted afterwards), then `hedgeplan-cli
# import-focus` (wall time and peak RSS from /usr/bin/time -v) next to DuckDB
# aggregating the same file (per provider and month: sum of EffectiveCost and
# BilledCost), and the ratio of the wall times. Figures in docs/performance.md.
#
#   bench/focus-duckdb.sh [CLI]      (default $BUILD/bin/hedgeplan-cli, BUILD=build/)
#
# LINES lists the sizes (default "1000000 10000000"; the 10 M file takes 7 GB in
# $TMPDIR for the time of its run). THREADS is passed as --threads (default: the
# CLI's, all cores). DuckDB comes from npm (@duckdb/node-api, installed into a
# temporary folder); without node/npm that half is skipped.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build}"
CLI="${1:-$BUILD/bin/hedgeplan-cli}"
SIZES="${LINES:-1000000 10000000}"
SAMPLE="$ROOT/tests/data/import/focus_sample.csv"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
HAVE_NODE=0
if command -v npm >/dev/null && command -v node >/dev/null; then
  (cd "$TMP" && npm install --silent --no-audit --no-fund @duckdb/node-api >/dev/null 2>&1) && HAVE_NODE=1
fi
seconds() { # "m:ss.ss" or "h:mm:ss" → seconds
  awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; print s }' <<<"$1"
}
for LINES in $SIZES; do
FOCUS="$TMP/focus-${LINES}.csv"
# Copy k of the sample (k = 0, 1, …) is moved k mod 24 months later: every
# timestamp "YYYY-MM-DD hh:mm:ss" gets the month offset, its day clamped to 28
# so that every date exists (no 2025-02-30); start/end order is kept.
awk -v lines="$LINES" '
  NR == 1 { print; next }
  { rows[++n] = $0 }
  END {
    for (k = 0; written < lines; ++k) {
      shift = k % 24
      for (i = 1; i <= n && written < lines; ++i) {
        line = rows[i]; out = ""
        while (match(line, /"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] /)) {
          y = substr(line, RSTART + 1, 4) + 0; m = substr(line, RSTART + 6, 2) + 0; d = substr(line, RSTART + 9, 2) + 0
          m += shift; while (m > 12) { m -= 12; ++y }
          if (d > 28) d = 28
          out = out substr(line, 1, RSTART - 1) sprintf("\"%04d-%02d-%02d ", y, m, d)
          line = substr(line, RSTART + RLENGTH)
        }
        print out line
        ++written
      }
    }
  }' "$SAMPLE" >"$FOCUS"
echo "FOCUS file: $(($(wc -l <"$FOCUS") - 1)) data lines, $(du -h "$FOCUS" | cut -f1)"

PROJECT="$TMP/focus.hedgeplan"
rm -f "$PROJECT"
"$CLI" demo "$PROJECT" >/dev/null
echo "== hedgeplan-cli import-focus ($LINES lines)"
/usr/bin/time -v "$CLI" import-focus "$PROJECT" "$FOCUS" --valid-rows ${THREADS:+--threads "$THREADS"} >"$TMP/import.out" 2>"$TMP/import.err" || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size|Exit status" "$TMP/import.err"
grep -E "rows read" "$TMP/import.out" || true
HP_WALL=$(seconds "$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K.*' "$TMP/import.err")")
HP_RSS=$(grep -oP 'Maximum resident set size \(kbytes\): \K.*' "$TMP/import.err")

if [ "$HAVE_NODE" = 1 ]; then
  echo "== DuckDB (@duckdb/node-api)"
  cat >"$TMP/query.mjs" <<JS
import { DuckDBInstance } from '@duckdb/node-api';
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const started = performance.now();
const reader = await connection.runAndReadAll(
  "select ProviderName, substr(CAST(ChargePeriodStart AS VARCHAR),1,7) m, sum(EffectiveCost), sum(BilledCost) " +
  "from read_csv('$FOCUS', nullstr='NULL') group by all");
console.log('rows', reader.getRows().length, 'query ms', (performance.now() - started).toFixed(0));
JS
  (cd "$TMP" && /usr/bin/time -v node query.mjs 2>"$TMP/duck.err") || true
  grep -E "Elapsed \(wall clock\)|Maximum resident set size|Exit status" "$TMP/duck.err"
  DUCK_WALL=$(seconds "$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K.*' "$TMP/duck.err")")
  DUCK_RSS=$(grep -oP 'Maximum resident set size \(kbytes\): \K.*' "$TMP/duck.err")
  echo "summary: $LINES lines $(du -h "$FOCUS" | cut -f1): hedgeplan ${HP_WALL} s ${HP_RSS} kB, DuckDB ${DUCK_WALL} s ${DUCK_RSS} kB, ratio $(awk -v a="$HP_WALL" -v b="$DUCK_WALL" 'BEGIN { printf "%.2f", a / b }')"
else
  echo "node/npm not found: DuckDB skipped"
  echo "summary: $LINES lines $(du -h "$FOCUS" | cut -f1): hedgeplan ${HP_WALL} s ${HP_RSS} kB"
fi
rm -f "$FOCUS"
done
