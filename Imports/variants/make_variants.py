#!/usr/bin/env python3
"""Writes the published variants of the contract data (issue 22) used by the tests and the demo.

    python3 Imports/variants/make_variants.py

Each file stands for a real variant of what data.go.th, its datastore and GovSpending serve (see
Imports/README.md, "variants/"). The Tak Bai files restate the rows of
../examples/takbai-contracts-2568.csv (read from it, so they cannot drift) in another shape: the same
facts, so importing them after the example changes no value in the read model. The national file adds
other buyers of FY2567. Every id, name and amount is made up; ids have the real shapes only. The output is
deterministic, so `git diff` shows real changes only. Bad variants go to ../bad/.
"""

import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(os.path.dirname(HERE), "bad")
EXAMPLE = os.path.join(os.path.dirname(HERE), "examples", "takbai-contracts-2568.csv")

THAI_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
FY15 = ["รหัสโครงการ", "ชื่อโครงการ", "ชื่อประเภทโครงการ", "ชื่อหน่วยงาน", "ชื่อหน่วยงานย่อย", "วิธีจัดซื้อฯ",
        "กลุ่มวิธีจัดซื้อฯ", "วันที่ประกาศ", "งบประมาณ(บาท)", "ราคากลาง(บาท)", "ราคาตกลงซื้อ/จ้าง", "ปีงบประมาณ",
        "วันที่เกิดรายการ", "จังหวัด", "สถานะโครงการ"]


