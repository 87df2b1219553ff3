#!/usr/bin/env python3
"""Writes a large, realistic e-GP announcement feed for the import benchmark (issue 6).

    python3 Benchmarks/EgpImport/make_corpus.py OUT.xml [--mb 106] [--gzip] [--seed 1]

The file has the shape of Imports/examples (DOMAIN.md section 7.1): Windows-874 bytes declared
`windows-874`, CRLF line ends, an RSS channel with `countbyday`, and items whose titles are Thai with
Thai digits, whose links are template, uploaded-file or legacy links, and whose descriptions carry the
project id, the method and the announcement type by their Thai names. Projects go through realistic
life cycles (plan item, draft TOR, reference price, invitation, winner, with some cancellations and
amendments), so the store sees several announcements per project stream, as in real data. About one item
in 400 has no project id.

The output is deterministic for a given --mb and --seed. Items are written until the file reaches
--mb megabytes (10^6 bytes); 106 MB gives about 250,000 items, the size issue 6 measured.
"""

import argparse
import gzip
import os
import random
import sys
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Imports", "examples"))
from make_examples import TYPE_NAMES, TEMPLATE, UPLOAD, LEGACY, CHANNEL_TITLE, escape  # noqa: E402

METHODS = [
    ("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", 30, "ประกวดราคา{what} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
    ("ตลาดอิเล็กทรอนิกส์ (e-market)", 10, "ซื้อ{what} ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)"),
    ("เฉพาะเจาะจง", 50, "{what} โดยวิธีเฉพาะเจาะจง"),
    ("คัดเลือก", 6, "{what} โดยวิธีคัดเลือก"),
    ("จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง", 2, "จ้างที่ปรึกษา{what} โดยวิธีเฉพาะเจาะจง"),
    ("จ้างออกแบบโดยวิธีคัดเลือก", 2, "จ้างออกแบบ{what} โดยวิธีคัดเลือก"),
]
WHAT = [
    "จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้าน{place} หมู่ที่ {moo} ตำบล{tambon} ขนาดกว้าง {w}.๐๐ เมตร ยาว {l} เมตร",
    "ซื้อวัสดุสำนักงาน {office} จำนวน {n} รายการ",
    "จ้างเหมาซ่อมแซมรถบรรทุกขยะ หมายเลขทะเบียน {n}-{plate} นราธิวาส",
    "ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล) จำนวน {l},๐๐๐ ลิตร",
    "จ้างเหมาบริการเก็บขนขยะมูลฝอย ภายในเขต{office} ระยะเวลา {n} เดือน",
    "ซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ ๒/๒๕๖๗ จำนวน {l} ถุง",
    "จ้างเหมาซ่อมแซมเครื่องปรับอากาศ จำนวน {n} เครื่อง {office}",
    "ซื้อครุภัณฑ์คอมพิวเตอร์ (เครื่องคอมพิวเตอร์โน้ตบุ๊ก) จำนวน {n} เครื่อง",
    "จ้างก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก ชุมชนบ้าน{place} ยาว {l} เมตร",
    "จ้างปรับปรุงภูมิทัศน์สวนสาธารณะ{place} ตำบล{tambon}",
]
PLACES = ["ศาลาใหม่", "โคกสยา", "เจ๊ะเห", "ไพรวัน", "พร่อน", "ตลาดเก่า", "บางขุนทอง", "เกาะสะท้อน", "นานาค", "ศรีสาคร"]
TAMBON = ["เจ๊ะเห", "ไพรวัน", "พร่อน", "ศาลาใหม่", "บางขุนทอง", "เกาะสะท้อน", "นานาค", "โฆษิต"]
OFFICES = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม"]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# A project's announcements, in order; the last entries are only sometimes present.
LIFE = {
    "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)": ["P0", "B0", "15", "D0", "W0"],
    "ตลาดอิเล็กทรอนิกส์ (e-market)": ["P0", "15", "D0", "W0"],
    "เฉพาะเจาะจง": ["W0"],
    "คัดเลือก": ["15", "D0", "W0"],
    "จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง": ["W0"],
    "จ้างออกแบบโดยวิธีคัดเลือก": ["D0", "W0"],
}


def thai(n):
    return str(n).translate(THAI)


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.serial = 0
        self.documents = 0
        self.active = []  # projects with announcements still to come: [project id, method, title, steps]

    def document_link(self, pid, type_code):
        self.documents += 1
        roll = self.rng.random()
        if roll < 0.80:
            return TEMPLATE.format(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        if roll < 0.97:
            return UPLOAD.format("%032x" % self.rng.getrandbits(128))
        return LEGACY.format(pid=pid, tt=type_code)

    def new_project(self, day):
        rng = self.rng
        self.serial += 1
        method = rng.choices([m[0] for m in METHODS], weights=[m[1] for m in METHODS])[0]
        form = next(m[2] for m in METHODS if m[0] == method)
        what = rng.choice(WHAT).format(
            place=rng.choice(PLACES), moo=thai(rng.randint(1, 12)), tambon=rng.choice(TAMBON),
            w=thai(rng.randint(3, 8)), l=thai(rng.randint(50, 2500)), office=rng.choice(OFFICES),
            n=thai(rng.randint(1, 40)), plate=thai(rng.randint(1000, 9999)))
        pid = "%02d%09d" % (67 if day < "2024-10-01" else 68, self.serial)
        steps = list(LIFE[method])
        if rng.random() < 0.05:
            steps.insert(rng.randint(1, len(steps)), "D2")
        if rng.random() < 0.02:
            steps.append(rng.choice(["D1", "W1", "W2"]))
        self.active.append([pid, method, form.format(what=what), steps])

    def item(self, day):
        rng = self.rng
        if not self.active or rng.random() < 0.4:
            self.new_project(day)
        # Up to 64 projects are under way at once; each announces its steps in order.
        index = rng.randrange(min(len(self.active), 64))
        pid, method, title, steps = self.active[index]
        step = steps.pop(0)
        if not steps:
            self.active[index] = self.active[-1]
            self.active.pop()
        if step == "P0":
            shown_pid = ("P" if rng.random() < 0.8 else "M") + "68" + pid[2:]
            method_text = "' '"
        else:
            shown_pid, method_text = pid, method
        if rng.random() < 0.0025:
            shown_pid = ""
        prefix = {"B0": "ร่างเอกสารประกวดราคา ", "15": "ประกาศราคากลาง ", "W0": "ประกาศผู้ชนะการเสนอราคา ",
                  "D1": "ยกเลิกประกาศเชิญชวน ", "W1": "ยกเลิกประกาศผู้ชนะการเสนอราคา ",
                  "W2": "เปลี่ยนแปลงประกาศผู้ชนะการเสนอราคา "}.get(step, "")
        shown_title = "" if step == "D2" and rng.random() < 0.5 else prefix + title
        description = f"{shown_pid}, {method_text}, {TYPE_NAMES[step]}"
        return (
            "  <item>\r\n"
            f"    <title>{escape(shown_title)}</title>\r\n"
            f"    <link>{escape(self.document_link(pid, step))}</link>\r\n"
            f"    <description>{escape(description)}</description>\r\n"
            f"    <pubDate>{day}</pubDate>\r\n"
            "    <guid></guid>\r\n"
            "  </item>\r\n"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=106.0, help="size in megabytes (10^6 bytes) before gzip")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gzip", action="store_true", help="gzip the output")
    arguments = parser.parse_args()

    target = int(arguments.mb * 1_000_000)
    generator = Generator(arguments.seed)
    header = (
        '<?xml version="1.0" encoding="windows-874"?>\r\n<rss version="2.0">\r\n<channel>\r\n'
        f"  <title>{CHANNEL_TITLE}</title>\r\n"
        "  <link>" + escape("http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml"
                            "?deptId=6960501&anounceType=&date=") + "</link>\r\n"
        "  <description>ประกาศจัดซื้อจัดจ้างภาครัฐ กรมบัญชีกลาง</description>\r\n"
        "  <language>th-TH</language>\r\n  <lastBuildDate>2025-09-30</lastBuildDate>\r\n"
    )
    footer = "</channel>\r\n</rss>\r\n"
    opener = (lambda p: gzip.GzipFile(p, "wb", mtime=0)) if arguments.gzip else (lambda p: open(p, "wb"))
    written = 0
    items = 0
    days = [f"2024-{m:02d}-{d:02d}" for m in (10, 11, 12) for d in range(1, 29)] + \
           [f"2025-{m:02d}-{d:02d}" for m in range(1, 10) for d in range(1, 29)]
    with opener(arguments.out) as out:
        data = header.encode("cp874")
        out.write(data)
        written += len(data)
        chunk = []
        chunk_bytes = 0
        while written + len(footer) < target:
            day = days[min(len(days) - 1, items * len(days) // max(1, target // 420))]
            text = generator.item(day).encode("cp874")
            chunk.append(text)
            chunk_bytes += len(text)
            written += len(text)
            items += 1
            if chunk_bytes > 1 << 20:
                out.write(b"".join(chunk))
                chunk, chunk_bytes = [], 0
        out.write(b"".join(chunk))
        out.write(footer.encode("cp874"))
    print(f"{arguments.out}: {items} items, {written + len(footer)} bytes before compression", file=sys.stderr)


if __name__ == "__main__":
    main()
