#!/usr/bin/env python3
"""Writes the e-GP announcement-feed corpus used by ProcurementTests.

    python3 Imports/examples/make_examples.py

Writes, next to this script, feed files in the real e-GP shape (DOMAIN.md section 7.1) for one
municipality, plus `expected.json` describing what the reader must find in each; and, in ../bad/, the
damaged and hostile files the reader must refuse or repair. The output is deterministic: running the
script again gives identical bytes (gzip timestamps are fixed), so `git diff` shows real changes only.

The municipality is เทศบาลเมืองตากใบ (Tak Bai Town Municipality, Narathiwat). Its deptId, the project
ids, template ids and file ids below are made up for the corpus: they have the real shapes but point at
nothing on e-GP.

Windows-874 files are produced with Python's `cp874` codec (`str.encode('cp874')`), which raises on any
character Windows-874 cannot hold, so the bytes are exactly what e-GP would serve.
"""

import gzip
import io
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(os.path.dirname(HERE), "bad")

DEPT_ID = "6960501"  # 7 digits: a local government (made up)
CHANNEL_TITLE = "ประกาศจัดซื้อจัดจ้างภาครัฐ"

TEMPLATE = "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId={}"
UPLOAD = "https://process5.gprocurement.go.th/egp-upload-service/v1/downloadFileTest?fileId={}"
LEGACY = ("http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid={pid}"
          "&servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&projectId={pid}"
          "&templateType={tt}&temp_Announ=A&temp_itemNo=0&seqNo=1")

TYPE_NAMES = {
    "P0": "แผนการจัดซื้อจัดจ้าง",
    "B0": "ร่างเอกสารประกวดราคา (e-Bidding) และร่างเอกสารซื้อหรือจ้างด้วยวิธีสอบราคา",
    "15": "ประกาศราคากลาง",
    "D0": "ประกาศเชิญชวน",
    "D1": "ยกเลิกประกาศเชิญชวน",
    "D2": "เปลี่ยนแปลงประกาศเชิญชวน",
    "W0": "ประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
    "W1": "ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
    "W2": "เปลี่ยนแปลงประกาศรายชื่อผู้ชนะการเสนอราคา",
}

# Method as written in the description -> the key ProcurementMethod gives it (None: blank, plan items).
METHODS = {
    "' '": None,
    "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)": "e-bidding",
    "ตลาดอิเล็กทรอนิกส์ (e-market)": "e-market",
    "เฉพาะเจาะจง": "specific",
    "คัดเลือก": "selection",
    "สอบราคา": "price-inquiry",
    "จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง": "consulting/specific",
    "จ้างออกแบบโดยวิธีคัดเลือก": "design/selection",
}


def template_id(n):
    """A stable, made-up template UUID."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"sujarit-corpus-template-{n}"))


def file_id(n):
    """A stable, made-up 32-hex file id."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"sujarit-corpus-file-{n}").hex


class Item:
    """One feed item and what the reader must make of it."""

    def __init__(self, pid, method, type_code, title, link, reference, pub_date, raw_title=None):
        self.pid = pid
        self.method = method
        self.type_code = type_code
        self.title = title
        self.raw_title = raw_title if raw_title is not None else title
        self.link = link
        self.reference = reference
        self.pub_date = pub_date

    def description(self):
        return f"{self.pid}, {self.method}, {TYPE_NAMES[self.type_code]}"


def tmpl(n):
    tid = template_id(n)
    return TEMPLATE.format(tid), f"template:{tid}"


def upload(n):
    fid = file_id(n)
    return UPLOAD.format(fid), f"file:{fid}"


def legacy(pid, tt):
    return LEGACY.format(pid=pid, tt=tt), f"legacy:{pid}:{tt}:A"


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feed_text(items, day, count_by_day, declaration):
    """The feed as text, and the line of each <item> start tag (1-based)."""
    lines = []
    if declaration is not None:
        lines.append(f'<?xml version="1.0" encoding="{declaration}"?>')
    lines += [
        '<rss version="2.0">',
        "<channel>",
        f"  <title>{CHANNEL_TITLE}</title>",
        "  <link>" + escape(f"http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml"
                            f"?deptId={DEPT_ID}&anounceType=&date={day}") + "</link>",
        "  <description>ประกาศจัดซื้อจัดจ้างภาครัฐ กรมบัญชีกลาง</description>",
        "  <language>th-TH</language>",
        f"  <lastBuildDate>{day}</lastBuildDate>",
        "  <copyright>กรมบัญชีกลาง</copyright>",
        f"  <countbyday>{count_by_day}</countbyday>",
    ]
    item_lines = []
    for item in items:
        item_lines.append(len(lines) + 1)
        lines += [
            "  <item>",
            f"    <title>{escape(item.raw_title)}</title>",
            f"    <link>{escape(item.link)}</link>",
            f"    <description>{escape(item.description())}</description>",
            f"    <pubDate>{item.pub_date}</pubDate>",
            "    <guid></guid>",
            "  </item>",
        ]
    lines += ["</channel>", "</rss>", ""]
    return "\r\n".join(lines), item_lines


