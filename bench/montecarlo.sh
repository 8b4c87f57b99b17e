#!/usr/bin/env bash
# Whole-process timing of Monte Carlo on the demo (issue 16; goal: 10 000
# trials on 2 threads under 400 ms), figures in docs/performance.md.
#
#   bench/montecarlo.sh [CLI…]
#
# CLI defaults to $BUILD/bin/hedgeplan-cli (BUILD defaults to build/); give
# several to compare them. Needs hyperfine; RUNS sets the number of runs
# (default 20); THREADS the worker threads (default 2).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build}"
RUNS="${RUNS:-20}"
THREADS="${THREADS:-2}"
CLIS=("$@")
((${#CLIS[@]})) || CLIS=("$BUILD/bin/hedgeplan-cli")

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
DEMO="$TMP/demo.hedgeplan"
"${CLIS[0]}" demo "$DEMO"

commands=()
for cli in "${CLIS[@]}"; do
  args=(montecarlo "$DEMO" --scenario Pivot --trials 10000 --seed 1 --threads "$THREADS" --json)
  "$cli" "${args[@]}" >"$TMP/out.json"
  echo "$cli: sha256 of the JSON $(sha256sum <"$TMP/out.json" | cut -c1-16)"
  commands+=("$cli ${args[*]}")
done
hyperfine -N --warmup 2 --runs "$RUNS" "${commands[@]}"
