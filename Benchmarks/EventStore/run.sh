#!/usr/bin/env bash
# The event-store benchmark: Sujarit's SQLite store against Python's `eventsourcing` library on SQLite and
# against the sqlite3 shell's `.import` of the same rows, on this machine, in this run.
#
#   Benchmarks/EventStore/run.sh [EVENTS] [--record]
#
# EVENTS defaults to 1000000 (a multiple of the batch size, 1000); `run.sh 100000` is a quick check.
# --record also writes the figures to Benchmarks/RESULTS.md. Scratch files go to a temporary folder that is
# removed at the end; the report is kept in Benchmarks/out/ (ignored by git).
#
# Needs: swift, python3 (the Python script installs `eventsourcing` into Benchmarks/.venv itself), sqlite3.
set -euo pipefail

EVENTS=1000000
RECORD=0
for argument in "$@"; do
    case "$argument" in
        --record) RECORD=1 ;;
        ''|*[!0-9]*) echo "usage: $0 [EVENTS] [--record]" >&2; exit 2 ;;
        *) EVENTS=$argument ;;
    esac
done
BATCH=1000
if (( EVENTS <= 0 || EVENTS % BATCH != 0 )); then
    echo "EVENTS must be a positive multiple of $BATCH" >&2
    exit 2
fi

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$ROOT/Benchmarks/out"
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
for tool in swift python3 sqlite3; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

echo "== building sujarit-bench-eventstore (release)"
# Only the benchmark and the store modules it depends on are built, in the benchmark package's own build folder
# (BENCH_SCRATCH picks another; see ../build.sh).
source "$ROOT/Benchmarks/build.sh"
bench_build sujarit-bench-eventstore
BENCH="$BIN_DIR/sujarit-bench-eventstore"

echo "== preparing eventsourcing (first run installs it into Benchmarks/.venv)"
python3 "$HERE/eventsourcing_bench.py" --db "$WORK/warmup.sqlite" --events "$BATCH" --batch "$BATCH" >/dev/null
rm -f "$WORK"/warmup.sqlite*

LOG="$WORK/results.log"
echo "== $EVENTS events in batches of $BATCH on $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
START_LOAD=$(cut -d' ' -f1 /proc/loadavg)

echo "-- (a) Sujarit: append with the hash chain, replay with forEachEvent and a Projection rebuild, verify"
"$BENCH" --store "$WORK/sujarit.db" --events "$EVENTS" --batch "$BATCH" --csv "$WORK/events.csv" | tee -a "$LOG"

echo "-- (b) eventsourcing on SQLite: save $BATCH events at a time, replay the notification log"
python3 "$HERE/eventsourcing_bench.py" --db "$WORK/eventsourcing.sqlite" --events "$EVENTS" --batch "$BATCH" | tee -a "$LOG"

echo "-- (c) sqlite3 $(sqlite3 --version | cut -d' ' -f1) shell: .import of the same rows as CSV into an equivalent table"
# The same table as Sujarit's log (SQLiteSchema as of v2, the audit-trail indexes included), the same page size
# (16 KB, SQLiteEventStore.pageSize), same journal mode and synchronous setting as GRDB uses.
# The CSV has an empty field for a missing dedupe key, which .import stores as '' rather than NULL, so the
# partial unique index leaves '' out as Sujarit's leaves out NULL: both indexes stay empty, equal work.
# Hashes are hex text in the CSV (BLOBs in Sujarit's table), slightly more bytes for sqlite3 to store.
sqlite3 "$WORK/import.sqlite" >/dev/null <<'SQL'
PRAGMA page_size = 16384;
PRAGMA journal_mode = WAL;
CREATE TABLE events (
    sequence       INTEGER PRIMARY KEY,
    stream_id      TEXT    NOT NULL,
    stream_version INTEGER NOT NULL,
    event_type     TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    occurred_at    INTEGER NOT NULL,
    recorded_at    INTEGER NOT NULL,
    actor          TEXT    NOT NULL,
    payload        TEXT    NOT NULL,
    dedupe_key     TEXT,
    previous_hash  BLOB    NOT NULL,
    hash           BLOB    NOT NULL,
    UNIQUE (stream_id, stream_version)
);
CREATE UNIQUE INDEX events_dedupe_key ON events(dedupe_key) WHERE dedupe_key IS NOT NULL AND dedupe_key <> '';
CREATE INDEX events_type ON events(event_type);
CREATE INDEX events_actor ON events(actor, sequence);
CREATE INDEX events_recorded_at ON events(recorded_at, sequence);
SQL
started=$(date +%s.%N)
sqlite3 -cmd "PRAGMA synchronous = NORMAL" "$WORK/import.sqlite" ".import --csv --skip 1 '$WORK/events.csv' events"
ended=$(date +%s.%N)
imported=$(sqlite3 "$WORK/import.sqlite" "SELECT count(*) FROM events")
seconds=$(python3 -c "print(f'{$ended - $started:.3f}')")
echo "RESULT sqlite3 import $imported $seconds" | tee -a "$LOG"
[[ "$imported" == "$EVENTS" ]] || { echo "sqlite3 imported $imported rows, expected $EVENTS" >&2; exit 1; }
END_LOAD=$(cut -d' ' -f1 /proc/loadavg)