def gzip_bytes(data):
    """gzip with a fixed timestamp and no file name, so the output is reproducible."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    return out.getvalue()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


# --- The examples: one municipality across FY2568 (1 Oct 2567 - 30 Sep 2568) -----------------------

def day_2024_10_08():
    """The FY2568 procurement plan (P0), published early October; one item came without an id."""
    d = "2024-10-08"
    items = [
        Item("P68100015021", "' '", "P0",
             "จัดซื้อวัสดุสำนักงาน สำนักปลัดเทศบาล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", *tmpl(1), d),
        Item("P68100015022", "' '", "P0",
             "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ ชุมชนตลาดเก่า ตำบลเจ๊ะเห", *tmpl(2), d),
        Item("M68100015023", "' '", "P0",
             "จ้างเหมาบริการเก็บขนขยะมูลฝอย ภายในเขตเทศบาลเมืองตากใบ ระยะเวลา ๑๒ เดือน", *tmpl(3), d),
        Item("P68100015024", "' '", "P0",
             "จัดซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ ๒/๒๕๖๗", *tmpl(4), d),
        Item("", "' '", "P0", "จัดซื้อครุภัณฑ์คอมพิวเตอร์ กองคลัง", *tmpl(5), d),
    ]
    return items, len(items)


def day_2024_11_26():
    """A road project's draft TOR, reference price and invitation, plus an e-market invitation."""
    d = "2024-11-26"
    road = ("ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา "
            "หมู่ที่ ๓ ตำบลเจ๊ะเห ขนาดกว้าง ๕.๐๐ เมตร ยาว ๓๒๐ เมตร หนา ๐.๑๕ เมตร "
            "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)")
    items = [
        Item("67119000332", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "B0",
             "ร่างเอกสารประกวดราคา " + road, *tmpl(10), d),
        Item("67119000332", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "15",
             "ประกาศราคากลาง โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓",
             *upload(11), d),
        Item("67119000332", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "D0", road, *tmpl(12), d),
        Item("67119000333", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "D0",
             "ประกวดราคาจ้างทำความสะอาดสำนักงาน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
             *tmpl(13), d),
        Item("67119000341", "ตลาดอิเล็กทรอนิกส์ (e-market)", "D0",
             "ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล) จำนวน ๓๐,๐๐๐ ลิตร ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)",
             *tmpl(14), d),
        Item("67119000355", "เฉพาะเจาะจง", "W0",
             "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน (กองคลัง) จำนวน ๑๕ รายการ โดยวิธีเฉพาะเจาะจง",
             *tmpl(15), d,
             raw_title="ประกาศผู้ชนะการเสนอราคา  ซื้อวัสดุสำนักงาน (กองคลัง)\r\n      จำนวน ๑๕ รายการ  โดยวิธีเฉพาะเจาะจง"),
    ]
    return items, len(items)


def day_2025_01_14():
    """Winners, an amended invitation without a title, a consultant, and a legacy link (UTF-8 copy)."""
    d = "2025-01-14"
    items = [
        Item("67119000332", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "W0",
             "ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก "
             "สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
             *tmpl(20), d),
        Item("67119000333", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "D2", "", *tmpl(21), d),
        Item("68019000012", "คัดเลือก", "W0",
             "ประกาศผู้ได้รับการคัดเลือก จ้างเหมาซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็กเทศบาลเมืองตากใบ โดยวิธีคัดเลือก",
             *tmpl(22), d),
        Item("68019000015", "จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง", "W0",
             "จ้างที่ปรึกษาสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ ๒๕๖๘ โดยวิธีเฉพาะเจาะจง",
             *upload(23), d),
        Item("67119000341", "ตลาดอิเล็กทรอนิกส์ (e-market)", "W2",
             "เปลี่ยนแปลงประกาศผู้ชนะการเสนอราคา ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล)",
             *legacy("67119000341", "W2"), d),
    ]
    return items, len(items)


