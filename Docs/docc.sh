#!/usr/bin/env bash
# Builds the DocC documentation of the `Sujarit` and `EventStore` modules, with the toolchain's own `docc` and no
# package plugin: the modules are built (debug, incrementally, in the usual build folder), their symbol graphs
# extracted from the built modules with swift-symbolgraph-extract, and each catalog
# (Sources/<Module>/<Module>.docc) converted with them into .build/docs/<Module>.doccarchive.
#
#   Docs/docc.sh [--strict] [--scratch-path PATH]
#
# --strict fails on any warning (a symbol link that does not resolve, a parameter documented under the wrong name
# or not at all), in the catalogs and in the modules' doc comments alike. Open an archive with
# `docc preview Sources/Sujarit/Sujarit.docc --additional-symbol-graph-dir .build/docs/symbol-graphs/Sujarit`.
set -euo pipefail

STRICT=()
SCRATCH=.build
while (( $# )); do
    case "$1" in
        --strict) STRICT=(--warnings-as-errors) ;;
        --scratch-path) SCRATCH=${2:?--scratch-path needs a folder}; shift ;;
        *) echo "usage: $0 [--strict] [--scratch-path PATH]" >&2; exit 2 ;;
    esac
    shift
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
TOOLS=$(dirname "$(command -v swift)")
for tool in docc swift-symbolgraph-extract; do
    [[ -x "$TOOLS/$tool" ]] || {
        echo "$tool is not in $TOOLS: use a Swift toolchain that ships it (5.9 or later)" >&2; exit 1; }
done
MODULES=(Sujarit EventStore)
OUT="$SCRATCH/docs"

echo "== building ${MODULES[*]}"
for module in "${MODULES[@]}"; do
    swift build --scratch-path "$SCRATCH" --target "$module" 2>&1 | tail -1
done
BIN=$(swift build --scratch-path "$SCRATCH" --show-bin-path)
TRIPLE=$(basename "$(dirname "$(cd "$BIN" && pwd -P)")")

# The C modules the Swift modules import (GRDB's SQLite, swift-crypto's BoringSSL) are found through their
# module maps in the checked-out packages, as the compiler found them.
MAPS=()
while IFS= read -r map; do MAPS+=(-Xcc "-fmodule-map-file=$map"); done < <(
    find "$SCRATCH/checkouts" -name module.modulemap \
        \( -path '*/Sources/GRDBSQLite/*' -o -path '*/Sources/CCryptoBoringSSL/include/*' \
        -o -path '*/Sources/CCryptoBoringSSLShims/include/*' \))

status=0
for module in "${MODULES[@]}"; do
    graphs="$OUT/symbol-graphs/$module"
    rm -rf "$graphs" "$OUT/$module.doccarchive"
    mkdir -p "$graphs"
    "$TOOLS/swift-symbolgraph-extract" -module-name "$module" -target "$TRIPLE" -I "$BIN/Modules" "${MAPS[@]}" \
        -minimum-access-level public -emit-extension-block-symbols -output-dir "$graphs"
    echo "== $module: Sources/$module/$module.docc → $OUT/$module.doccarchive"
    "$TOOLS/docc" convert "Sources/$module/$module.docc" --additional-symbol-graph-dir "$graphs" \
        --output-dir "$OUT/$module.doccarchive" --fallback-display-name "$module" \
        --fallback-bundle-identifier "org.sujarit.$module" "${STRICT[@]}" || status=1
done
exit "$status"
