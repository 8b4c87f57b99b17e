#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless;
# ends with ctest's summary and its exit code.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HEDGEPLAN_SETUP_TESTS=1 "$ROOT/scripts/setup.sh"
# LibreOffice is installed by the set-up above: the conversion tests must run.
export HEDGEPLAN_REQUIRE_OFFICE=1
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
cd "${HEDGEPLAN_BUILD_DIR:-$ROOT/build}"
exec ctest --output-on-failure -j "$(nproc)" --timeout 600
