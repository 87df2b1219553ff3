#!/usr/bin/env bash
# The command benchmark: the commands users run on a national-size store, end to end, against DuckDB doing the
# same work on the same input file, in the same run.
#
#   Benchmarks/Commands/run.sh [PROJECTS ...]
#
# PROJECTS defaults to "100000 1000000". For each size: `sujarit-bench-flags generate` writes deterministic
# projects, make_contracts.py turns them into the data.go.th datastore CSV users download (a national file)
# and a --departments file; then each command runs once under /usr/bin/time (wall, CPU, peak memory):
# import contracts, flags run, flags list --format json, procurement list --format csv, events --format json,
# report executive, rebuild, verify; each list is run a second time only until its first byte arrives, for the
# time to its first row. DuckDB (duckdb_commands.py, under /usr/bin/time too) loads the same CSV into a database
# file, computes the same indicators and writes the same list; the flag counts of both must agree. The
# report goes to Benchmarks/out/commands-<time>.md; copy its table into RESULTS.md with the command.
#
# Needs: swift, python3 (duckdb is installed into Benchmarks/Flags/.venv on first use), /usr/bin/time.
set -euo pipefail

SIZES=()
for argument in "$@"; do
    case "$argument" in
        ''|*[!0-9]*) echo "usage: $0 [PROJECTS ...]" >&2; exit 2 ;;
        *) SIZES+=("$argument") ;;
    esac
