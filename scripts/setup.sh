#!/usr/bin/env bash
# Shared set-up for ./run.sh and ./test.sh on Debian 12: installs the Debian
# packages that are missing (idempotent), then configures and builds into
# build/ (reused between runs; ccache when present).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${HEDGEPLAN_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  libqt6opengl6-dev libgl-dev
  libboost-dev libsqlite3-dev sqlite3 libxlsxwriter-dev
  libzip-dev zipcmp zipmerge ziptool
  googletest libgtest-dev libbenchmark-dev
  xvfb xauth fonts-dejavu-core
  dpkg-dev appstream desktop-file-utils man-db
  clang libclang-rt-14-dev
  postgresql libpq-dev coinor-libcbc-dev qtkeychain-qt6-dev
)
# ./test.sh (and so CI) also renders decks and workbooks with LibreOffice and
# looks at rendered pages: those packages are for the tests, not for running
# the app.
if [[ "${HEDGEPLAN_SETUP_TESTS:-}" == "1" ]]; then
  PACKAGES+=(libreoffice-impress libreoffice-calc poppler-utils)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "Installing missing Debian packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

WERROR=OFF
if [[ "${HEDGEPLAN_WERROR:-}" == "1" || "${CI:-}" == "true" ]]; then WERROR=ON; fi

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEDGEPLAN_WERROR="$WERROR" >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
