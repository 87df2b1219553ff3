#!/usr/bin/env python3
"""The red-flag benchmark's comparison: DuckDB computing the splitting, concentration and price indicators.

    python3 Benchmarks/Flags/duckdb_flags.py --csv data.csv [--parquet data.parquet] [--threads N]

Reads the CSV written by `sujarit-bench-flags generate` and computes, in SQL, the same definitions as
Sources/Oversight (see Registers/RED-FLAGS.md and the default Registers/red-flags.yaml):

- split-year: specific-method awards of one department to one supplier in a fiscal year, each within
  500,000 baht, at least 2, together above 500,000 — unless the heaviest 90-day window of that supplier
  starting in that year holds exactly the same awards (then only split-window is reported);
- split-window: per department, supplier and fiscal year of the window's first award, the heaviest run of
  such awards whose last is at most 90 days after the first, when it has at least 2 and passes 500,000;
- supplier-share: a supplier's share of a department's priced awards in a fiscal year, with at least 5
  priced awards in the department and 2 for the supplier, at 50 % or more;
- repeat-winner: projects won by a department–supplier pair in a fiscal year, above Q3 + 1.5·IQR of every
  pair's count (linear quartiles), or at 5 or more when that fence is lower;
- price-near-reference (competitive methods, agreed ≥ 99 % and ≤ 100 % of the reference price),
  price-above-reference, price-above-budget (agreed or contract above budget), contract-above-agreed,
  reference-equals-budget (competitive methods).

Suppliers are keyed by tax id; a row without one joins the supplier with a tax id that has the same name
in the department when there is exactly one, else it is keyed by its name (the generator writes one
spelling per supplier, so the name as written stands for the normalised name Sujarit compares).

Prints `COUNT <indicator> <n>` lines and `TIME <phase> <seconds>`, like the Swift side, so run.sh can
compare the counts (they must be equal) and the times. Installs duckdb into Benchmarks/Flags/.venv on
first use when it is not importable.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def ensure_duckdb():
    try:
        import duckdb  # noqa: F401
        return
    except ImportError:
        pass
    venv = os.path.join(HERE, ".venv")
    python = os.path.join(venv, "bin", "python3")
    if os.environ.get("SUJARIT_FLAGS_VENV") != "1":
        if not os.path.exists(python):
            subprocess.check_call([sys.executable, "-m", "venv", venv])
            subprocess.check_call([python, "-m", "pip", "install", "--quiet", "duckdb"])
        os.environ["SUJARIT_FLAGS_VENV"] = "1"
        os.execv(python, [python] + sys.argv)
    raise SystemExit("duckdb could not be installed")


COMPETITIVE = "('e-bidding', 'e-market', 'selection', 'price-inquiry')"

LOAD_CSV = """
CREATE TABLE p AS SELECT
    project_id, department_id, method, fiscal_year,
    CAST(round(budget * 100) AS BIGINT) AS budget,
    CAST(round(reference_price * 100) AS BIGINT) AS reference,
    CAST(round(agreed_price * 100) AS BIGINT) AS agreed,
    CAST(round(contract_amount * 100) AS BIGINT) AS contract,
    winner_tax_id, winner_name,
    CAST(date_diff('day', DATE '1970-01-01', awarded) AS INTEGER) AS day
FROM read_csv('{source}', header = true, quote = '"', columns = {{
    'project_id': 'VARCHAR', 'department_id': 'VARCHAR', 'method': 'VARCHAR', 'fiscal_year': 'INTEGER',
    'budget': 'DECIMAL(18,2)', 'reference_price': 'DECIMAL(18,2)', 'agreed_price': 'DECIMAL(18,2)',
    'contract_amount': 'DECIMAL(18,2)', 'winner_tax_id': 'VARCHAR', 'winner_name': 'VARCHAR', 'awarded': 'DATE',
    'invitation': 'DATE', 'changes': 'VARCHAR', 'title': 'VARCHAR'}})
"""

LOAD_PARQUET = """
CREATE TABLE p AS SELECT
    project_id, department_id, method, fiscal_year,
    CAST(round(budget * 100) AS BIGINT) AS budget,
    CAST(round(reference_price * 100) AS BIGINT) AS reference,
    CAST(round(agreed_price * 100) AS BIGINT) AS agreed,
    CAST(round(contract_amount * 100) AS BIGINT) AS contract,
    winner_tax_id, winner_name,
    CAST(date_diff('day', DATE '1970-01-01', awarded) AS INTEGER) AS day
FROM read_parquet('{source}')
"""

# Supplier keys: the tax id, else the one tax id sharing the name in the department, else the name.
SUPPLIERS = """
CREATE TABLE a AS
WITH named AS (
    SELECT department_id, winner_name, min(winner_tax_id) AS tax, count(DISTINCT winner_tax_id) AS taxes
    FROM p WHERE winner_tax_id IS NOT NULL GROUP BY department_id, winner_name
)
SELECT p.*, CASE
    WHEN p.winner_tax_id IS NOT NULL THEN 'tax:' || p.winner_tax_id
    WHEN n.taxes = 1 THEN 'tax:' || n.tax
    ELSE 'name:' || p.winner_name END AS supplier
