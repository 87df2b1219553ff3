/// The 28 columns of a data.go.th contract-file row (`cgd-contract-<year>`), in the order rows have them
/// (DOMAIN.md §7.2).
///
/// Headers are matched to these by name, never by position: published headers have 26 columns (the two
/// district columns missing) or 31 (three `(Eng)` columns that are not in the rows), and zipping such a
/// header with a row by position would shift every later value.
public enum ContractColumn: Int, Sendable, Hashable, CaseIterable {
    case rowNumber, projectID, title, projectType, departmentName, subDepartmentName, method, methodGroup
    case announced, budget, referencePrice, agreedPrice, fiscalYear, transactionDate, province, district
    case subdistrict, projectStatus, coordinates, latitude, longitude, winnerTaxID, winnerName
    case contractNumber, signed, finishes, contractAmount, contractStatus

    /// The header as data.go.th writes it.
    public var thaiName: String { Self.spellings[self]![0] }

    /// Every accepted spelling, canonical first (compared after ``headerKey(_:)``).
    static let spellings: [ContractColumn: [String]] = [
        .rowNumber: ["ลำดับ", "ลำดับที่", "no"],
        .projectID: ["รหัสโครงการ", "เลขที่โครงการ", "project_id"],
        .title: ["ชื่อโครงการ", "project_name"],
        .projectType: ["ชื่อประเภทโครงการ", "ประเภทโครงการ"],
        .departmentName: ["ชื่อหน่วยงาน", "หน่วยงาน", "dept_name"],
        .subDepartmentName: ["ชื่อหน่วยงานย่อย", "หน่วยงานย่อย", "dept_sub_name"],
        .method: ["วิธีจัดซื้อฯ", "วิธีจัดซื้อจัดจ้าง", "วิธีการจัดซื้อจัดจ้าง", "purchase_method_name"],
        .methodGroup: ["กลุ่มวิธีจัดซื้อฯ", "กลุ่มวิธีจัดซื้อจัดจ้าง", "กลุ่มวิธีการจัดซื้อจัดจ้าง"],
        .announced: ["วันที่ประกาศ", "วันที่ประกาศโครงการ", "announce_date"],
        .budget: ["งบประมาณ(บาท)", "งบประมาณ", "project_money"],
        .referencePrice: ["ราคากลาง(บาท)", "ราคากลาง", "price_build"],
        .agreedPrice: ["ราคาตกลงซื้อ/จ้าง", "ราคาตกลงซื้อ/จ้าง(บาท)", "ราคาที่ตกลงซื้อ/จ้าง", "sum_price_agree"],
        .fiscalYear: ["ปีงบประมาณ", "budget_year"],
        .transactionDate: ["วันที่เกิดรายการ"],
        .province: ["จังหวัด"],
        .district: ["เขต/อำเภอ", "อำเภอ", "เขต"],
        .subdistrict: ["แขวง/ตำบล", "ตำบล", "แขวง"],
        .projectStatus: ["สถานะโครงการ"],
        .coordinates: ["พิกัดของโครงการ", "พิกัดโครงการ"],
        .latitude: ["ละติจูดโครงการ", "ละติจูด"],
        .longitude: ["ลองจิจูดโครงการ", "ลองจิจูด"],
        .winnerTaxID: ["เลขนิติบุคคล", "เลขประจำตัวผู้เสียภาษี", "winner_tin"],
        .winnerName: ["ชื่อผู้ชนะ", "ผู้ชนะ", "winner", "winner_name"],
        .contractNumber: ["เลขที่สัญญา", "contract_no"],
        .signed: ["วันที่ลงนามสัญญา", "contract_date"],
        .finishes: ["วันที่สิ้นสุดสัญญา", "contract_finish_date"],
        .contractAmount: ["งบสัญญา(บาท)", "งบสัญญา", "มูลค่าสัญญา", "price_agree"],
        .contractStatus: ["สถานะสัญญา", "status"],
    ]

    /// Header keys mapped to their column.
    private static let lookup: [String: ContractColumn] = {
        var table: [String: ContractColumn] = [:]
        for (column, names) in spellings {
            for name in names { table[headerKey(name)] = column }
        }
        return table
    }()

    /// The column a header cell names; nil when it names none.
    public init?(header: String) {
        guard let column = Self.lookup[Self.headerKey(header)] else { return nil }
        self = column
    }

    /// True for a header cell that is an English duplicate (`ชื่อหน่วยงาน (Eng)`), which data.go.th puts in
    /// some headers without putting the values in the rows.
    static func isEnglishDuplicate(_ header: String) -> Bool {
        headerKey(header).hasSuffix("(eng)")
    }

    /// True for a column of data.go.th's datastore itself (`_id`, `_full_text`, and `rank` in a search's
    /// results): CKAN reserves names beginning with `_` for its own, so none is a column of the published table.
    static func isDatastoreColumn(_ header: String) -> Bool {
        let key = headerKey(header)
        return key.hasPrefix("_") || key == "rank"
    }

    /// A header cell reduced for comparison: no whitespace, no byte-order mark, no `ฯ`, Latin in lower case.
    static func headerKey(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                FeedText.comparisonKey(text).unicodeScalars.filter {
                    $0 != "\u{FEFF}" && $0 != "ฯ" && $0 != "\""
                }))
    }
}
