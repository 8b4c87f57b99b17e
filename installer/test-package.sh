#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a temporary
# root, checks its metadata and desktop files, and runs the installed
# hedgeplan-cli on the installed demo.
set -euo pipefail
BUILD="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$BUILD"
cpack --config "$BUILD/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; exit 1; }
DEB=$(ls "$WORK"/out/hedgeplan_*.deb)
TGZ=$(ls "$WORK"/out/hedgeplan-*.tar.gz)
echo "built: $(basename "$DEB") $(basename "$TGZ")"

DEPENDS=$(dpkg-deb -f "$DEB" Depends)
echo "Depends: $DEPENDS"
for dep in libqt6core6 libqt6widgets6 libsqlite3-0 qt6-qpa-plugins libqt6charts6 libpq5; do
  grep -q "$dep" <<<"$DEPENDS" || { echo "missing dependency: $dep"; exit 1; }
done
# Project files go through SQLite's C API, not Qt Sql and its plugin.
if grep -q "libqt6sql6" <<<"$DEPENDS"; then echo "needless dependency: libqt6sql6"; exit 1; fi

ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
for f in usr/bin/hedgeplan usr/bin/hedgeplan-cli \
         usr/share/applications/hedgeplan.desktop \
         usr/share/metainfo/io.github.hedgeplan.Hedgeplan.metainfo.xml \
         usr/share/mime/packages/hedgeplan.xml \
         usr/share/icons/hicolor/scalable/apps/hedgeplan.svg \
         usr/share/icons/hicolor/48x48/apps/hedgeplan.png \
         usr/share/man/man1/hedgeplan-cli.1; do
  [[ -e "$ROOT/$f" ]] || { echo "missing from the package: $f"; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$ROOT/usr/share/applications/hedgeplan.desktop"; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net --pedantic "$ROOT/usr/share/metainfo/io.github.hedgeplan.Hedgeplan.metainfo.xml" || appstreamcli validate --no-net "$ROOT/usr/share/metainfo/io.github.hedgeplan.Hedgeplan.metainfo.xml"; fi
man -l "$ROOT/usr/share/man/man1/hedgeplan-cli.1" >/dev/null 2>&1 || true

CLI="$ROOT/usr/bin/hedgeplan-cli"
"$CLI" --version | grep -q "hedgeplan-cli"
"$CLI" demo "$WORK/demo.hedgeplan"
"$CLI" evaluate "$WORK/demo.hedgeplan" --scenario Pivot --json > "$WORK/pivot.json"
grep -q '"scenario": "Pivot"' "$WORK/pivot.json"
# export runs from its module (<libdir>/hedgeplan/hedgeplan-cli-export.so, loaded on demand).
[[ -n "$(find "$ROOT/usr/lib" -path '*/hedgeplan/hedgeplan-cli-export.so')" ]] \
  || { echo "missing from the package: the export module"; exit 1; }
QT_QPA_PLATFORM=offscreen "$CLI" export "$WORK/demo.hedgeplan" --chart cost --scenario Pivot -o "$WORK/cost.png"
[[ -s "$WORK/cost.png" ]] || { echo "export wrote no chart"; exit 1; }
tar -tzf "$TGZ" | grep -q "bin/hedgeplan-cli"
echo "package ok"