done
(( ${#SIZES[@]} )) || SIZES=(100000 1000000)
THREADS=${THREADS:-$(nproc)}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$ROOT/Benchmarks/out"
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-commands-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REPORT="$OUT/commands-$(date -u +%Y%m%dT%H%M%SZ).md"

echo "== building sujarit and sujarit-bench-flags (release)"
source "$ROOT/Benchmarks/build.sh"
bench_build sujarit-bench-flags sujarit
SUJARIT="$BIN_DIR/sujarit"
export SUJARIT_USER=benchmark NO_COLOR=1

# timed NAME COMMAND...: runs COMMAND (its output to $WORK/NAME.out), appends "NAME wall cpu peak" to $LOG.
timed() {
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" \
        || { echo "$name failed:" >&2; tail -5 "$WORK/$name.err" >&2; exit 1; }
    read -r wall user system peak < "$WORK/time"
    printf '%s %s %.2f %d\n' "$name" "$wall" "$(echo "$user + $system" | bc)" "$((peak / 1024))" >> "$LOG"
    printf '   %-28s %8ss wall %8ss CPU %6d MiB\n' "$name" "$wall" "$(echo "$user + $system" | bc)" "$((peak / 1024))"
}

# first_row NAME COMMAND...: seconds until COMMAND's first byte of output (the command is stopped there, by the
# closed pipe), appended as "NAME seconds" to $FIRST.
first_row() {
    local name=$1 start end; shift
    start=$(date +%s.%N)
    { "$@" 2> /dev/null || true; } | head -c 1 > /dev/null
    end=$(date +%s.%N)
    printf '%s %.2f\n' "$name" "$(echo "$end - $start" | bc)" >> "$FIRST"
}

{
    echo "# Command benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "\`Benchmarks/Commands/run.sh ${SIZES[*]}\` on $(nproc) CPU(s), load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Release build; each command once; CPU is user + system; peak is the maximum resident set."
} > "$REPORT"

for size in "${SIZES[@]}"; do
    LOG="$WORK/log-$size"; : > "$LOG"
    FIRST="$WORK/first-$size"; : > "$FIRST"
    echo "== $size projects"
    "$BIN_DIR/sujarit-bench-flags" generate --projects "$size" --out "$WORK/projects.csv" > /dev/null
    python3 "$HERE/make_contracts.py" "$WORK/projects.csv" "$WORK/contracts.csv" "$WORK/departments.yaml"
    rm -f "$WORK/projects.csv"
    STORE="$WORK/store-$size.db"
    "$SUJARIT" init --store "$STORE" --agency "หน่วยงานทดสอบมาตรฐาน" --dept 6000000 > /dev/null
    timed "import contracts" "$SUJARIT" import contracts "$WORK/contracts.csv" --departments "$WORK/departments.yaml" --store "$STORE"
    timed "flags run" "$SUJARIT" flags run --store "$STORE"
    timed "flags list --format json" "$SUJARIT" flags list --store "$STORE" --format json
    timed "procurement list --format csv" "$SUJARIT" procurement list --store "$STORE" --format csv
    timed "events --format json" "$SUJARIT" events --store "$STORE" --format json
    first_row "flags list --format json" "$SUJARIT" flags list --store "$STORE" --format json
    first_row "procurement list --format csv" "$SUJARIT" procurement list --store "$STORE" --format csv
    first_row "events --format json" "$SUJARIT" events --store "$STORE" --format json
    timed "report executive" "$SUJARIT" report executive --store "$STORE" -o "$WORK/executive.html" --force
    timed "rebuild" "$SUJARIT" rebuild --store "$STORE"
    timed "verify" "$SUJARIT" verify --store "$STORE"
    python3 - "$WORK/flags list --format json.out" > "$WORK/ours.counts" <<'PY'
import collections, json, sys
for name, n in sorted(collections.Counter(f["indicator"] for f in json.load(open(sys.argv[1]))).items()):
    print(f"COUNT {name} {n}")
PY
    timed "duckdb (import, flags, list)" python3 "$HERE/duckdb_commands.py" --contracts "$WORK/contracts.csv" \
        --db "$WORK/duck-$size.duckdb" --out "$WORK" --threads "$THREADS"
    grep '^COUNT' "$WORK/duckdb (import, flags, list).out" | sort > "$WORK/duck.counts"
    if ! join "$WORK/duck.counts" "$WORK/ours.counts" -j 2 -o 1.3,2.3 | awk '$1 != $2 { bad = 1 } END { exit bad }'; then
        echo "flag counts differ: DuckDB vs sujarit" >&2; paste "$WORK/duck.counts" "$WORK/ours.counts" >&2; exit 1
    fi
    # The same work on both sides: import, compute the flags, write the flags and the project list.
    ours=$(grep -E '^(import contracts|flags run|flags list|procurement list)' "$LOG" | awk '{ s += $(NF - 2) } END { print s }')
    duck=$(grep '^duckdb' "$LOG" | awk '{ print $(NF - 2) }')
    ratio=$(echo "scale=2; $ours / $duck" | bc)
    echo "   end to end: sujarit ${ours}s, DuckDB ${duck}s: ${ratio}x DuckDB's time"
    {
        echo
        echo "## $size projects ($(du -h "$WORK/contracts.csv" | cut -f1) contract CSV; store $(du -h "$STORE" | cut -f1))"
        echo
        echo "| command | wall s | CPU s | peak MiB | first row s |"
        echo "| --- | ---: | ---: | ---: | ---: |"
        while read -r line; do
            set -- $line
            n=$#; peak=${!n}; cpu_i=$((n - 1)); cpu=${!cpu_i}; wall_i=$((n - 2)); wall=${!wall_i}
            name=$(echo "$line" | awk '{ for (i = 1; i <= NF - 3; i++) printf "%s%s", $i, (i < NF - 3 ? " " : "") }')
            first=$(awk -v n="$name" '{ k = $0; sub(/ [^ ]*$/, "", k) } k == n { print $NF }' "$FIRST")
            echo "| \`$name\` | $wall | $cpu | $peak | ${first:-} |"
        done < "$LOG"
        echo
        echo "DuckDB phases: $(grep '^TIME' "$WORK/duckdb (import, flags, list).out" | awk '{ printf "%s %ss  ", $2, $3 }')"
        echo "End to end (import, flags run, flags list, procurement list): sujarit ${ours} s, DuckDB ${duck} s:"\
            "**${ratio}× DuckDB's time**."
        echo "Flag counts agree on the nine shared indicators ($(awk '{ s += $3 } END { print s }' "$WORK/duck.counts") flags)."
    } >> "$REPORT"
    rm -f "$STORE"* "$WORK/duck-$size.duckdb"
done
echo "== report: $REPORT"
cat "$REPORT"
