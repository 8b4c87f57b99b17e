#!/usr/bin/env bash
# FOCUS import at scale (issue 16): a 1 000 000-line FOCUS file made of
# tests/data/import/focus_sample.csv repeated over 24 consecutive months, then
# `hedgeplan-cli import-focus` (wall time and peak RSS from /usr/bin/time -v)
# next to DuckDB aggregating the same file (per provider and month: sum of
# EffectiveCost and BilledCost). Figures in docs/performance.md.
#
#   bench/focus-duckdb.sh [CLI]      (default $BUILD/bin/hedgeplan-cli, BUILD=build/)
#
# LINES sets the number of data lines (default 1000000). DuckDB comes from npm
# (@duckdb/node-api, installed into a temporary folder); without node/npm that
# half is skipped.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build}"
CLI="${1:-$BUILD/bin/hedgeplan-cli}"
LINES="${LINES:-1000000}"
SAMPLE="$ROOT/tests/data/import/focus_sample.csv"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
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
"$CLI" demo "$PROJECT"
echo "== hedgeplan-cli import-focus"
/usr/bin/time -v "$CLI" import-focus "$PROJECT" "$FOCUS" --valid-rows >"$TMP/import.out" 2>"$TMP/import.err" || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size|Exit status" "$TMP/import.err"
grep -v -E "^\s" "$TMP/import.err" | head -5 || true

if command -v npm >/dev/null && command -v node >/dev/null; then
  echo "== DuckDB (@duckdb/node-api)"
  (cd "$TMP" && npm install --silent --no-audit --no-fund @duckdb/node-api >/dev/null 2>&1)
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
else
  echo "node/npm not found: DuckDB skipped"
fi
