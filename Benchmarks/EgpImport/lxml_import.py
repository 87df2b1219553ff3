#!/usr/bin/env python3
"""The comparison line of the e-GP import benchmark: lxml's iterparse writing the same rows into SQLite.

    python3 Benchmarks/EgpImport/lxml_import.py FEED.xml --db OUT.sqlite --dept 6960501

Reads the feed with `lxml.etree.iterparse` (libxml2 underneath, like Sujarit, clearing each item once
read so memory stays flat), interprets each item as Sujarit does (description split on the first two
commas, the type by its Thai name, pubDate YYYY-MM-DD, the link's template/file/legacy reference, the
fingerprint), and writes into SQLite, in one transaction, one row per announcement (skipping fingerprints
already present) and one row per project (first and last publication, latest title, count): what
Sujarit's `procurement_announcements` and `procurement_projects` hold. It does not keep an event log or
a hash chain, so it does less than `sujarit import egp`.

On first use it installs lxml into Benchmarks/.venv (created if missing) and re-runs itself there.
"""

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, "..", ".venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python3")


def ensure_lxml():
    try:
        import lxml.etree  # noqa: F401
        return
    except ImportError:
        pass
    if os.path.abspath(sys.executable) != os.path.abspath(VENV_PYTHON):
        if not os.path.exists(VENV_PYTHON):
            subprocess.check_call([sys.executable, "-m", "venv", VENV])
        try:
            subprocess.check_call([VENV_PYTHON, "-c", "import lxml"], stderr=subprocess.DEVNULL)
        except subprocess.CalledProcessError:
            subprocess.check_call([VENV_PYTHON, "-m", "pip", "install", "--quiet", "lxml"])
        os.execv(VENV_PYTHON, [VENV_PYTHON] + sys.argv)
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "lxml"])


ensure_lxml()
from lxml import etree  # noqa: E402

TYPES = {
    "แผนการจัดซื้อจัดจ้าง": "P0",
    "ร่างเอกสารประกวดราคา(e-bidding)และร่างเอกสารซื้อหรือจ้างด้วยวิธีสอบราคา": "B0",
    "ประกาศราคากลาง": "15",
    "ประกาศเชิญชวน": "D0",
    "ยกเลิกประกาศเชิญชวน": "D1",
    "เปลี่ยนแปลงประกาศเชิญชวน": "D2",
    "ประกาศรายชื่อผู้ชนะการเสนอราคา/ประกาศผู้ได้รับการคัดเลือก": "W0",
    "ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา/ประกาศผู้ได้รับการคัดเลือก": "W1",
    "เปลี่ยนแปลงประกาศรายชื่อผู้ชนะการเสนอราคา": "W2",
}
PROJECT_ID = re.compile(r"^[PM]?\d{11}$")
TEMPLATE = re.compile(r"[?&]templateid=([0-9a-fA-F-]{36})", re.I)
FILE = re.compile(r"[?&]fileid=([0-9a-fA-F]{32})", re.I)
LEGACY = re.compile(r"[?&](?:amp;)?projectid=([^&#]+)", re.I)
TEMPLATE_TYPE = re.compile(r"[?&](?:amp;)?templatetype=([^&#]*)", re.I)
SPACE = re.compile(r"\s+")


def key(text):
    return SPACE.sub("", text).lower()


TYPE_KEYS = {key(name): code for name, code in TYPES.items()}


def reference(url):
    match = TEMPLATE.search(url)
    if match:
        return "template:" + match.group(1).lower()
    match = FILE.search(url)
    if match:
        return "file:" + match.group(1).lower()
    match = LEGACY.search(url)
    if match and "procsearch.sch" in url.lower():
        kind = TEMPLATE_TYPE.search(url)
        return f"legacy:{match.group(1)}:{kind.group(1) if kind else '-'}:A"
    return "url:" + url if url else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("feed")
    parser.add_argument("--db", required=True)
    parser.add_argument("--dept", default="6960501")
    arguments = parser.parse_args()

    started = time.perf_counter()
    db = sqlite3.connect(arguments.db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.executescript("""
        CREATE TABLE IF NOT EXISTS announcements (
            fingerprint TEXT PRIMARY KEY, project_id TEXT NOT NULL, type TEXT NOT NULL, published TEXT NOT NULL,
            title TEXT NOT NULL, method TEXT, link TEXT, department_id TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS announcements_project ON announcements (project_id, published);
        CREATE TABLE IF NOT EXISTS projects (
            project_id TEXT PRIMARY KEY, department_id TEXT NOT NULL, title TEXT, first_published TEXT,
            last_published TEXT, announcement_count INTEGER NOT NULL);
    """)
    items = kept = new = 0
    with db:
        for _, item in etree.iterparse(arguments.feed, events=("end",), tag="item", resolve_entities=False,
                                       no_network=True, huge_tree=False):
            items += 1
            fields = {child.tag: (child.text or "") for child in item}
            item.clear()
            while item.getprevious() is not None:
                del item.getparent()[0]
            parts = SPACE.sub(" ", fields.get("description", "")).strip().split(",", 2)
            if len(parts) < 3:
                raise SystemExit(f"malformed description: {fields.get('description')!r}")
            pid, method, type_name = (p.strip() for p in parts)
            code = TYPE_KEYS.get(key(type_name))
            if code is None:
                raise SystemExit(f"unknown announcement type {type_name!r}")
            if not PROJECT_ID.match(pid):
                continue
            kept += 1
            published = fields.get("pubDate", "").strip()
            time.strptime(published, "%Y-%m-%d")
            title = SPACE.sub(" ", fields.get("title", "")).strip()
            url = fields.get("link", "").strip()
            document = reference(url) or "title:" + title
            fingerprint = f"egp1|{pid}|{code}|{published}|{document}"
            cursor = db.execute(
                "INSERT OR IGNORE INTO announcements VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (fingerprint, pid, code, published, title, None if method in ("' '", "") else method, url,
                 arguments.dept))
            if cursor.rowcount:
                new += 1
                db.execute("""
                    INSERT INTO projects VALUES (?, ?, ?, ?, ?, 1)
                    ON CONFLICT (project_id) DO UPDATE SET
                        title = CASE WHEN excluded.title <> '' AND excluded.last_published >= projects.last_published
                            THEN excluded.title ELSE projects.title END,
                        first_published = min(projects.first_published, excluded.first_published),
                        last_published = max(projects.last_published, excluded.last_published),
                        announcement_count = projects.announcement_count + 1
                """, (pid, arguments.dept, title, published, published))
    db.close()
    print(f"lxml: {items} items, {kept} kept, {new} new in {time.perf_counter() - started:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