FROM p LEFT JOIN named n ON p.winner_tax_id IS NULL AND n.department_id = p.department_id AND n.winner_name = p.winner_name
"""

SPLITS = """
WITH e AS (
    SELECT department_id, supplier, fiscal_year, project_id, day, agreed
    FROM a WHERE method = 'specific' AND agreed > 0 AND agreed <= 50000000
),
-- Windows: each award with every later award of the pair at most 90 days after it (ties on the day count
-- as later, as the first of them starts the heaviest window).
w AS (
    SELECT department_id, supplier, fiscal_year, project_id, day,
        sum(agreed) OVER r AS total, count(*) OVER r AS n
    FROM e
    WINDOW r AS (PARTITION BY department_id, supplier ORDER BY day RANGE BETWEEN CURRENT ROW AND 90 FOLLOWING)
),
best AS (
    SELECT department_id, supplier, fiscal_year AS start_year, day AS start_day, total, n
    FROM (
        SELECT *, row_number() OVER (PARTITION BY department_id, supplier, fiscal_year ORDER BY total DESC, day, project_id) AS rank
        FROM w WHERE n >= 2 AND total > 50000000
    ) WHERE rank = 1
),
-- How many of each best window's awards fall in its starting fiscal year.
best_years AS (
    SELECT b.department_id, b.supplier, b.start_year, b.n,
        count(*) FILTER (WHERE e.fiscal_year = b.start_year) AS in_year
    FROM best b JOIN e ON e.department_id = b.department_id AND e.supplier = b.supplier
        AND e.day >= b.start_day AND e.day <= b.start_day + 90
    GROUP BY ALL
),
y AS (
    SELECT department_id, supplier, fiscal_year, count(*) AS n, sum(agreed) AS total
    FROM e GROUP BY ALL HAVING count(*) >= 2 AND sum(agreed) > 50000000
)
SELECT
    (SELECT count(*) FROM y WHERE NOT EXISTS (
        SELECT 1 FROM best_years b WHERE b.department_id = y.department_id AND b.supplier = y.supplier
            AND b.start_year = y.fiscal_year AND b.in_year = b.n AND b.n = y.n)) AS split_year,
    (SELECT count(*) FROM best) AS split_window
"""

CONCENTRATION = """
WITH pairs AS (
    SELECT department_id, supplier, fiscal_year, count(DISTINCT project_id) AS wins,
        count(agreed) AS priced, coalesce(sum(agreed), 0) AS total
    FROM a GROUP BY ALL
),
departments AS (
    SELECT department_id, fiscal_year, count(agreed) AS priced, coalesce(sum(agreed), 0) AS total
    FROM a GROUP BY ALL
),
fence AS (
    SELECT quantile_cont(wins, 0.25) AS q1, quantile_cont(wins, 0.75) AS q3, count(*) AS n FROM pairs
),
cut AS (
    SELECT CASE WHEN n >= 8 AND q3 + 1.5 * (q3 - q1) > 5 THEN q3 + 1.5 * (q3 - q1) ELSE NULL END AS fence FROM fence
)
SELECT
    (SELECT count(*) FROM pairs s JOIN departments d USING (department_id, fiscal_year)
        WHERE d.priced >= 5 AND d.total > 0 AND s.priced >= 2 AND 2 * s.total >= d.total) AS supplier_share,
    (SELECT count(*) FROM pairs, cut WHERE CASE WHEN cut.fence IS NULL THEN wins >= 5 ELSE wins > cut.fence END) AS repeat_winner
"""

PRICES = f"""
SELECT
    count(*) FILTER (WHERE reference > 0 AND agreed <= reference AND agreed * 10000 >= reference * 9900
        AND method IN {COMPETITIVE}) AS price_near_reference,
    count(*) FILTER (WHERE reference > 0 AND agreed > reference) AS price_above_reference,
    count(*) FILTER (WHERE budget > 0 AND greatest(agreed, contract) > budget) AS price_above_budget,
    count(*) FILTER (WHERE contract > agreed) AS contract_above_agreed,
    count(*) FILTER (WHERE budget > 0 AND reference = budget AND method IN {COMPETITIVE}) AS reference_equals_budget
FROM p
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", required=True)
    parser.add_argument("--parquet", help="also write the data as Parquet here (untimed) and time a run over it")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    ensure_duckdb()
    import duckdb

    def run(load, source):
        connection = duckdb.connect()
        connection.execute(f"SET threads = {args.threads}")
        started = time.perf_counter()
        connection.execute(load.format(source=source))
        loaded = time.perf_counter()
        connection.execute(SUPPLIERS)
        split_year, split_window = connection.execute(SPLITS).fetchone()
        supplier_share, repeat_winner = connection.execute(CONCENTRATION).fetchone()
        prices = connection.execute(PRICES).fetchone()
        ended = time.perf_counter()
        counts = {
            "split-year": split_year, "split-window": split_window, "supplier-share": supplier_share,
            "repeat-winner": repeat_winner, "price-near-reference": prices[0], "price-above-reference": prices[1],
            "price-above-budget": prices[2], "contract-above-agreed": prices[3], "reference-equals-budget": prices[4],
        }
        projects = connection.execute("SELECT count(*) FROM p").fetchone()[0]
        connection.close()
        return counts, projects, loaded - started, ended - started

    counts, projects, load, total = run(LOAD_CSV, args.csv)
    print(f"PROJECTS {projects}")
    for name, value in counts.items():
        print(f"COUNT {name} {value}")
    print(f"TIME load {load:.3f}")
    print(f"TIME total {total:.3f}")
    print(f"THREADS {args.threads}")
    print(f"VERSION duckdb {duckdb.__version__}")
    if args.parquet:
        converter = duckdb.connect()
        converter.execute(
            f"COPY (SELECT * FROM read_csv('{args.csv}', header = true, quote = '\"', all_varchar = false)) "
            f"TO '{args.parquet}' (FORMAT parquet)")
        converter.close()
        parquet_counts, _, parquet_load, parquet_total = run(LOAD_PARQUET, args.parquet)
        if parquet_counts != counts:
            raise SystemExit(f"Parquet counts differ from CSV counts: {parquet_counts} vs {counts}")
        print(f"TIME parquet-load {parquet_load:.3f}")
        print(f"TIME parquet-total {parquet_total:.3f}")


if __name__ == "__main__":
    main()
