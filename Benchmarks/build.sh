# Sourced by the benchmark scripts: builds programs of the benchmark package (Benchmarks/Package.swift) in release
# mode, apart from the product's own build folder, and sets BIN_DIR to where they are.
#
#   source "$ROOT/Benchmarks/build.sh"; bench_build sujarit-bench-flags [sujarit]
#
# Any product of the package or of the root package it depends on can be named (`sujarit`, the command itself).
# BENCH_SCRATCH=PATH picks SwiftPM's build folder, relative to the repository's root (default .build-bench).
# Expects ROOT, the repository's root.

bench_build() {
    local scratch=${BENCH_SCRATCH:-.build-bench} product
    for product in "$@"; do
        (cd "$ROOT" && swift build -c release --package-path Benchmarks --scratch-path "$scratch" \
            --product "$product" 2>&1 | tail -1)
    done
    BIN_DIR=$(cd "$ROOT" && swift build -c release --package-path Benchmarks --scratch-path "$scratch" --show-bin-path)
}
