#!/usr/bin/env bash
# The event-store benchmark on PostgreSQL: Sujarit's PostgreSQL backend against PostgreSQL's own `COPY` of
# the same rows (about what the server manages for a bulk load), with Sujarit's SQLite store in the same run
# for scale.
#
#   Benchmarks/EventStore/run-postgres.sh [EVENTS]
#
# EVENTS defaults to 200000 (a multiple of 1000). A throw-away cluster is started in a temporary folder with
# .ci/start-postgres (fsync off, as in CI: this measures the store's work, not the disk) and removed at the end.
# BENCH_SCRATCH picks the build folder (as in run.sh).
set -euo pipefail
EVENTS=${1:-200000}
BATCH=1000
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-bench-pg.XXXXXX")
PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-bench-pgdata.XXXXXX")  # apart from WORK: the postgres user must reach it
trap 'bash "$ROOT/.ci/stop-postgres" "$PGDIR"; rm -rf "$WORK"' EXIT

echo "== building sujarit-bench-eventstore (release)"
source "$ROOT/Benchmarks/build.sh"
bench_build sujarit-bench-eventstore
BENCH="$BIN_DIR/sujarit-bench-eventstore"

eval "$(bash "$ROOT/.ci/start-postgres" "$PGDIR")"
ADMIN=$SUJARIT_TEST_POSTGRES
psql "$ADMIN" -qc "CREATE DATABASE bench_sujarit" -c "CREATE DATABASE bench_copy"
URL=${ADMIN%/postgres}/bench_sujarit
LOG="$WORK/results.log"
echo "== $EVENTS events in batches of $BATCH on $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "-- (a) Sujarit on PostgreSQL: append with the hash chain, replay, rebuild two projections, verify"
# rebuild: events counted by type, one row upserted per event (200,000 updates of two rows in one transaction);
# rebuild-rows: one row inserted per event. Both send one statement per event, pipelined on one connection.
PHASES=append,foreach,rebuild,rebuild-rows,verify
"$BENCH" --store "$URL" --events "$EVENTS" --batch "$BATCH" --phases "$PHASES" --csv "$WORK/events.csv" | sed 's/^RESULT sujarit /RESULT sujarit-pg /' | tee -a "$LOG"

echo "-- (b) Sujarit on SQLite, same work, same run"
"$BENCH" --store "$WORK/sujarit.db" --events "$EVENTS" --batch "$BATCH" --phases "$PHASES" | tee -a "$LOG"

echo "-- (c) PostgreSQL COPY of the same rows into an equivalent table (hashes as hex text)"
psql "${ADMIN%/postgres}/bench_copy" -q <<'SQL'
CREATE TABLE events (
    sequence BIGINT PRIMARY KEY, stream_id TEXT NOT NULL, stream_version INTEGER NOT NULL, event_type TEXT NOT NULL,
    schema_version INTEGER NOT NULL, occurred_at BIGINT NOT NULL, recorded_at BIGINT NOT NULL, actor TEXT NOT NULL,
    payload TEXT NOT NULL, dedupe_key TEXT, previous_hash TEXT NOT NULL, hash TEXT NOT NULL,
    UNIQUE (stream_id, stream_version)
);
SQL
start=$(date +%s.%N)
psql "${ADMIN%/postgres}/bench_copy" -qc "\\copy events FROM '$WORK/events.csv' WITH (FORMAT csv, HEADER true)"
end=$(date +%s.%N)
copied=$(psql "${ADMIN%/postgres}/bench_copy" -tAc "SELECT count(*) FROM events")
seconds=$(python3 -c "print(f'{$end - $start:.3f}')")
printf '  postgres COPY        %9d rows   in %7.2f s = %10.0f rows/s\n' "$copied" "$seconds" "$(python3 -c "print($copied / $seconds)")"
echo "RESULT pg-copy import $copied $seconds" | tee -a "$LOG" >/dev/null

python3 - "$LOG" <<'PY'
import sys
rates = {}
for line in open(sys.argv[1]):
    if line.startswith("RESULT "):
        _, tool, phase, n, s = line.split()
        rates[(tool, phase)] = int(n) / float(s)
def r(a, b):
    if a not in rates or b not in rates:
        return "n/a"
    ratio = rates[a] / rates[b]
    return f"{ratio:.2f}×" if ratio >= 0.1 else f"{ratio:.4f}×"
print("== ratios")
print("  Sujarit-PG append / PostgreSQL COPY        ", r(("sujarit-pg", "append"), ("pg-copy", "import")))
print("  Sujarit-PG append / Sujarit-SQLite append  ", r(("sujarit-pg", "append"), ("sujarit", "append")))
print("  Sujarit-PG replay / Sujarit-SQLite replay  ", r(("sujarit-pg", "replay-forEachEvent"), ("sujarit", "replay-forEachEvent")))
print("  Sujarit-PG verify / Sujarit-SQLite verify  ", r(("sujarit-pg", "verify"), ("sujarit", "verify")))
print("  Sujarit-PG rebuild / Sujarit-SQLite rebuild ", r(("sujarit-pg", "replay-rebuildProjection"), ("sujarit", "replay-rebuildProjection")))
print("  Sujarit-PG rebuild-rows / SQLite rebuild-rows", r(("sujarit-pg", "replay-rebuildRows"), ("sujarit", "replay-rebuildRows")))
PY