def day_2025_03_20():
    """Cancellations and amendments, a design job and a price inquiry (gzip-compressed cp874)."""
    d = "2025-03-20"
    items = [
        Item("68039000101", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "D1",
             "ยกเลิกประกาศเชิญชวน ประกวดราคาซื้อรถบรรทุกขยะ ขนาด ๖ ตัน ๖ ล้อ แบบอัดท้าย จำนวน ๑ คัน",
             *tmpl(30), d),
        Item("68019000012", "คัดเลือก", "W1",
             "ยกเลิกประกาศผู้ได้รับการคัดเลือก จ้างเหมาซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็กเทศบาลเมืองตากใบ",
             *tmpl(31), d),
        Item("67119000355", "เฉพาะเจาะจง", "W2",
             "เปลี่ยนแปลงประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน (กองคลัง) จำนวน ๑๕ รายการ",
             *tmpl(32), d),
        Item("68039000117", "จ้างออกแบบโดยวิธีคัดเลือก", "D0",
             "จ้างออกแบบอาคารตลาดสดเทศบาลเมืองตากใบ (หลังใหม่) โดยวิธีคัดเลือก", *tmpl(33), d),
        Item("68039000120", "สอบราคา", "D0",
             "สอบราคาจ้างปรับปรุงภูมิทัศน์สวนสาธารณะริมแม่น้ำตากใบ", *tmpl(34), d),
    ]
    return items, len(items)


def day_2025_09_25():
    """Year-end specific-method purchases: 27 that day, but the feed page holds only 20."""
    d = "2025-09-25"
    subjects = [
        "ซื้อวัสดุสำนักงาน กองการศึกษา", "ซื้อวัสดุไฟฟ้าและวิทยุ กองช่าง", "ซื้อวัสดุงานบ้านงานครัว สำนักปลัด",
        "จ้างเหมาซ่อมแซมรถบรรทุกขยะ หมายเลขทะเบียน ๘๑-๔๕๖๗ นราธิวาส", "ซื้อวัสดุคอมพิวเตอร์ กองคลัง",
        "จ้างเหมาจัดทำป้ายประชาสัมพันธ์ โครงการวันเทศบาล", "ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห",
        "จ้างเหมาบริการรถยนต์โดยสารปรับอากาศ จำนวน ๒ คัน", "ซื้อวัสดุวิทยาศาสตร์หรือการแพทย์ กองสาธารณสุข",
        "ซื้อน้ำดื่มสำหรับบริการประชาชน", "จ้างเหมาซ่อมแซมเครื่องปรับอากาศ จำนวน ๖ เครื่อง",
        "ซื้อวัสดุกีฬา โครงการแข่งขันกีฬาชุมชน", "ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้",
        "จ้างเหมาตัดหญ้าและดูแลสวนหย่อม ระยะเวลา ๓ เดือน", "ซื้อวัสดุเครื่องแต่งกาย อปพร.",
        "จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ ๕ บ้านโคกสยา", "ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น",
        "จ้างพิมพ์เอกสารรายงานประจำปี ๒๕๖๘", "ซื้อวัสดุการเกษตร โครงการคัดแยกขยะ",
        "จ้างเหมาซ่อมแซมระบบประปาหมู่บ้าน",
    ]
    items = [
        Item(f"68099{i:06d}", "เฉพาะเจาะจง", "W0",
             f"ประกาศผู้ชนะการเสนอราคา {subject} โดยวิธีเฉพาะเจาะจง", *tmpl(100 + i), d)
        for i, subject in enumerate(subjects, start=1)
    ]
    return items, 27


EXAMPLES = [
    # file name, builder, declaration written, bytes codec, gzip
    ("takbai-6960501-2024-10-08-plan.xml", day_2024_10_08, "windows-874", "cp874", False),
    ("takbai-6960501-2024-11-26.xml", day_2024_11_26, "windows-874", "cp874", False),
    ("takbai-6960501-2025-01-14-utf8.xml", day_2025_01_14, "UTF-8", "utf-8", False),
    ("takbai-6960501-2025-03-20.xml.gz", day_2025_03_20, "windows-874", "cp874", True),
    ("takbai-6960501-2025-09-25-page1.xml", day_2025_09_25, "windows-874", "cp874", False),
]


def write_examples():
    manifest = []
    for name, builder, declaration, codec, compress in EXAMPLES:
        items, count = builder()
        day = items[0].pub_date
        text, item_lines = feed_text(items, day, count, declaration)
        data = text.encode(codec)
        if compress:
            data = gzip_bytes(data)
        write(os.path.join(HERE, name), data)
        kept = [(item, line) for item, line in zip(items, item_lines) if item.pid]
        manifest.append({
            "file": name,
            "encoding": "windows874Declared" if codec == "cp874" else "utf8",
            "declaredEncoding": declaration,
            "gzip": compress,
            "countByDay": count,
            "itemsRead": len(items),
            "kept": len(kept),
            "withoutID": len(items) - len(kept),
            "truncatedPage": count > len(items),
            "announcements": [{
                "line": line,
                "projectID": item.pid,
                "type": item.type_code,
                "method": METHODS[item.method],
                "title": item.title,
                "reference": item.reference,
                "published": item.pub_date,
            } for item, line in kept],
        })
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")


# --- The bad corpus ------------------------------------------------------------------------------

