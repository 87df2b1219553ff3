#!/usr/bin/env python3
"""Turns the red-flag benchmark's synthetic projects into the contract data users import.

    python3 Benchmarks/Commands/make_contracts.py PROJECTS.csv OUT.csv DEPARTMENTS.yaml

PROJECTS.csv is what `sujarit-bench-flags generate` writes (one row a project, grouped by e-GP department).
OUT.csv is the same projects as data.go.th publishes them in its datastore CSV dump (`_id` first, the Thai
column names of cgd-contract-<year>.csv, ISO dates as the datastore writes them, Thai method names), a
national file: each row names its buyer (ชื่อหน่วยงาน / ชื่อหน่วยงานย่อย). DEPARTMENTS.yaml maps those names to
the e-GP ids, the form `sujarit import contracts --departments` reads, so the store keys each project
under the same department id as the engine's CSV and both sides compute the same flags.
"""
import csv
import sys

METHODS = {
    "specific": ("เฉพาะเจาะจง", "วิธีเฉพาะเจาะจง"),
    "e-bidding": ("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "ประกาศเชิญชวนทั่วไป"),
    "e-market": ("ตลาดอิเล็กทรอนิกส์ (e-market)", "ประกาศเชิญชวนทั่วไป"),
    "selection": ("คัดเลือก", "วิธีคัดเลือก"),
    "price-inquiry": ("สอบราคา", "ประกาศเชิญชวนทั่วไป"),
}
HEADER = [
    "_id", "รหัสโครงการ", "ชื่อโครงการ", "ชื่อประเภทโครงการ", "ชื่อหน่วยงาน", "ชื่อหน่วยงานย่อย", "วิธีจัดซื้อฯ",
    "กลุ่มวิธีจัดซื้อฯ", "วันที่ประกาศ", "งบประมาณ(บาท)", "ราคากลาง(บาท)", "ราคาตกลงซื้อ/จ้าง", "ปีงบประมาณ",
    "เลขนิติบุคคล", "ชื่อผู้ชนะ", "เลขที่สัญญา", "วันที่ลงนามสัญญา", "วันที่สิ้นสุดสัญญา", "งบสัญญา(บาท)",
    "สถานะสัญญา", "วันที่เกิดรายการ", "จังหวัด", "สถานะโครงการ",
]


def main(source, out, departments_path):
    departments = {}
    with open(source, newline="", encoding="utf-8") as rows, open(out, "w", newline="", encoding="utf-8") as sink:
        writer = csv.writer(sink, lineterminator="\r\n")
        writer.writerow(HEADER)
        for number, row in enumerate(csv.DictReader(rows), start=1):
            department = row["department_id"]
            sub = departments.setdefault(department, f"หน่วยจัดซื้อ {department}")
            method, group = METHODS[row["method"]]
            kind = "จ้างก่อสร้าง" if "ก่อสร้าง" in row["title"] else "ซื้อ"
            announced = row["invitation"] or row["awarded"]
            writer.writerow([
                number, row["project_id"], row["title"], kind, "หน่วยงานทดสอบมาตรฐาน", sub, method, group,
                announced, row["budget"], row["reference_price"], row["agreed_price"], row["fiscal_year"],
                row["winner_tax_id"], row["winner_name"], f"{number}/{row['fiscal_year']}", row["awarded"],
                row["awarded"], row["contract_amount"], "อยู่ระหว่างดำเนินการ", row["awarded"], "นราธิวาส",
                "จัดทำสัญญา/PO แล้ว",
            ])
    with open(departments_path, "w", encoding="utf-8") as yaml:
        yaml.write("# Made by Benchmarks/Commands/make_contracts.py: synthetic buyers and their ids.\n")
        yaml.write("source: synthetic benchmark data (not e-GP's)\ndepartments:\n")
        for department, sub in departments.items():
            yaml.write(f"  - name: หน่วยงานทดสอบมาตรฐาน\n    sub_name: {sub}\n    egp_id: \"{department}\"\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
