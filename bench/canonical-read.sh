#!/usr/bin/env bash
# Reading a canonical CSV folder at scale (issue 16, last import point): the demo
# portfolio (`hedgeplan-cli demo`) plus an actuals.csv of ROWS rows (default
# 1 000 000; 4 providers × 60 months, costs with 2 to 9 decimals, generated on the
# fly in a temporary folder and deleted afterwards), read by `hedgeplan-cli show
# FOLDER providers --json` (the reading alone) and `evaluate FOLDER --scenario
# "Status quo" --json` (reading + the engine) under /usr/bin/time -v: wall time,
# CPU time and peak RSS. Figures in docs/performance.md.
#
#   bench/canonical-read.sh [CLI]      (default $BUILD/bin/hedgeplan-cli, BUILD=build/)
#
# KEEP=DIR writes the folder to DIR and keeps it (e.g. to compare two binaries).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build}"
CLI="${1:-$BUILD/bin/hedgeplan-cli}"
ROWS="${ROWS:-1000000}"

if [[ -n "${KEEP:-}" ]]; then
  DIR="$KEEP"
  mkdir -p "$DIR"
else
  TMP="$(mktemp -d)"
  trap 'rm -rf "$TMP"' EXIT
  DIR="$TMP/folder"
fi
if [[ ! -f "$DIR/actuals.csv" ]] || [[ "$(($(wc -l <"$DIR/actuals.csv") - 1))" != "$ROWS" ]]; then
  "$CLI" demo "$DIR" >/dev/null
  awk -v rows="$ROWS" 'BEGIN {
    split("cloud_a cloud_b cloud_c model_api", p, " ")
    print "provider,month,billed_cost,effective_cost,currency"
    for (i = 0; i < rows; ++i) {
      m = i % 60; y = 2026 + int(m / 12)
      printf "%s,%04d-%02d,%d.%02d,%d.%09d,USD\n", p[int(i / 60) % 4 + 1], y, m % 12 + 1, 1000 + i % 9000, i % 100, 900 + i % 8000, (i * 7919) % 1000000000
    }
  }' >"$DIR/actuals.csv"
fi
echo "actuals.csv: $(($(wc -l <"$DIR/actuals.csv") - 1)) rows, $(du -h "$DIR/actuals.csv" | cut -f1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # label, command…
  local label="$1"; shift
  local log="$DIR/../time-$$.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { echo "$label: failed"; tail -5 "$log"; rm -f "$log"; return 1; }
  awk -v label="$label" -F': ' '
    /Elapsed \(wall clock\)/ { wall = $2 }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%-10s wall %s, CPU %.2f s, peak RSS %.1f MB\n", label, wall, user + sys, rss / 1024 }' "$log"
  rm -f "$log"
}
measure show "$CLI" show "$DIR" providers --json
measure evaluate "$CLI" evaluate "$DIR" --scenario "Status quo" --json
