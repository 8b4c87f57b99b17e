#!/usr/bin/env bash
# Installs what is missing, builds, and opens Hedgeplan on the demo portfolio.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/scripts/setup.sh"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "Built. No display found: start ${HEDGEPLAN_BUILD_DIR:-$ROOT/build}/bin/hedgeplan from a desktop session." >&2
  exit 1
fi
exec "${HEDGEPLAN_BUILD_DIR:-$ROOT/build}/bin/hedgeplan" "$@"
