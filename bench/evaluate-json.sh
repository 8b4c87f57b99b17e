#!/usr/bin/env bash
# Whole-process timing of `hedgeplan-cli evaluate --json` on the synthetic
# portfolio (200 workloads, 60 months; 15 110 violations, 3.1 MB of JSON),
# issue 16; figures in docs/performance.md.
#
#   bench/evaluate-json.sh [CLI…]
#
# CLI defaults to $BUILD/bin/hedgeplan-cli (BUILD defaults to build/); give
# several to compare them (e.g. main's build and a branch's). The project is
# written by $BUILD/bench/bench_make_synthetic. Needs hyperfine (apt-get
# install hyperfine); RUNS sets the number of runs (default 30). The floors:
# the same command on a one-workload project (tests/data/cli_tiny), and
# `--version` (start-up alone) of each CLI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build}"
RUNS="${RUNS:-30}"
CLIS=("$@")
((${#CLIS[@]})) || CLIS=("$BUILD/bin/hedgeplan-cli")

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
PROJECT="$TMP/synthetic.hedgeplan"
"$BUILD/bench/bench_make_synthetic" "$PROJECT"

commands=()
for cli in "${CLIS[@]}"; do
  "$cli" evaluate "$PROJECT" --scenario Synthetic --json >"$TMP/out.json"
  echo "$cli: $(wc -c <"$TMP/out.json") bytes, sha256 $(sha256sum <"$TMP/out.json" | cut -c1-16)"
  commands+=("$cli evaluate $PROJECT --scenario Synthetic --json")
done
for cli in "${CLIS[@]}"; do
  commands+=("$cli evaluate $ROOT/tests/data/cli_tiny --json" "$cli --version")
done
hyperfine -N --warmup 3 --runs "$RUNS" "${commands[@]}"
