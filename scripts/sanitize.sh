#!/usr/bin/env bash
# Builds the whole project and test suite with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DHEDGEPLAN_SANITIZE=ON; g++ unless CXX names
# another compiler, e.g. CXX=clang++) in build-sanitize/
# and runs every test. Any memory error, leak or undefined behaviour aborts
# the test that hits it, so ctest reports it as a failure with the sanitizer's
# report in the output. Too slow for every CI run on two cores (a full build
# with instrumentation); run it before a release and after changes to
# models/money, models/csv, models/canonical, models/import or models/storage (docs/hardening.md). Needs the
# packages of scripts/setup.sh.
#
#   scripts/sanitize.sh [ctest arguments...]   # e.g. -R Csv
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${HEDGEPLAN_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="${CXX:-g++}" -DHEDGEPLAN_SANITIZE=ON -DHEDGEPLAN_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD" -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$BUILD"
exec ctest --output-on-failure -j "$(nproc)" --timeout 1800 "$@"