ONE_ITEM = """<rss version="2.0"><channel>
  <title>ประกาศจัดซื้อจัดจ้างภาครัฐ</title>
  <countbyday>1</countbyday>
  <item>
    <title>{title}</title>
    <link>https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=d09c45dd-65c7-4f4b-802a-ef40dcb123e1</link>
    <description>{description}</description>
    <pubDate>{pub_date}</pubDate>
    <guid></guid>
  </item>
</channel></rss>
"""

GOOD_TITLE = "ซื้อวัสดุสำนักงาน กองคลัง จำนวน ๑๒ รายการ โดยวิธีเฉพาะเจาะจง"
GOOD_DESCRIPTION = "67119000401, เฉพาะเจาะจง, ประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก"


def one_item(title=GOOD_TITLE, description=GOOD_DESCRIPTION, pub_date="2024-12-03"):
    return ONE_ITEM.format(title=title, description=description, pub_date=pub_date)


XXE_SECRET = "SUJARIT-XXE-SECRET-7f3a9c: this text must never appear in anything the reader returns\n"


def write_bad():
    os.makedirs(BAD, exist_ok=True)
    decl874 = '<?xml version="1.0" encoding="windows-874"?>\n'
    decl8 = '<?xml version="1.0" encoding="UTF-8"?>\n'

    # Mismatched end tag: line 6 (the <title> line), libxml2 names the column.
    write(os.path.join(BAD, "malformed.xml"),
          (decl8 + one_item().replace("</title>\n    <link>", "</titel>\n    <link>", 1)).encode("utf-8"))

    # Cut off in the middle of the second item's title (a download that stopped).
    whole_feed = decl874 + one_item()
    full = whole_feed[: whole_feed.index("</channel>")] + "  <item>\n    <title>จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ ๕"
    write(os.path.join(BAD, "truncated.xml"), full.encode("cp874"))

    # A gzip stream cut in half.
    whole = gzip_bytes((decl874 + one_item()).encode("cp874") * 1)
    write(os.path.join(BAD, "truncated.xml.gz"), whole[: len(whole) // 2])

    # XXE: an external entity naming a local file next to the feed.
    write(os.path.join(BAD, "xxe-secret.txt"), XXE_SECRET.encode("ascii"))
    write(os.path.join(BAD, "xxe-local-file.xml"), (
        decl8 + '<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM "xxe-secret.txt">\n]>\n'
        + one_item(title="&xxe;")).encode("utf-8"))

    # Billion laughs: ten levels of ten-fold entity expansion (10^9 "lol"s if expanded).
    entities = ['  <!ENTITY lol0 "lol">']
    for level in range(1, 10):
        entities.append(f'  <!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">')
    write(os.path.join(BAD, "billion-laughs.xml"), (
        decl8 + "<!DOCTYPE rss [\n" + "\n".join(entities) + "\n]>\n"
        + one_item(title="&lol9;")).encode("utf-8"))

    # A DTD on the network (.invalid never resolves; the test also uses a local listener).
    write(os.path.join(BAD, "network-dtd.xml"), (
        decl8 + '<!DOCTYPE rss SYSTEM "http://egp-dtd.invalid/rss-2.0.dtd">\n' + one_item()).encode("utf-8"))

    # 29 February 2025 does not exist (line 8 holds the pubDate).
    write(os.path.join(BAD, "wrong-date.xml"), (decl874 + one_item(pub_date="2025-02-29")).encode("cp874"))

    # An announcement type e-GP does not have (line 7 holds the description).
    write(os.path.join(BAD, "unknown-type.xml"), (decl874 + one_item(
        description="67119000401, เฉพาะเจาะจง, ประกาศจัดจ้างพิเศษ")).encode("cp874"))

    # A description without the two commas.
    write(os.path.join(BAD, "bad-description.xml"), (decl874 + one_item(
        description="67119000401 เฉพาะเจาะจง ประกาศเชิญชวน")).encode("cp874"))

    # cp874 bytes with the declaration lost: readable, detected as Windows-874.
    write(os.path.join(BAD, "no-declaration-cp874.xml"), one_item().encode("cp874"))

    # Re-saved as UTF-8 with the old declaration left in: readable, detected as UTF-8.
    write(os.path.join(BAD, "utf8-misdeclared.xml"), (decl874 + one_item()).encode("utf-8"))

    # Declared UTF-8 but the bytes are cp874: refused, naming the first bad byte (line 3, the title).
    write(os.path.join(BAD, "declared-utf8-but-cp874.xml"), (decl8 + one_item()).encode("cp874"))

    # An error page saved instead of the feed.
    write(os.path.join(BAD, "not-rss.xml"), (
        decl8 + "<html>\n<head><title>e-GP</title></head>\n"
        "<body><p>ระบบปิดปรับปรุงชั่วคราว</p></body>\n</html>\n").encode("utf-8"))


if __name__ == "__main__":
    write_examples()
    write_bad()
