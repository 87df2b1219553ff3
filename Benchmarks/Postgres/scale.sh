#!/usr/bin/env bash
# Issue 16's scale proof: the shared PostgreSQL layout (one schema for every agency, row-level security,
# appends through the server) at the size of the country, on a throw-away server started here.
#
#   Benchmarks/Postgres/scale.sh [AGENCIES]       # default 7850, every local administration in Thailand
#   Benchmarks/Postgres/scale.sh 500              # a quick run
#
# Environment (defaults in brackets): SAMPLE [50] agencies given a year's record, SESSIONS [50] staff sessions
# in the mix, MIX_SECONDS [20], MIX_PROJECTOR [listen] how the mix's projector follows ("listen": woken by each
# append's notification; "poll": polling only; "poll listen": one mix each, on the same database), CONCURRENCY [4]
# agencies created at a time, REPORT_TIMEOUT [900] seconds allowed
# to each `sujarit report agencies` (0: do not run them), BENCH_SCRATCH (the build folder, as for every benchmark here).
#
# What it prints, each also as a `RESULT phase name value unit` line collected in Benchmarks/out/:
#   1. creating AGENCIES agencies' stores (schema only, as `sujarit init --store URL?agency=ID` does), the time
#      and the catalog it leaves (pg_class, pg_attribute, pg_roles, database size), next to what the old
#      one-schema-per-agency layout would have made (issue 16: 152 relations, 898 attribute rows, 2 roles and
#      1.2 MB per agency);
#   2. SAMPLE agencies given the log of `sujarit demo` through the store's append, then `sujarit report agencies`
#      as the administrator and as a national viewer under /usr/bin/time -v, with the most connections the
#      server saw meanwhile (sampled every 100 ms);
#   3. the projector's poll at full size, and SESSIONS staff sessions appending and reading for MIX_SECONDS
#      while a projector follows (appends/s, reads/s, p50/p95 latencies, errors, then every chain verified).
set -euo pipefail
AGENCIES=${1:-7850}
SAMPLE=${SAMPLE:-50}
SESSIONS=${SESSIONS:-50}
MIX_SECONDS=${MIX_SECONDS:-20}
MIX_PROJECTOR=${MIX_PROJECTOR:-listen}
CONCURRENCY=${CONCURRENCY:-4}
REPORT_TIMEOUT=${REPORT_TIMEOUT:-900}
FIRST=6000000
[ "$AGENCIES" -ge 2 ] && [ "$SAMPLE" -le "$AGENCIES" ] && [ "$SESSIONS" -le "$AGENCIES" ] \
  || { echo "scale.sh: AGENCIES ($AGENCIES) must be at least 2, SAMPLE ($SAMPLE) and SESSIONS ($SESSIONS) at most AGENCIES" >&2; exit 2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-scale.XXXXXX")
PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/sujarit-scale-pg.XXXXXX")  # apart from WORK: the postgres user must reach it
SAMPLER=""
cleanup() {
  if [ -n "$SAMPLER" ]; then kill "$SAMPLER" 2>/dev/null || true; fi
  bash "$ROOT/.ci/stop-postgres" "$PGDIR"
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$ROOT/Benchmarks/out"
LOG="$ROOT/Benchmarks/out/postgres-scale-$AGENCIES-$(date -u +%Y%m%dT%H%M%SZ).log"

echo "== building sujarit-bench-postgres and sujarit (release)"
source "$ROOT/Benchmarks/build.sh"
bench_build sujarit-bench-postgres sujarit
BENCH="$BIN_DIR/sujarit-bench-postgres"
SUJARIT="$BIN_DIR/sujarit"

eval "$(bash "$ROOT/.ci/start-postgres" "$PGDIR")"
ADMIN=$SUJARIT_TEST_POSTGRES
psql "$ADMIN" -qc "CREATE DATABASE scale"
URL=${ADMIN%/postgres}/scale
{
  echo "== $AGENCIES agencies on $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "   $(psql "$ADMIN" -tAc 'SELECT version()' | cut -d' ' -f1-2), max_connections $(psql "$ADMIN" -tAc 'SHOW max_connections'), fsync off"
} | tee "$LOG"

# relations, attribute rows, roles, bytes: the catalog the database (and the cluster's roles) holds.
catalog() {
  psql "$URL" -tA -F' ' -c "SELECT (SELECT count(*) FROM pg_class), (SELECT count(*) FROM pg_attribute),
    (SELECT count(*) FROM pg_roles), pg_database_size(current_database())"
}

# Starts sampling the connections to the database every 100 ms (one psql session of its own, on another
# database so that it does not count itself) into $1; stop_sampling stops it and sets PEAK to the most seen.
# (Not called as $(stop_sampling): a subshell could not clear SAMPLER for the exit trap.)
sample_connections() {
  printf "SELECT count(*) FROM pg_stat_activity WHERE datname = 'scale' \\\\watch 0.1\n" \
    | psql "$ADMIN" -tA >"$1" 2>/dev/null &
  SAMPLER=$!
}
stop_sampling() {
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  SAMPLER=""
  PEAK=$(grep -E '^[0-9]+$' "$1" | sort -n | tail -1 || true)
}

echo "-- 1. creating $AGENCIES agencies: the first alone (it installs the schema), then $CONCURRENCY at a time" \
  | tee -a "$LOG"
read -r rel0 att0 roles0 bytes0 <<<"$(catalog)"
"$BENCH" create --url "$URL" --count 1 --first "$FIRST" | tee -a "$LOG"
read -r rel1 att1 roles1 bytes1 <<<"$(catalog)"
"$BENCH" create --url "$URL" --count $((AGENCIES - 1)) --first $((FIRST + 1)) --concurrency "$CONCURRENCY" \
  | tee -a "$LOG"
read -r rel att roles bytes <<<"$(catalog)"
python3 - "$AGENCIES" "$rel0" "$att0" "$roles0" "$bytes0" "$rel1" "$att1" "$roles1" "$bytes1" \
  "$rel" "$att" "$roles" "$bytes" <<'PY' | tee -a "$LOG"
import sys
n, r0, a0, o0, b0, r1, a1, o1, b1, r, a, o, b = map(int, sys.argv[1:])
mb = 1024 * 1024
print(f"   catalog         {'empty database':>15} {'one agency':>11} {format(n, ',') + ' agencies':>15} "
      f"{'per agency after the first':>27} {'old layout (issue 16)':>22}")
for name, before, one, after, old in [("relations", r0, r1, r, 152), ("attribute rows", a0, a1, a, 898),
                                      ("roles", o0, o1, o, 2)]:
    print(f"   {name:<15} {before:>15,} {one:>11,} {after:>15,} {(after - one) / (n - 1):>27.3f} {old * n:>22,}")
print(f"   {'database size':<15} {b0 / mb:>12.1f} MB {b1 / mb:>8.1f} MB {b / mb:>12.1f} MB "
      f"{(b - b1) / (n - 1) / 1024:>24.2f} KB {1.2 * n:>19,.0f} MB")
for key, value in [("relations", r), ("attributes", a), ("roles", o), ("database-bytes", b)]:
    print(f"RESULT catalog {key} {value} count")
PY

echo "-- 2. $SAMPLE agencies with a year's record (the log of sujarit demo), then report agencies" | tee -a "$LOG"
"$SUJARIT" demo --store "$WORK/demo.db" >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; exit 1; }
"$BENCH" load --url "$URL" --demo "$WORK/demo.db" --agencies "$SAMPLE" --first "$FIRST" | tee -a "$LOG"
# Agencies spread over the 77 provinces' codes, as the catalogue of a national server would be.
psql "$URL" -qc "UPDATE sujarit.agencies SET province = lpad((10 + department_id::INT % 77)::TEXT, 2, '0')"
psql "$URL" -qc "CREATE ROLE bench_national LOGIN"
"$SUJARIT" access grant bench_national --national --store "$URL" >/dev/null
NATIONAL=${URL/sujarit@/bench_national@}

report() { # who, url
  local who=$1 url=$2 status=0
  sample_connections "$WORK/connections-$who"
  /usr/bin/time -v -o "$WORK/time-$who" timeout "$REPORT_TIMEOUT" \
    "$SUJARIT" report agencies --fy 2569 --format csv --store "$url" >"$WORK/report-$who.csv" 2>"$WORK/report-$who.err" \
    || status=$?
  stop_sampling "$WORK/connections-$who"
  local wall rss lines
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time-$who" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$WORK/time-$who" | awk '{print $NF}')
  lines=$(($(wc -l <"$WORK/report-$who.csv") - 1))
  printf '   report agencies as %-13s exit %d, %d agencies, wall %s, peak RSS %d MB, at most %s connections\n' \
    "$who" "$status" "$lines" "$wall" "$((rss / 1024))" "${PEAK:-0}" | tee -a "$LOG"
  [ "$status" -eq 0 ] || sed 's/^/     /' "$WORK/report-$who.err" | grep -v '^\s*$' | tail -3 | tee -a "$LOG"
  echo "RESULT report-$who wall $wall m:s" >>"$LOG"
  echo "RESULT report-$who rss $((rss / 1024)) MB" >>"$LOG"
  echo "RESULT report-$who connections ${PEAK:-0} count" >>"$LOG"
  echo "RESULT report-$who exit $status code" >>"$LOG"
}
if [ "$REPORT_TIMEOUT" -gt 0 ]; then
  report administrator "$URL"
  report national "$NATIONAL"
else
  echo "   (REPORT_TIMEOUT=0: report agencies not run)" | tee -a "$LOG"
fi

echo "-- 3. the projector's poll, then $SESSIONS staff sessions for $MIX_SECONDS s" | tee -a "$LOG"
"$BENCH" poll --url "$URL" --times 10 | tee -a "$LOG"
for i in $(seq 1 "$SESSIONS"); do echo "CREATE ROLE bench_staff_$i LOGIN;"; done | psql "$URL" -q
for mode in $MIX_PROJECTOR; do
  echo "   projector: $mode" | tee -a "$LOG"
  sample_connections "$WORK/connections-mix"
  "$BENCH" mix --url "$URL" --sessions "$SESSIONS" --seconds "$MIX_SECONDS" --first "$FIRST" \
    --login-prefix bench_staff_ --projector "$mode" | sed "s/^RESULT mix /RESULT mix-$mode /" | tee -a "$LOG"
  stop_sampling "$WORK/connections-mix"
  echo "   at most ${PEAK:-0} connections during the mix" | tee -a "$LOG"
  echo "RESULT mix-$mode connections ${PEAK:-0} count" >>"$LOG"
done
echo "== figures kept in ${LOG#"$ROOT"/}"
