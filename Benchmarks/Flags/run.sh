#!/usr/bin/env bash
# The red-flag benchmark: Sujarit's RedFlagEngine (the code `sujarit flags run` uses) against a DuckDB script
# computing the splitting, concentration and price indicators, on the same synthetic national-scale data, in
# the same run.
#
#   Benchmarks/Flags/run.sh [PROJECTS ...] [--record]
#
# PROJECTS defaults to "250000 1000000" (peak memory is compared between the sizes). --record also writes the
# figures to Benchmarks/RESULTS.md (its "Red flags" section). Each side runs REPEAT times (default 3) per
# size and the fastest run counts; THREADS (default: the CPU count) is given to both. Scratch data goes to a
# temporary folder removed at the end; the report is kept in Benchmarks/out/ (RESULTS=path records elsewhere).
#
# Needs: swift, python3 (the DuckDB script installs duckdb into Benchmarks/Flags/.venv itself), /usr/bin/time.
set -euo pipefail

SIZES=()
RECORD=0
for argument in "$@"; do
    case "$argument" in
        --record) RECORD=1 ;;
        ''|*[!0-9]*) echo "usage: $0 [PROJECTS ...] [--record]" >&2; exit 2 ;;
        *) SIZES+=("$argument") ;;
    esac
done
(( ${#SIZES[@]} )) || SIZES=(250000 1000000)
REPEAT=${REPEAT:-3}
THREADS=${THREADS:-$(nproc)}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$ROOT/Benchmarks/out"
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-flags-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
for tool in swift python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

echo "== building sujarit-bench-flags (release)"
source "$ROOT/Benchmarks/build.sh"
bench_build sujarit-bench-flags
BENCH="$BIN_DIR/sujarit-bench-flags"

echo "== preparing DuckDB (first run installs it into Benchmarks/Flags/.venv)"
"$BENCH" generate --projects 2000 --out "$WORK/warmup.csv" >/dev/null
python3 "$HERE/duckdb_flags.py" --csv "$WORK/warmup.csv" --threads "$THREADS" >/dev/null
rm -f "$WORK/warmup.csv"

LOG="$WORK/results.log"
START_LOAD=$(cut -d' ' -f1 /proc/loadavg)
echo "== sizes ${SIZES[*]}, $THREADS thread(s) each, best of $REPEAT, $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "${SIZES[@]}"; do
    data="$WORK/projects-$size.csv"
    "$BENCH" generate --projects "$size" --out "$data" >/dev/null
    echo "-- $size projects ($(du -h "$data" | cut -f1) of CSV)"
    for run in $(seq "$REPEAT"); do
        "$BENCH" run --csv "$data" --threads "$THREADS" > "$WORK/swift.out"
        sed "s/^/SWIFT $size $run /" "$WORK/swift.out" >> "$LOG"
        python3 "$HERE/duckdb_flags.py" --csv "$data" --threads "$THREADS" > "$WORK/duckdb.out"
        sed "s/^/DUCKDB $size $run /" "$WORK/duckdb.out" >> "$LOG"
        printf '   run %s: Sujarit %ss, DuckDB %ss\n' "$run" "$(awk '$1=="TIME"&&$2=="total"{print $3}' "$WORK/swift.out")" \
            "$(awk '$1=="TIME"&&$2=="total"{print $3}' "$WORK/duckdb.out")"
    done
    # Peak memory of the whole processes (the Swift side also reports its own high-water mark).
    /usr/bin/time -f "%M" -o "$WORK/rss" "$BENCH" run --csv "$data" --threads "$THREADS" >/dev/null
    echo "SWIFT $size rss $(cat "$WORK/rss")" >> "$LOG"
    /usr/bin/time -f "%M" -o "$WORK/rss" python3 "$HERE/duckdb_flags.py" --csv "$data" --threads "$THREADS" >/dev/null
    echo "DUCKDB $size rss $(cat "$WORK/rss")" >> "$LOG"
done
END_LOAD=$(cut -d' ' -f1 /proc/loadavg)

STAMP=$(date -u +%Y-%m-%dT%H:%M:%SZ)
REPORT="$OUT/flags-$(date -u +%Y%m%dT%H%M%SZ).md"
python3 - "$LOG" "$STAMP" "$(nproc)" "$THREADS" "$REPEAT" "$START_LOAD" "$END_LOAD" > "$REPORT" <<'PY'
import sys
from collections import defaultdict
log, stamp, cpus, threads, repeat, load0, load1 = sys.argv[1:]
times = defaultdict(list)      # (system, size) -> [total seconds]
counts = defaultdict(dict)     # (system, size) -> {indicator: n}
rss = {}
version = "?"
for line in open(log):
    parts = line.split()
    system, size = parts[0], int(parts[1])
    if parts[2] == "rss":
        rss[(system, size)] = int(parts[3]); continue
    kind = parts[3]
    if kind == "TIME" and parts[4] == "total": times[(system, size)].append(float(parts[5]))
    elif kind == "COUNT": counts[(system, size)][parts[4]] = int(parts[5])
    elif kind == "VERSION": version = parts[5]
shared = ["split-year", "split-window", "supplier-share", "repeat-winner", "price-near-reference", "price-above-reference",
          "price-above-budget", "contract-above-agreed", "reference-equals-budget"]
sizes = sorted({size for (_, size) in times})
mismatch = []
print(f"Run {stamp}: {cpus} CPU(s), {threads} thread(s) for each side, best of {repeat} runs, load average {load0} at the start and {load1} at the end.\n")
print("| projects | Sujarit flags run engine (s) | DuckDB " + version + " (s) | DuckDB / Sujarit | Sujarit peak RSS | DuckDB peak RSS | flags (Sujarit, all 20 indicators) |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    s, d = min(times[("SWIFT", size)]), min(times[("DUCKDB", size)])
    total = sum(counts[("SWIFT", size)].values())
    print(f"| {size:,} | {s:.2f} | {d:.2f} | {d / s:.2f}x | {rss[('SWIFT', size)] / 1024:.0f} MiB | {rss[('DUCKDB', size)] / 1024:.0f} MiB | {total:,} |")
    for name in shared:
        if counts[("SWIFT", size)].get(name) != counts[("DUCKDB", size)].get(name):
            mismatch.append(f"{size}: {name} Sujarit {counts[('SWIFT', size)].get(name)} DuckDB {counts[('DUCKDB', size)].get(name)}")
print()
largest = sizes[-1]
print(f"Flags on {largest:,} projects, the nine indicators both compute (they must agree):\n")
print("| indicator | Sujarit | DuckDB |")
print("| --- | ---: | ---: |")
for name in shared:
    print(f"| {name} | {counts[('SWIFT', largest)].get(name, 0):,} | {counts[('DUCKDB', largest)].get(name, 0):,} |")
print()
if len(sizes) > 1:
    small, big = sizes[0], sizes[-1]
    print(f"Memory from {small:,} to {big:,} projects ({big / small:.1f}x the data): Sujarit {rss[('SWIFT', small)] / 1024:.0f} → "
          f"{rss[('SWIFT', big)] / 1024:.0f} MiB, DuckDB {rss[('DUCKDB', small)] / 1024:.0f} → {rss[('DUCKDB', big)] / 1024:.0f} MiB.")
s, d = min(times[("SWIFT", largest)]), min(times[("DUCKDB", largest)])
print(f"Goal (faster than DuckDB on the same data): {'met' if s < d else 'missed'} at {largest:,} projects ({d / s:.2f}x). "
      "Sujarit computes all twenty indicators and builds every flag's evidence; DuckDB counts nine. "
      "Where the time goes and what was tried: Benchmarks/Flags/README.md.")
if mismatch:
    print("\nCOUNTS DIFFER: " + "; ".join(mismatch))
    sys.exit(1)
PY
echo
echo "== summary (kept in ${REPORT#$ROOT/})"
cat "$REPORT"

if (( RECORD )); then
    python3 - "${RESULTS:-$ROOT/Benchmarks/RESULTS.md}" "$REPORT" "${SIZES[*]}" <<'PY'
import os, re, sys
results, report, sizes = sys.argv[1:]
text = open(results).read() if os.path.exists(results) else "# Benchmark results\n"
block = open(report).read().strip()
start, end = "<!-- flags run: start -->", "<!-- flags run: end -->"
new = f"{start}\n## Red flags (`flags run` engine against DuckDB)\n\n`Benchmarks/Flags/run.sh {sizes} --record`\n\n{block}\n{end}"
if start in text:
    text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: new, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + new + "\n"
open(results, "w").write(text)
PY
    echo "recorded in Benchmarks/RESULTS.md"
fi