def example_rows():
    """The example CSV's header and rows (dicts by column name)."""
    with open(EXAMPLE, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def parse_thai(text):
    """`26 พ.ย. 67` or `10/02/2568` -> (day, month, BE year)."""
    if "/" in text:
        d, m, y = text.split("/")
        return int(d), int(m), int(y)
    d, m, y = text.split(" ")
    return int(d), THAI_MONTHS.index(m) + 1, 2500 + int(y)


def dashed(text):
    """`26 พ.ย. 67` -> `26-พ.ย.-67`, as some exports write it."""
    d, m, y = parse_thai(text)
    return f"{d}-{THAI_MONTHS[m - 1]}-{y % 100:02d}"


def iso(text):
    d, m, y = parse_thai(text)
    return f"{y - 543:04d}-{m:02d}-{d:02d}"


def numeric_be(text):
    d, m, y = parse_thai(text)
    return f"{d:02d}/{m:02d}/{y}"


def plain(amount):
    """`2,500,000.00` -> `2500000.0` (what a datastore numeric column or Excel gives)."""
    return "" if amount == "" else repr(float(amount.replace(",", "")))


def no_decimals(amount):
    """`48,750.00` -> `48,750`."""
    return amount[:-3] if amount.endswith(".00") else amount


def write_csv(path, header, rows, bom=True):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(out.getvalue())


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write("\n")


def fy15(header, rows):
    """FY2568: 15 columns, no contract columns, the method columns holding each other's values; dates in
    the several ways the year's files write them, amounts without decimals or as floats."""
    out = []
    for i, row in enumerate(rows):
        cells = dict(row)
        cells["วิธีจัดซื้อฯ"], cells["กลุ่มวิธีจัดซื้อฯ"] = row["กลุ่มวิธีจัดซื้อฯ"], row["วิธีจัดซื้อฯ"]
        cells["วันที่ประกาศ"] = [row["วันที่ประกาศ"], dashed(row["วันที่ประกาศ"]), iso(row["วันที่ประกาศ"])][i % 3]
        cells["วันที่เกิดรายการ"] = numeric_be(row["วันที่เกิดรายการ"]) if i % 2 else row["วันที่เกิดรายการ"]
        for money in ["งบประมาณ(บาท)", "ราคากลาง(บาท)", "ราคาตกลงซื้อ/จ้าง"]:
            cells[money] = plain(row[money]) if i % 2 else no_decimals(row[money])
        if cells["ราคาตกลงซื้อ/จ้าง"] == "":
            cells["ราคาตกลงซื้อ/จ้าง"] = "-"
        out.append([cells[name] for name in FY15])
    write_csv(os.path.join(HERE, "takbai-2568-fy15.csv"), FY15, out)


def datastore_csv(header, rows):
    """The datastore's CSV dump: `_id` first, `_full_text` last, columns in another order, tax ids with
    dashes, dates with dashes; the facts are the example's."""
    order = header[1:13] + header[21:] + header[13:21] + header[:1]
    out = []
    for i, row in enumerate(rows):
        cells = dict(row)
        tin = row["เลขนิติบุคคล"]
        if len(tin) == 13 and tin.isdigit():
            cells["เลขนิติบุคคล"] = f"{tin[0]}-{tin[1:5]}-{tin[5:10]}-{tin[10:12]}-{tin[12]}"
        for name in ["วันที่ลงนามสัญญา", "วันที่สิ้นสุดสัญญา"]:
            if row[name] and "/" not in row[name]:
                cells[name] = dashed(row[name])
        full = " ".join(v for v in row.values() if v)
        out.append([str(i + 1)] + [cells[name] for name in order] + [full])
    write_csv(os.path.join(HERE, "takbai-2568-datastore.csv"), ["_id"] + order + ["_full_text"], out, bom=False)


def datastore_pages(header, rows):
    """The datastore API's JSON, 8 records a page, three pages (the last empty, as a walk of `_links.next`
    ends): amounts and years as numbers, ids as text."""
    folder = os.path.join(HERE, "takbai-2568-datastore-pages")
    os.makedirs(folder, exist_ok=True)
    resource = "5f1a2b3c-0000-4000-8000-000000002568"
    fields = [{"type": "int", "id": "_id"}] + [
        {"type": "numeric" if name.endswith("(บาท)") or name in ("ราคาตกลงซื้อ/จ้าง", "ปีงบประมาณ") else "text",
         "id": name} for name in header]
    for page, offset in enumerate([0, 8, 16], start=1):
        records = []
        for i, row in enumerate(rows[offset:offset + 8], start=offset + 1):
            record = {"_id": i}
            for field in fields[1:]:
                value = row[field["id"]]
                if field["type"] == "numeric":
                    record[field["id"]] = None if value == "" else float(value.replace(",", ""))
                else:
                    record[field["id"]] = value if value != "" else None
            records.append(record)
        base = f"/api/3/action/datastore_search?resource_id={resource}&limit=8"
        write_json(os.path.join(folder, f"page-{page}.json"), {
            "help": "https://data.go.th/api/3/action/help_show?name=datastore_search",
            "success": True,
            "result": {
                "include_total": True, "limit": 8, "records_format": "objects", "resource_id": resource,
                "total_estimation_threshold": None, "fields": fields, "records": records,
                "_links": {"start": base, "next": f"{base}&offset={offset + 8}"}, "total": len(rows),
                "total_was_estimated": False,
            },
        })


def govspending(rows):
    """GovSpending egp-contract: two saved pages of a query (a folder), and one project as the record
    viewer shows it."""
    def project(row):
        contract = []
        if row["ชื่อผู้ชนะ"]:
            contract.append({
                "winner": row["ชื่อผู้ชนะ"], "winner_tin": row["เลขนิติบุคคล"], "contract_no": row["เลขที่สัญญา"],
                "contract_date": iso(row["วันที่ลงนามสัญญา"]), "contract_finish_date": iso(row["วันที่สิ้นสุดสัญญา"]),
                "price_agree": float(row["งบสัญญา(บาท)"].replace(",", "")), "status": row["สถานะสัญญา"]})
        return {
            "project_id": row["รหัสโครงการ"], "project_name": row["ชื่อโครงการ"], "dept_name": row["ชื่อหน่วยงาน"],
            "dept_sub_name": row["ชื่อหน่วยงานย่อย"], "purchase_method_name": row["วิธีจัดซื้อฯ"],
            "announce_date": iso(row["วันที่ประกาศ"]),
            "project_money": float(row["งบประมาณ(บาท)"].replace(",", "")),
            "price_build": float(row["ราคากลาง(บาท)"].replace(",", "")),
            "sum_price_agree": float(row["ราคาตกลงซื้อ/จ้าง"].replace(",", "")),
            "budget_year": row["ปีงบประมาณ"], "contract": contract}

    signed = [row for row in rows if row["ชื่อผู้ชนะ"]]
    folder = os.path.join(HERE, "takbai-govspending-pages")
    os.makedirs(folder, exist_ok=True)
    for page, offset in enumerate([0, 7], start=1):
        write_json(os.path.join(folder, f"page-{page}.json"), {
            "success": True, "total": len(signed), "page": page, "limit": 7,
            "data": [project(row) for row in signed[offset:offset + 7]]})
    write_json(os.path.join(HERE, "takbai-govspending-record.json"), project(signed[0]))


NATIONAL_EXTRA = [
    # (project id, title, type, dept, sub-dept, method, group, announced, budget, reference, agreed, transaction,
    #  province, district, subdistrict, status, tax id as published, winner, contract no, signed, finishes, amount)
    ("67019000101", "จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๒ บ้านไพรวัน", "จ้างก่อสร้าง", "เทศบาลเมืองตากใบ",
     "กองช่าง", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "ประกาศเชิญชวนทั่วไป", "15-ม.ค.-67", "1,480,000.00",
     "1,475,000.00", "1,470,000.00", "20-ก.พ.-67", "นราธิวาส", "ตากใบ", "ไพรวัน", "จัดทำสัญญา/PO แล้ว",
     "0-9635-50000-12-1", "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", "31/2567", "20 ก.พ. 67", "19/08/2567",
     "1,470,000.00"),
    ("67039000044", "ซื้อวัสดุเครื่องแต่งกาย (ชุดปฏิบัติงาน อปพร.)", "ซื้อ", "เทศบาลเมืองตากใบ", "สำนักปลัดเทศบาล",
     "เฉพาะเจาะจง", "วิธีเฉพาะเจาะจง", "04/03/2567", "1,480", "1480.0", "1480.0", "-", "นราธิวาส", "ตากใบ",
     "เจ๊ะเห", "จัดทำสัญญา/PO แล้ว", "396050056xxxx", "นางสาวสุดา ใจดี", "ใบสั่งซื้อ 12/2567", "5 มี.ค. 67",
     "12 มี.ค. 67", "1480.0"),
    ("67029000230", "ซื้อสารส้มสำหรับระบบประปาหมู่บ้าน", "ซื้อ", "กรมส่งเสริมการปกครองท้องถิ่น", "เทศบาลตำบลเจ๊ะเห",
     "เฉพาะเจาะจง", "วิธีเฉพาะเจาะจง", "1 ก.พ. 67", "45,000.00", "45,000.00", "44,500.00", "2024-02-05",
     "นราธิวาส", "ตากใบ", "เจ๊ะเห", "จัดทำสัญญา/PO แล้ว", "3 9605 00345 67 4", "อู่ช่างหมัดการช่าง",
     "15/2567", "05/02/2567", "19/02/2567", "44,500.00"),
    ("66129000871", "ประกวดราคาจ้างก่อสร้างทางหลวงหมายเลข ๔๐๘๔ ตอน ตากใบ - ปากน้ำ", "จ้างก่อสร้าง", "กรมทางหลวง",
     "แขวงทางหลวงนราธิวาส", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "ประกาศเชิญชวนทั่วไป", "8 ธ.ค. 66",
     "285000000.0", "284500000.0", "283900000.0", "2024-03-29", "นราธิวาส", "ตากใบ", "เจ๊ะเห",
     "จัดทำสัญญา/PO แล้ว", "1.05553E+12", "บริษัท ทางดีก่อสร้าง จำกัด", "ทล.4084/2567", "29 มี.ค. 67",
     "28/03/2568", "283900000.0"),
    ("67059000512", "ซื้อเวชภัณฑ์ที่มิใช่ยา", "ซื้อ", "กระทรวงสาธารณสุข", "โรงพยาบาลตากใบ", "คัดเลือก",
     "วิธีคัดเลือก", "2 พ.ค. 67", "", "", "", "-", "นราธิวาส", "ตากใบ", "เจ๊ะเห", "ยกเลิกโครงการ", "", "", "", "-",
     "-", ""),
]


def national(header):
    """An older year's national file: rows of 28 fields under a header of 31 (three `(Eng)` columns the
    rows lack), every agency of the year in one file; masked citizen ids, a tax id in scientific notation,
    tax ids with dashes and spaces, two-digit BE years, `-` for none, amounts of every published shape."""
    eng = {"ชื่อหน่วยงาน": "ชื่อหน่วยงาน (Eng)", "ชื่อหน่วยงานย่อย": "ชื่อหน่วยงานย่อย (Eng)",
           "ชื่อโครงการ": "ชื่อโครงการ (Eng)"}
    wide = []
    for name in header:
        wide.append(name)
        if name in eng:
            wide.append(eng[name])
    rows = []
    for i, extra in enumerate(NATIONAL_EXTRA, start=1):
        (pid, title, kind, dept, sub, method, group, announced, budget, reference, agreed, transaction, province,
         district, subdistrict, status, tin, winner, number, signed, finishes, amount) = extra
        rows.append([str(i), pid, title, kind, dept, sub, method, group, announced, budget, reference, agreed,
                     "2567", transaction, province, district, subdistrict, status, "", "6.2647", "102.0537", tin,
                     winner, number, signed, finishes, amount, "อยู่ระหว่างดำเนินการ" if winner else ""])
    write_csv(os.path.join(HERE, "cgd-contract-2567-national.csv"), wide, rows)


def directory():
    with open(os.path.join(HERE, "departments-example.yaml"), "w", encoding="utf-8") as f:
        f.write("# A directory of departments for `sujarit import contracts --departments`: the buyer names of\n"
                "# data.go.th's contract files -> e-GP department ids. The ids here are made up, like every id of\n"
                "# the examples; copy the real ones from e-GP (the deptId or deptsubId of each agency's feed).\n"
                "source: made-up ids for the Imports/variants examples (not e-GP's)\n"
                "departments:\n"
                "  - name: กรมส่งเสริมการปกครองท้องถิ่น\n"
                "    sub_name: เทศบาลตำบลเจ๊ะเห\n"
                "    egp_id: \"6960502\"\n")


def bad():
    write_json(os.path.join(BAD, "datastore-error.json"), {
        "help": "https://data.go.th/api/3/action/help_show?name=datastore_search", "success": False,
        "error": {"__type": "Not Found Error", "message": "Not found: Resource \"5f1a2b3c\" was not found."}})
    write_json(os.path.join(BAD, "datastore-other-dataset.json"), {
        "help": "https://data.go.th/api/3/action/help_show?name=datastore_search", "success": True,
        "result": {"fields": [{"type": "int", "id": "_id"}, {"type": "text", "id": "รหัสโครงการ"},
                              {"type": "text", "id": "ชื่อโครงการ"}, {"type": "text", "id": "จำนวนผู้ป่วย"}],
                   "records": [{"_id": 1, "รหัสโครงการ": "67119000333", "ชื่อโครงการ": "x", "จำนวนผู้ป่วย": "3"}]}})
    write_json(os.path.join(BAD, "datastore-lists-without-fields.json"), {
        "success": True, "result": {"records_format": "lists", "records": [["1", "67119000333", "x"]]}})
    write_csv(os.path.join(BAD, "contracts-two-digit-numeric-date.csv"),
              ["รหัสโครงการ", "ชื่อโครงการ", "ชื่อหน่วยงาน", "วันที่ประกาศ", "งบประมาณ(บาท)"],
              [["67119000333", "ถนนคอนกรีตเสริมเหล็ก", "เทศบาลเมืองตากใบ", "26 พ.ย. 67", "2,500,000.00"],
               ["67119000332", "จ้างทำความสะอาดสำนักงาน", "เทศบาลเมืองตากใบ", "26/11/67", "720,000.00"]])
    with open(os.path.join(BAD, "departments-bad-id.yaml"), "w", encoding="utf-8") as f:
        f.write("source: a directory typed by hand\n"
                "departments:\n"
                "  - name: เทศบาลเมืองตากใบ\n"
                "    egp_id: \"6960501\"\n"
                "  - name: เทศบาลตำบลเจ๊ะเห\n"
                "    egp_id: \"69605\"\n")


if __name__ == "__main__":
    head, example = example_rows()
    fy15(head, example)
    datastore_csv(head, example)
    datastore_pages(head, example)
    govspending(example)
    national(head)
    directory()
    bad()