# Summary: throughputs and ratios, printed and kept.
STAMP=$(date -u +%Y-%m-%dT%H:%M:%SZ)
REPORT="$OUT/eventstore-$(date -u +%Y%m%dT%H%M%SZ).md"
python3 - "$LOG" "$EVENTS" "$BATCH" "$STAMP" "$(nproc)" "$START_LOAD" "$END_LOAD" "$(sqlite3 --version | cut -d' ' -f1)" > "$REPORT" <<'PY'
import sys
log, events, batch, stamp, cpus, load0, load1, sqlite_version = sys.argv[1:]
rate = {}
for line in open(log):
    if line.startswith("RESULT "):
        _, system, phase, n, seconds = line.split()
        rate[(system, phase)] = (int(n), float(seconds), int(n) / float(seconds))
def row(system, phase, label):
    n, s, r = rate[(system, phase)]
    return f"| {label} | {n:,} | {s:.2f} | {r:,.0f} |"
es_append = rate[("eventsourcing", "append")][2]
es_replay = rate[("eventsourcing", "replay-notificationLog")][2]
sq_import = rate[("sqlite3", "import")][2]
sj = {p: rate[("sujarit", p)][2] for p in ("append", "replay-forEachEvent", "replay-rebuildProjection", "verify")}
print(f"Run {stamp}: {int(events):,} events in batches of {batch}, {cpus} CPU(s), load average {load0} at the start and {load1} at the end.\n")
print("| system and phase | events | seconds | events/s |")
print("| --- | ---: | ---: | ---: |")
print(row("sujarit", "append", "Sujarit append (hash chain on, one transaction per batch)"))
print(row("sujarit", "replay-forEachEvent", "Sujarit replay: forEachEvent counting by type"))
print(row("sujarit", "replay-rebuildProjection", "Sujarit replay: rebuildProjections (count by type in a table)"))
print(row("sujarit", "verify", "Sujarit verify (recompute every hash)"))
print(row("eventsourcing", "append", "eventsourcing append (save of 1,000 events)"))
print(row("eventsourcing", "replay-notificationLog", "eventsourcing replay: notification log, mapper, count by type"))
print(row("sqlite3", "import", f"sqlite3 {sqlite_version} shell .import of the same rows (CSV)"))
print()
def goal(value, target):
    return "met" if value >= target else "missed"
print("| ratio | value | goal |")
print("| --- | ---: | --- |")
print(f"| Sujarit append / eventsourcing append | {sj['append'] / es_append:.1f}x | 20x: {goal(sj['append'] / es_append, 20)} |")
print(f"| Sujarit replay (forEachEvent) / eventsourcing replay | {sj['replay-forEachEvent'] / es_replay:.1f}x | 20x: {goal(sj['replay-forEachEvent'] / es_replay, 20)} |")
print(f"| Sujarit replay (Projection rebuild) / eventsourcing replay | {sj['replay-rebuildProjection'] / es_replay:.1f}x | 20x: {goal(sj['replay-rebuildProjection'] / es_replay, 20)} |")
print(f"| Sujarit append / sqlite3 .import | {sj['append'] / sq_import:.2f}x | 1x: {goal(sj['append'] / sq_import, 1)} |")
PY
echo
echo "== summary (kept in ${REPORT#$ROOT/})"
cat "$REPORT"

if (( RECORD )); then
    python3 - "$ROOT/Benchmarks/RESULTS.md" "$REPORT" "$EVENTS" <<'PY'
import sys, re
results, report, events = sys.argv[1:]
text = open(results).read() if __import__("os").path.exists(results) else "# Benchmark results\n"
block = open(report).read().strip()
marker_start, marker_end = "<!-- latest run: start -->", "<!-- latest run: end -->"
new = f"{marker_start}\n`Benchmarks/EventStore/run.sh {events} --record`\n\n{block}\n{marker_end}"
if marker_start in text:
    text = re.sub(re.escape(marker_start) + ".*?" + re.escape(marker_end), lambda _: new, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + new + "\n"
open(results, "w").write(text)
PY
    echo "recorded in Benchmarks/RESULTS.md"
fi
