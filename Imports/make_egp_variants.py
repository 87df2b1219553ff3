#!/usr/bin/env python3
"""Writes the e-GP feed examples of the real variants issue 22 names (Imports/egp-*.xml).

    python3 Imports/make_egp_variants.py

A sub-unit of e-GP, เทศบาลตำบลศาลาใหม่ (made up, like every id, template id and name below), whose feed is
fetched by its 10-digit deptsubId 1509900857, captured over FY2567-2568. Each file stands for one variant of
what e-GP serves or what users keep (Imports/README.md, "e-GP feed variants"). The output is deterministic.
Windows-874 files go through Python's cp874 codec, which refuses any character Windows-874 cannot hold.
"""

import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DEPT_SUB_ID = "1509900857"
CHANNEL_TITLE = "ประกาศจัดซื้อจัดจ้างภาครัฐ"
TEMPLATE = "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId={}"
LEGACY = ("http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp"
          "&proc_id=ShowHTMLFile&processFlows=Procure&projectId={pid}&templateType={tt}&temp_Announ=A"
          "&temp_itemNo=0&seqNo=1")
TYPE_NAMES = {
    "D0": "ประกาศเชิญชวน",
    "W0": "ประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
    "W1": "ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
}
EBIDDING = "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
SPECIFIC = "เฉพาะเจาะจง"


def template(name):
    """A current e-GP link to a generated PDF, with a stable made-up UUID."""
    return TEMPLATE.format(uuid.uuid5(uuid.NAMESPACE_URL, f"sujarit-egp-variant-{name}"))


def legacy(pid, tt):
    """A legacy procsearch.sch ShowHTMLFile link carrying the project id."""
    return LEGACY.format(pid=pid, tt=tt)


def item(pid, method, tt, title, link, day, id_in_description=True):
    """One <item>; an item whose description lost its id keeps only `, <method>, <type>`."""
    described = pid if id_in_description else ""
    return (title, link, f"{described}, {method}, {TYPE_NAMES[tt]}", day)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feed(items, day, declaration):
    """The feed's text with CRLF line ends, as e-GP serves it."""
    lines = [f'<?xml version="1.0" encoding="{declaration}"?>', '<rss version="2.0">', "<channel>",
             f"  <title>{CHANNEL_TITLE}</title>",
             "  <link>" + escape("http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml"
                                 f"?deptsubId={DEPT_SUB_ID}&anounceType=&date={day}") + "</link>",
             "  <description>ประกาศจัดซื้อจัดจ้างภาครัฐ กรมบัญชีกลาง</description>",
             "  <language>th</language>", f"  <lastBuildDate>{day}</lastBuildDate>",
             f"  <countbyday>{len(items)}</countbyday>"]
    for title, link, description, pub in items:
        lines += ["  <item>", f"    <title>{escape(title)}</title>", f"    <link>{escape(link)}</link>",
                  f"    <description>{escape(description)}</description>", f"    <pubDate>{pub}</pubDate>",
                  "    <guid></guid>", "  </item>"]
    return "\r\n".join(lines + ["</channel>", "</rss>", ""])


def legacy_2024_06_18():
    """FY2567 items of e-GP's legacy generation: ShowHTMLFile links, two descriptions without an id."""
    day = "2024-06-18"
    return [
        item("67069000101", SPECIFIC, "W0",
             "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานบ้านงานครัว จำนวน ๑๒ รายการ โดยวิธีเฉพาะเจาะจง",
             legacy("67069000101", "W0"), day),
        item("67069000115", SPECIFIC, "W0",
             "ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมรถบรรทุกน้ำ  หมายเลขทะเบียน  บพ ๔๑๒๗ นราธิวาส",
             legacy("67069000115", "W0"), day, id_in_description=False),
        item("67069000120", EBIDDING, "D0",
             "ประกวดราคาจ้างก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก หมู่ที่ ๔ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
             legacy("67069000120", "D0"), day, id_in_description=False),
        # No id anywhere: counted as without id and skipped, as before.
        item("", SPECIFIC, "W0", "ประกาศผู้ชนะการเสนอราคา ซื้อน้ำดื่ม", template("no-id-2567"), day),
    ]


def award_cancelled_2025_01_21():
    """A road's invitation, then its award and the award's cancellation on the same day."""
    road = "ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านบางขุนทอง หมู่ที่ ๒"
    return [
        item("68019000201", EBIDDING, "D0", f"{road} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
             template("road-d0"), "2024-12-10"),
        item("68019000201", EBIDDING, "W0", f"ประกาศผู้ชนะการเสนอราคา {road}", template("road-w0-first"),
             "2025-01-21"),
        item("68019000201", EBIDDING, "W1", f"ยกเลิกประกาศผู้ชนะการเสนอราคา {road}", template("road-w1"),
             "2025-01-21"),
    ]


def reaward_and_repeats():
    """The road awarded again; alum bought four times and chlorine three within weeks (Thai digits, double
    spaces, an id only in a legacy link), as a browser's UTF-8 copy that kept e-GP's windows-874 declaration."""
    road = "ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านบางขุนทอง หมู่ที่ ๒"
    alum = [("68029000311", "2025-02-03", "ซื้อสารส้ม  จำนวน ๔๐ กระสอบ สำหรับกิจการประปา"),
            ("68029000327", "2025-02-17", "ซื้อสารส้ม จำนวน  ๔๐  กระสอบ สำหรับกิจการประปา"),
            ("68039000342", "2025-03-03", "ซื้อสารส้ม จำนวน 40 กระสอบ  สำหรับกิจการประปา"),
            ("68039000358", "2025-03-17", "ซื้อสารส้ม จำนวน ๔๐ กระสอบ สำหรับกิจการประปา")]
    chlorine = [("68029000315", "2025-02-05", "ซื้อคลอรีนผง  ๖๕%  จำนวน ๓๐ ถัง"),
                ("68029000336", "2025-02-26", "ซื้อคลอรีนผง ๖๕% จำนวน  ๓๐ ถัง"),
                ("68039000349", "2025-03-19", "ซื้อคลอรีนผง ๖๕%  จำนวน ๓๐  ถัง")]
    items = [item("68019000201", EBIDDING, "W0", f"ประกาศผู้ชนะการเสนอราคา {road}", template("road-w0-again"),
                  "2025-02-11")]
    for pid, day, title in alum + chlorine:
        link = legacy(pid, "W0") if pid in ("68039000342", "68039000358") else template(pid)
        items.append(item(pid, SPECIFIC, "W0", f"ประกาศผู้ชนะการเสนอราคา {title} โดยวิธีเฉพาะเจาะจง", link, day,
                          id_in_description=pid != "68039000358"))
    return sorted(items, key=lambda entry: entry[3])


def main():
    files = {
        "egp-1509900857-2024-06-18-legacy.xml": (legacy_2024_06_18(), "2024-06-18", "windows-874", "cp874"),
        "egp-1509900857-2025-01-21-award-cancelled.xml":
            (award_cancelled_2025_01_21(), "2025-01-21", "windows-874", "cp874"),
        "egp-1509900857-2025-03-19-utf8-resaved.xml": (reaward_and_repeats(), "2025-03-19", "windows-874", "utf-8"),
    }
    for name, (items, day, declaration, codec) in files.items():
        with open(os.path.join(HERE, name), "wb") as out:
            out.write(feed(items, day, declaration).encode(codec))


if __name__ == "__main__":
    main()
