#!/usr/bin/env python3
"""The Python `eventsourcing` library on SQLite doing the same work as sujarit-bench-eventstore.

    python3 eventsourcing_bench.py --db PATH [--events N] [--batch K]

Appends N small events, K per save (one new aggregate per save: its `Created` event, then `Recorded`
events, as Sujarit's benchmark writes one new stream per batch), then replays them all through a trivial
projection: reading the application's notification log in pages of K, turning each notification back into
a domain event with the application's mapper, and counting events by type.

The library runs as configured by default, with one change in its favour: `PRAGMA synchronous = NORMAL`
on its connections, the setting Sujarit's store (GRDB in WAL mode) uses, so both pay the same for durability.

The script installs what it needs: without `eventsourcing` importable, it creates Benchmarks/.venv, installs
the pinned version there, and runs itself again with that interpreter.

Each measurement is printed as `RESULT eventsourcing <phase> <events> <seconds>`.
"""

import os
import subprocess
import sys

EVENTSOURCING_VERSION = "9.5.6"
VENV = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".venv")


def ensure_eventsourcing():
    try:
        import eventsourcing  # noqa: F401
        return
    except ImportError:
        pass
    python = os.path.join(VENV, "bin", "python")
    if os.environ.get("SUJARIT_BENCH_REEXEC"):
        sys.exit("eventsourcing is still missing after installing it into " + VENV)
    if not os.path.exists(python):
        print(f"creating {VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    installed = subprocess.run(
        [python, "-c", f"import eventsourcing.sqlite, importlib.metadata as m; assert m.version('eventsourcing') == '{EVENTSOURCING_VERSION}'"],
        capture_output=True,
    )
    if installed.returncode != 0:
        print(f"installing eventsourcing=={EVENTSOURCING_VERSION} into {VENV}", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "--quiet", f"eventsourcing=={EVENTSOURCING_VERSION}"], check=True)
    os.environ["SUJARIT_BENCH_REEXEC"] = "1"
    os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


ensure_eventsourcing()

import argparse  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402

from eventsourcing.application import Application  # noqa: E402
from eventsourcing.domain import Aggregate, event  # noqa: E402
from eventsourcing import sqlite as es_sqlite  # noqa: E402


def with_synchronous_normal():
    """Makes the library's SQLite connections use synchronous=NORMAL, as Sujarit's do."""
    original = es_sqlite.SQLiteConnectionPool._create_connection

    def create_connection(self):
        connection = original(self)
        connection._sqlite_conn.execute("PRAGMA synchronous = NORMAL")
        return connection

    es_sqlite.SQLiteConnectionPool._create_connection = create_connection


class Ledger(Aggregate):
    @event("Created")
    def __init__(self):
        pass

    @event("Recorded")
    def record(self, amount: int, i: int):
        pass


class Bench(Application):
    log_section_size = 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    if args.events <= 0 or args.batch <= 0 or args.events % args.batch:
        parser.error("--events must be a positive multiple of --batch")

    import importlib.metadata
    import sqlite3
    print(f"  eventsourcing {importlib.metadata.version('eventsourcing')}, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}", flush=True)
    if os.path.exists(args.db):
        os.remove(args.db)
    with_synchronous_normal()
    app = Bench(env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": args.db})

    def report(phase, events, seconds):
        print(f"RESULT eventsourcing {phase} {events} {seconds:.3f}")
        print(f"  eventsourcing {phase:<22} {events:9d} events in {seconds:7.2f} s = {events / seconds:10.0f} events/s", flush=True)

    # (a) Append: one save of `batch` events per new aggregate.
    start = time.perf_counter()
    for b in range(args.events // args.batch):
        ledger = Ledger()
        for i in range(1, args.batch):
            ledger.record(amount=(b * args.batch + i) % 100_000, i=i)
        app.save(ledger)
    report("append", args.events, time.perf_counter() - start)

    # (b) Replay through the notification log into a count by type.
    start = time.perf_counter()
    counts = Counter()
    replayed = 0
    next_id = 1
    mapper = app.mapper
    while True:
        notifications = app.notification_log.select(start=next_id, limit=args.batch)
        for notification in notifications:
            domain_event = mapper.to_domain_event(notification)
            counts[type(domain_event).__name__] += 1
            replayed += 1
        if len(notifications) < args.batch:
            break
        next_id = notifications[-1].id + 1
    report("replay-notificationLog", replayed, time.perf_counter() - start)
    if replayed != args.events or counts["Created"] != args.events // args.batch:
        sys.exit(f"replay saw {replayed} events: {dict(counts)}")
    app.close()


if __name__ == "__main__":
    main()
