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
        Item("67119000333", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "B0",
             "ร่างเอกสารประกวดราคา " + road, *tmpl(10), d),
        Item("67119000333", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "15",
             "ประกาศราคากลาง โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓",
             *upload(11), d),
        Item("67119000333", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "D0", road, *tmpl(12), d),
        Item("67119000332", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "D0",
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
        Item("67119000333", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "W0",
             "ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก "
             "สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
             *tmpl(20), d),
        Item("67119000332", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "D2", "", *tmpl(21), d),
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



# --- Contract data (DOMAIN.md section 7.2) for the same projects ------------------------------------

CONTRACT_COLUMNS = [
    "ลำดับ", "รหัสโครงการ", "ชื่อโครงการ", "ชื่อประเภทโครงการ", "ชื่อหน่วยงาน", "ชื่อหน่วยงานย่อย", "วิธีจัดซื้อฯ",
    "กลุ่มวิธีจัดซื้อฯ", "วันที่ประกาศ", "งบประมาณ(บาท)", "ราคากลาง(บาท)", "ราคาตกลงซื้อ/จ้าง", "ปีงบประมาณ",
    "วันที่เกิดรายการ", "จังหวัด", "เขต/อำเภอ", "แขวง/ตำบล", "สถานะโครงการ", "พิกัดของโครงการ", "ละติจูดโครงการ",
    "ลองจิจูดโครงการ", "เลขนิติบุคคล", "ชื่อผู้ชนะ", "เลขที่สัญญา", "วันที่ลงนามสัญญา", "วันที่สิ้นสุดสัญญา",
    "งบสัญญา(บาท)", "สถานะสัญญา",
]
AGENCY = "เทศบาลเมืองตากใบ"


def tax_id(first12):
    """A 13-digit tax id with its check digit (DOMAIN.md section 1)."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


RUNGRUEANG = ("ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", "0963550000121")  # declared by rusdee (declarations-2568.yaml)
WASADU = ("บริษัท ตากใบวัสดุภัณฑ์ จำกัด", "0965560001238")          # the gift giver of gifts-2568.yaml


def contract_row(pid, title, kind, sub, method, group, announced, budget, reference, agreed, status,
                 winner=None, tin="", number="", signed="", finishes="", amount="", contract_status="",
                 tambon="เจ๊ะเห", transaction=None):
    return [pid, title, kind, AGENCY, sub, method, group, announced, budget, reference, agreed, "2568",
            transaction if transaction is not None else (signed or announced), "นราธิวาส", "ตากใบ", tambon, status,
            "", "6.2647", "102.0537", tin, winner or "", number, signed, finishes, amount, contract_status]


def contract_rows():
    """The example contract rows: money for the feed examples' projects, with red flags to find."""
    ebid, spec, emkt = "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "เฉพาะเจาะจง", "ตลาดอิเล็กทรอนิกส์ (e-market)"
    open_call, direct = "ประกาศเชิญชวนทั่วไป", "วิธีเฉพาะเจาะจง"
    done, running = "จัดทำสัญญา/PO แล้ว", "อยู่ระหว่างดำเนินการ"
    rows = [
        # The road: won by the firm an e-bidding committee member declared a relation to, at 99.67 %
        # of the reference price.
        contract_row("67119000333", "ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา "
                     "หมู่ที่ ๓ ตำบลเจ๊ะเห", "จ้างก่อสร้าง", "กองช่าง", ebid, open_call, "26 พ.ย. 67", "2,500,000.00",
                     "2,456,000.00", "2,448,000.00", done, RUNGRUEANG[0], RUNGRUEANG[1], "12/2568", "28 ม.ค. 68",
                     "27 ก.ค. 68", "2,448,000.00", running),
        # Cleaning: the winner's tax id spoiled by a spreadsheet into scientific notation.
        contract_row("67119000332", "ประกวดราคาจ้างทำความสะอาดสำนักงาน", "จ้างบริการ", "สำนักปลัดเทศบาล", ebid, open_call,
                     "26 พ.ย. 67", "720,000.00", "715,000.00", "712,800.00", done,
                     "บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด", "9.65556E+11", "15/2568", "10 ก.พ. 68", "30 ก.ย. 68",
                     "712,800.00", running, transaction="10/02/2568"),
        contract_row("67119000341", "ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล) จำนวน ๓๐,๐๐๐ ลิตร", "ซื้อ", "กองช่าง", emkt,
                     open_call, "26 พ.ย. 67", "960,000.00", "954,000.00", "949,500.00", done,
                     "บริษัท นราปิโตรเลียม จำกัด", tax_id("096555000342"), "9/2568", "20 ม.ค. 68", "30 ก.ย. 68",
                     "949,500.00", running),
        contract_row("67119000355", "ซื้อวัสดุสำนักงาน (กองคลัง) จำนวน ๑๕ รายการ", "ซื้อ", "กองคลัง", spec, direct,
                     "26 พ.ย. 67", "50,000.00", "49,200.00", "48,750.00", done, "ร้านตากใบเครื่องเขียน",
                     tax_id("396050012345"), "ใบสั่งซื้อ 31/2568", "2 ธ.ค. 67", "16 ธ.ค. 67", "48,750.00", "สิ้นสุดสัญญา"),
        # Selection cancelled (W1): the project has money but no contract.
        contract_row("68019000012", "จ้างเหมาซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็กเทศบาลเมืองตากใบ", "จ้างก่อสร้าง", "กองการศึกษา",
                     "คัดเลือก", "วิธีคัดเลือก", "14 ม.ค. 68", "1,200,000.00", "1,185,000.00", "", "ยกเลิกโครงการ"),
        contract_row("68019000015", "จ้างที่ปรึกษาสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ ๒๕๖๘",
                     "จ้างที่ปรึกษา", "สำนักปลัดเทศบาล", "จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง", direct, "14 ม.ค. 68",
                     "100,000.00", "100,000.00", "95,000.00", done, "มหาวิทยาลัยนราธิวาสราชนครินทร์",
                     tax_id("099400021234"), "18/2568", "3 ก.พ. 68", "30 มิ.ย. 68", "95,000.00", running),
    ]
    # Year-end specific-method purchases (25 Sep 2568): five from one supplier, each just under the
    # 500,000-baht line at 99.8-100 % of its reference price, and one from the declared firm.
    year_end = [
        (1, "ซื้อวัสดุสำนักงาน กองการศึกษา", "ซื้อ", "กองการศึกษา", "499,000.00", "498,500.00", WASADU),
        (2, "ซื้อวัสดุไฟฟ้าและวิทยุ กองช่าง", "ซื้อ", "กองช่าง", "46,000.00", "45,600.00",
         ("ร้านเจ๊ะเหการไฟฟ้า", tax_id("396050023456"))),
        (4, "จ้างเหมาซ่อมแซมรถบรรทุกขยะ หมายเลขทะเบียน ๘๑-๔๕๖๗ นราธิวาส", "จ้าง", "กองสาธารณสุขและสิ่งแวดล้อม",
         "87,000.00", "86,500.00", ("อู่ช่างหมัดการช่าง", tax_id("396050034567"))),
        (5, "ซื้อวัสดุคอมพิวเตอร์ กองคลัง", "ซื้อ", "กองคลัง", "498,000.00", "497,800.00", WASADU),
        (7, "ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห", "ซื้อ", "กองช่าง", "499,900.00", "499,900.00", WASADU),
        (10, "ซื้อน้ำดื่มสำหรับบริการประชาชน", "ซื้อ", "สำนักปลัดเทศบาล", "12,000.00", "12,000.00",
         ("ร้านน้ำดื่มตากใบ", tax_id("396050045678"))),
        (13, "ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้", "ซื้อ", "สำนักปลัดเทศบาล", "497,000.00",
         "496,000.00", WASADU),
        (16, "จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ ๕ บ้านโคกสยา", "จ้างก่อสร้าง", "กองช่าง", "481,000.00", "480,000.00",
         RUNGRUEANG),
        (17, "ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น", "ซื้อ", "กองช่าง", "499,500.00", "499,200.00", WASADU),
    ]
    for n, title, kind, sub, reference, agreed, (winner, tin) in year_end:
        rows.append(contract_row(
            f"68099{n:06d}", title, kind, sub, spec, direct, "25 ก.ย. 68", reference, reference, agreed, done,
            winner, tin, f"{140 + n}/2568", "26 ก.ย. 68", "10 ต.ค. 68", agreed, running))
    return [[str(i)] + row for i, row in enumerate(rows, start=1)]


def csv_text(header, rows, quote_money=True):
    """CSV as data.go.th writes it: CRLF, fields quoted when they hold a comma or a quote."""
    def cell(value):
        if '"' in value or ("," in value and quote_money) or "\n" in value:
            return '"' + value.replace('"', '""') + '"'
        return value
    return "".join(",".join(cell(v) for v in row) + "\r\n" for row in [header] + rows)


def govspending_json():
    """A saved GovSpending egp-contract response for two projects (money as JSON numbers, ISO dates,
    and one contract naming its winner `winner_name` as some exports do)."""
    return {
        "success": True,
        "total": 2,
        "data": [
            {
                "project_id": "67119000341",
                "project_name": "ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล) จำนวน ๓๐,๐๐๐ ลิตร",
                "dept_name": AGENCY, "dept_sub_name": "กองช่าง",
                "purchase_method_name": "ตลาดอิเล็กทรอนิกส์ (e-market)",
                "announce_date": "2024-11-26", "project_money": 960000.00, "price_build": 954000.00,
                "sum_price_agree": 949500.00, "budget_year": "2568",
                "contract": [{
                    "winner": "บริษัท นราปิโตรเลียม จำกัด", "winner_tin": tax_id("096555000342"),
                    "contract_no": "9/2568", "contract_date": "2025-01-20", "contract_finish_date": "2025-09-30",
                    "price_agree": 949500.00, "status": "อยู่ระหว่างดำเนินการ",
                }],
            },
            {
                "project_id": 68019000015,
                "project_name": "จ้างที่ปรึกษาสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ ๒๕๖๘",
                "dept_name": AGENCY, "dept_sub_name": "สำนักปลัดเทศบาล",
                "purchase_method_name": "จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง",
                "announce_date": "2025-01-14", "project_money": "100,000.00", "price_build": "100,000.00",
                "sum_price_agree": "95,000.00", "budget_year": 2568,
                "contract": [{
                    "winner_name": "มหาวิทยาลัยนราธิวาสราชนครินทร์", "winner_tin": tax_id("099400021234"),
                    "contract_no": "18/2568", "contract_date": "2025-02-03T00:00:00",
                    "contract_finish_date": "2025-06-30T00:00:00", "price_agree": 95000, "status": "อยู่ระหว่างดำเนินการ",
                }],
            },
        ],
    }


BOM = "\ufeff"


BIDDER_COLUMNS = ["เลขที่ CoST", "รหัสโครงการ", "ปีงบประมาณ", "ชื่อผู้ยื่นข้อเสนอ"]


def bidder_rows():
    """The CoST bidder list for the two e-bidding projects: three bidders for the road, one for cleaning."""
    return [
        ["CoST-NRT-2568-0007", "67119000333", "2568", RUNGRUEANG[0]],
        ["CoST-NRT-2568-0007", "67119000333", "2568", "บริษัท นราก่อสร้าง จำกัด"],
        ["CoST-NRT-2568-0007", "67119000333", "2568", "ห้างหุ้นส่วนจำกัด ตากใบพัฒนา"],
        ["CoST-NRT-2568-0008", "67119000332", "2568", "บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด"],
    ]


def write_contracts():
    rows = contract_rows()
    write(os.path.join(HERE, "takbai-cost-bidders-2568.csv"), (BOM + csv_text(BIDDER_COLUMNS, bidder_rows())).encode("utf-8"))
    write(os.path.join(HERE, "takbai-contracts-2568.csv"), (BOM + csv_text(CONTRACT_COLUMNS, rows)).encode("utf-8"))
    write(os.path.join(HERE, "takbai-egp-contract-2568.json"),
          (json.dumps(govspending_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def write_bad_contracts():
    rows = contract_rows()
    two = rows[:2]
    # Header repairs that must be read correctly (rows always have the 28 standard fields).
    header26 = [c for c in CONTRACT_COLUMNS if c not in ("เขต/อำเภอ", "แขวง/ตำบล")]
    write(os.path.join(BAD, "contracts-header-26.csv"), (BOM + csv_text(header26, two)).encode("utf-8"))
    header31 = []
    for c in CONTRACT_COLUMNS:
        header31.append(c)
        if c in ("ชื่อหน่วยงาน", "จังหวัด", "ชื่อผู้ชนะ"):
            header31.append(c + " (Eng)")
    write(os.path.join(BAD, "contracts-header-31.csv"), (BOM + csv_text(header31, two)).encode("utf-8"))
    # Shifted columns: the third line's budget was written without quotes, so its commas split it.
    text = csv_text(CONTRACT_COLUMNS, two)
    lines = text.split("\r\n")
    lines[2] = lines[2].replace('"720,000.00"', "720,000.00", 1)
    write(os.path.join(BAD, "contracts-shifted-columns.csv"), (BOM + "\r\n".join(lines)).encode("utf-8"))
    # A date that does not exist: 31 June (line 2, the contract's signature).
    bad = [list(r) for r in two]
    bad[0][24] = "31 มิ.ย. 68"
    write(os.path.join(BAD, "contracts-wrong-date.csv"), (BOM + csv_text(CONTRACT_COLUMNS, bad)).encode("utf-8"))
    # An amount with a misplaced thousands separator (line 3, the budget).
    bad = [list(r) for r in two]
    bad[1][9] = "7,20,000.00"
    write(os.path.join(BAD, "contracts-bad-money.csv"), (BOM + csv_text(CONTRACT_COLUMNS, bad)).encode("utf-8"))
    # A copy re-saved by a Thai spreadsheet in Windows-874.
    write(os.path.join(BAD, "contracts-cp874.csv"), csv_text(CONTRACT_COLUMNS, two).encode("cp874"))
    # GovSpending JSON with an impossible date, and an API error saved instead of data.
    response = govspending_json()
    response["data"][1]["contract"][0]["contract_date"] = "2025-02-30"
    write(os.path.join(BAD, "egp-contract-wrong-date.json"),
          (json.dumps(response, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    write(os.path.join(BAD, "egp-contract-error-page.json"),
          b'{"success": false, "message": "too many requests"}\n')
    write_hostile_contracts(two)


def write_hostile_contracts(two):
    """Amounts and text that must be refused (issue 15: no input destroys or crashes the store)."""
    def contracts(name, line, column, value):
        bad = [list(r) for r in two]
        bad[line - 2][column] = value
        write(os.path.join(BAD, name), (BOM + csv_text(CONTRACT_COLUMNS, bad)).encode("utf-8"))
    # A 10-trillion-baht contract (line 2, งบสัญญา): above the 100-billion ceiling of Registers/limits.yaml.
    contracts("contracts-ten-trillion.csv", 2, 26, "10,000,000,000,000.00")
    # The ceiling itself is accepted: 100,000,000,000.00 baht (line 2, งบสัญญา).
    contracts("contracts-at-ceiling.csv", 2, 26, "100,000,000,000.00")
    # A negative contract amount (line 3, งบสัญญา).
    contracts("contracts-negative.csv", 3, 26, "-5.00")
    # NUL inside the winner's name (line 2, ชื่อผู้ชนะ), as a damaged export leaves it.
    contracts("contracts-nul.csv", 2, 22, "ห้างหุ้นส่วนจำกัด รุ่งเรือง\x00การโยธา")
    # A C1 control character (U+0085, NEL) inside the title (line 3, ชื่อโครงการ).
    contracts("contracts-c1.csv", 3, 2, two[1][2] + "\x85")
    # The same in GovSpending JSON: a negative price, a NUL in a name, a 10-trillion budget.
    response = govspending_json()
    response["data"][0]["contract"][0]["price_agree"] = -5
    write(os.path.join(BAD, "egp-contract-negative.json"),
          (json.dumps(response, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    response = govspending_json()
    response["data"][1]["project_name"] = "จ้างที่ปรึกษา\x00"
    write(os.path.join(BAD, "egp-contract-nul.json"),
          (json.dumps(response, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    response = govspending_json()
    response["data"][0]["project_money"] = 10000000000000.00
    write(os.path.join(BAD, "egp-contract-ten-trillion.json"),
          (json.dumps(response, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    # A CoST bidder list with NUL in a bidder's name (line 3).
    rows = [list(r) for r in bidder_rows()]
    rows[1][3] = "บริษัท นรา\x00ก่อสร้าง จำกัด"
    write(os.path.join(BAD, "bidders-nul.csv"), (BOM + csv_text(BIDDER_COLUMNS, rows)).encode("utf-8"))


if __name__ == "__main__":
    write_examples()
    write_bad()
    write_contracts()
    write_bad_contracts()
