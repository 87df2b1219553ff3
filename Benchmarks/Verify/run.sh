#!/usr/bin/env bash
# The read-model check benchmark (issue 15): on a store built from a generated e-GP feed, in one run,
#   rebuild   `sujarit rebuild`: drop every read model and replay the whole log into it
#   verify    `sujarit verify`: walk the hash chain, replay the whole log into a scratch file and compare every
#             read-model table with the store's, both ways
# each timed with /usr/bin/time -v (wall and CPU seconds, peak resident memory), twice, alternating; then the ratio
# against the goal: verify under 2x rebuild.
#
#   Benchmarks/Verify/run.sh [--mb 106]
#
# BENCH_SCRATCH=PATH picks SwiftPM's build folder for the benchmark package (default .build-bench; see ../build.sh).
# Needs: swift, python3, GNU time (Debian time).
set -euo pipefail

MB=106
while (( $# )); do
    case "$1" in
        --mb) MB=${2:?--mb needs a number}; shift ;;
        *) echo "usage: $0 [--mb MEGABYTES]" >&2; exit 2 ;;
    esac
    shift
done

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-verify-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[[ -x /usr/bin/time ]] || { echo "GNU time is required (Debian package time)" >&2; exit 1; }

echo "== building sujarit (release)"
source "$ROOT/Benchmarks/build.sh"
bench_build sujarit
BIN=$BIN_DIR/sujarit

echo "== generating a $MB MB feed and importing it"
FEED="$WORK/egp-bench.xml"
python3 "$ROOT/Benchmarks/EgpImport/make_corpus.py" "$FEED" --mb "$MB" > /dev/null
STORE="$WORK/sujarit.db"
"$BIN" init --store "$STORE" --agency "benchmark" --dept 6960501 > /dev/null
SUJARIT_USER=bench "$BIN" import egp "$FEED" --dept 6960501 --store "$STORE" > /dev/null
rm -f "$FEED"
EVENTS=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select max(sequence) from events').fetchone()[0])" "$STORE")
ROWS=$(python3 - "$STORE" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
names = [n for (n,) in db.execute("select name from projection_checkpoints")]
tables = [t for (t,) in db.execute("select name from sqlite_master where type = 'table' and name not in ('events','chain_head','projection_checkpoints','grdb_migrations') and name not like 'sqlite_%'")]
print(sum(db.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables))
PY
)
echo "== store: $(du -h "$STORE" | cut -f1), $EVENTS events, $ROWS read-model rows; $(nproc) CPU(s), load $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {
    local name=$1; shift
    sync
    /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2>&1 || { echo "$name failed:" >&2; cat "$WORK/$name.out" >&2; exit 1; }
    python3 - "$name" "$WORK/$name.time" <<'PY'
import sys
name, path = sys.argv[1:]
fields = dict(line.strip().rsplit(": ", 1) for line in open(path) if ": " in line)
wall = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(wall)))
print(f"RESULT {name} wall {seconds:.2f} s, CPU {float(fields['User time (seconds)']) + float(fields['System time (seconds)']):.2f} s, "
      f"peak {int(fields['Maximum resident set size (kbytes)']) // 1024} MiB")
PY
}
for round in 1 2; do
    measure "rebuild-$round" "$BIN" rebuild --store "$STORE"
    measure "verify-$round" "$BIN" verify --store "$STORE"
done
grep -q "The read models match the log" "$WORK/verify-2.out" || { echo "verify did not find the read models matching:" >&2; cat "$WORK/verify-2.out" >&2; exit 1; }
echo "== load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
