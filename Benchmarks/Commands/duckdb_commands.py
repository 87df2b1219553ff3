#!/usr/bin/env python3
"""The command benchmark's comparison: DuckDB doing the same end-to-end work as the sujarit commands.

    python3 Benchmarks/Commands/duckdb_commands.py --contracts OUT.csv --db store.duckdb --out DIR [--threads N]

Phases, each timed (TIME <phase> <seconds>), on the same contract CSV `sujarit import contracts` reads
(the datastore dump make_contracts.py writes):
- import: load the CSV into a table of a DuckDB database file (the store), Thai column names mapped, money
  in satang, the method by its Thai name as the importer reads it;
- flags: the splitting, concentration and price indicators, by the SQL of Benchmarks/Flags/duckdb_flags.py
  (the same definitions as Sources/Oversight), counted per indicator (COUNT lines);
- list: every project as CSV, ordered by project id (what `procurement list --format csv` writes).
Peak memory is measured around the whole script by run.sh (/usr/bin/time).
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Flags"))
import duckdb_flags  # noqa: E402

duckdb_flags.ensure_duckdb()
import duckdb  # noqa: E402

LOAD = """
CREATE TABLE p AS SELECT
    "รหัสโครงการ" AS project_id,
    '' AS department_id_placeholder,
    CASE "วิธีจัดซื้อฯ"
        WHEN 'เฉพาะเจาะจง' THEN 'specific'
        WHEN 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' THEN 'e-bidding'
        WHEN 'ตลาดอิเล็กทรอนิกส์ (e-market)' THEN 'e-market'
        WHEN 'คัดเลือก' THEN 'selection'
        WHEN 'สอบราคา' THEN 'price-inquiry'
        ELSE 'other' END AS method,
    "ปีงบประมาณ" AS fiscal_year,
    CAST(round("งบประมาณ(บาท)" * 100) AS BIGINT) AS budget,
    CAST(round("ราคากลาง(บาท)" * 100) AS BIGINT) AS reference,
    CAST(round("ราคาตกลงซื้อ/จ้าง" * 100) AS BIGINT) AS agreed,
    CAST(round("งบสัญญา(บาท)" * 100) AS BIGINT) AS contract,
    nullif("เลขนิติบุคคล", '') AS winner_tax_id,
    "ชื่อผู้ชนะ" AS winner_name,
    CAST(date_diff('day', DATE '1970-01-01', "วันที่ลงนามสัญญา") AS INTEGER) AS day,
    "ชื่อหน่วยงานย่อย" AS buyer,
    "ชื่อโครงการ" AS title
FROM read_csv('{source}', header = true, quote = '"', types = {{
    'รหัสโครงการ': 'VARCHAR', 'เลขนิติบุคคล': 'VARCHAR', 'ปีงบประมาณ': 'INTEGER',
    'งบประมาณ(บาท)': 'DECIMAL(18,2)', 'ราคากลาง(บาท)': 'DECIMAL(18,2)', 'ราคาตกลงซื้อ/จ้าง': 'DECIMAL(18,2)',
    'งบสัญญา(บาท)': 'DECIMAL(18,2)', 'วันที่ลงนามสัญญา': 'DATE'}})
"""

# The buyer's e-GP id, as `--departments` maps it: make_contracts.py names each buyer after its id.
DEPARTMENTS = """
CREATE TABLE pd AS SELECT p.* EXCLUDE (department_id_placeholder, buyer),
    regexp_extract(buyer, '([0-9]+)$', 1) AS department_id FROM p;
DROP TABLE p;
ALTER TABLE pd RENAME TO p;
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--contracts", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    if os.path.exists(args.db):
        os.remove(args.db)
    connection = duckdb.connect(args.db)
    connection.execute(f"SET threads = {args.threads}")

    started = time.perf_counter()
    connection.execute(LOAD.format(source=args.contracts))
    connection.execute(DEPARTMENTS)
    connection.execute("CHECKPOINT")
    imported = time.perf_counter()
    print(f"TIME import {imported - started:.3f}")

    connection.execute(duckdb_flags.SUPPLIERS)
    split_year, split_window = connection.execute(duckdb_flags.SPLITS).fetchone()
    supplier_share, repeat_winner = connection.execute(duckdb_flags.CONCENTRATION).fetchone()
    prices = connection.execute(duckdb_flags.PRICES).fetchone()
    flagged = time.perf_counter()
    counts = {
        "split-year": split_year, "split-window": split_window, "supplier-share": supplier_share,
        "repeat-winner": repeat_winner, "price-near-reference": prices[0], "price-above-reference": prices[1],
        "price-above-budget": prices[2], "contract-above-agreed": prices[3], "reference-equals-budget": prices[4],
    }
    for name, value in counts.items():
        print(f"COUNT {name} {value}")
    print(f"TIME flags {flagged - imported:.3f}")

    listing = os.path.join(args.out, "duckdb-list.csv")
    connection.execute(
        "COPY (SELECT project_id, fiscal_year, method, title, budget / 100.0 AS budget, reference / 100.0 AS "
        "reference_price, agreed / 100.0 AS agreed_price, winner_name FROM p ORDER BY project_id) "
        f"TO '{listing}' (HEADER, DELIMITER ',')")
    listed = time.perf_counter()
    print(f"TIME list {listed - flagged:.3f}")
    print(f"PROJECTS {connection.execute('SELECT count(*) FROM p').fetchone()[0]}")
    print(f"VERSION duckdb {duckdb.__version__}")
    connection.close()


if __name__ == "__main__":
    main()
