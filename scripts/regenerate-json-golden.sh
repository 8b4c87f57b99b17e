#!/usr/bin/env bash
# Rewrites tests/data/json_golden (see its README) with a build's hedgeplan-cli.
#   scripts/regenerate-json-golden.sh [BUILD_DIR]   (default build/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
CLI="$BUILD/bin/hedgeplan-cli"
OUT="$ROOT/tests/data/json_golden"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
DEMO="$TMP/demo.hedgeplan"
"$CLI" demo "$DEMO"
stem() { tr 'A-Z' 'a-z' <<<"$1" | tr ' /' '--'; }
for s in "Status quo" "Pivot" "Hedge 60/40" "Full exit" "Pivot, settled"; do
  "$CLI" evaluate "$DEMO" --scenario "$s" --json >"$OUT/evaluate-$(stem "$s").json"
  [[ "$s" == "Status quo" ]] || "$CLI" compare "$DEMO" "Status quo" "$s" --json >"$OUT/compare-status-quo-$(stem "$s").json"
done
"$CLI" compare "$DEMO" Pivot "Status quo" --json >"$OUT/compare-pivot-status-quo.json"
"$CLI" montecarlo "$DEMO" --scenario Pivot --trials 2000 --seed 1 --threads 2 --json >"$OUT/montecarlo-pivot.json"
"$CLI" montecarlo "$DEMO" --scenario Pivot --against "Status quo" --trials 1000 --seed 7 --threads 2 --json \
  >"$OUT/montecarlo-pivot-against-status-quo.json"
"$BUILD/bench/bench_make_synthetic" "$TMP/synthetic.hedgeplan"
"$CLI" evaluate "$TMP/synthetic.hedgeplan" --scenario Synthetic --json >"$TMP/synthetic.json"
echo "$(wc -c <"$TMP/synthetic.json") $(sha256sum <"$TMP/synthetic.json" | cut -d' ' -f1)" >"$OUT/evaluate-synthetic.sha256"
