import Presentation
import Sujarit
import Testing

@Suite("Tables fit the terminal")
struct TerminalFitTests {
    /// `risk list` as the demo prints it: about 123 columns wide.
    func riskList() -> Table {
        var table = Table(columns: [
            .init("รหัส ID", key: "id"), .init("หน่วยงาน", key: "department", maxWidth: 16),
            .init("ประเภท", key: "category", maxWidth: 18), .init("เหตุการณ์ความเสี่ยง Event", key: "event", maxWidth: 34),
            .init("ก่อนการควบคุม", key: "inherent"), .init("ปัจจุบัน", key: "current"), .init("คงเหลือ", key: "residual"),
            .init("สถานะ", key: "status"),
        ])
        table.append([
            "R-2568-001", "กองคลัง", "การจัดซื้อจัดจ้าง", "แบ่งซื้อแบ่งจ้างเพื่อให้วงเงินต่ำกว่าเกณฑ์ที่ต้องใช้วิธีประกาศเชิญชวน",
            "4×4=16 สูง", "-", "2×3=6 ปานกลาง", "มีมาตรการ",
        ])
        table.append([
            "R-2568-003", "สำนักปลัดเทศบาล", "การพิจารณาอนุมัติ อนุญาต", "เรียกรับผลประโยชน์เพื่อเร่งรัดหรืออนุญาตคำขอ",
            "3×3=9 ปานกลาง", "-", "2×3=6 ปานกลาง", "ยังไม่มีมาตรการ",
        ])
        return table
    }

    /// `report followup --format term`'s table: about 230 columns wide.
    func followUp() -> Table {
        var table = Table(columns: [
            .init("รหัส", key: "id"), .init("ประเภท", key: "kind"),
            .init("มาตรการ/ข้อเสนอแนะ", key: "title", maxWidth: 44),
            .init("ผู้รับผิดชอบ", key: "owner", maxWidth: 28), .init("กำหนด", key: "due"), .init("สถานะ", key: "status"),
            .init("เกินกำหนด (วัน)", key: "overdue_days", alignment: .trailing),
            .init("ผลการดำเนินงาน", key: "result", maxWidth: 40), .init("ปัญหาอุปสรรค", key: "problems", maxWidth: 30),
            .init("หลักฐาน", key: "evidence", maxWidth: 24),
        ])
        table.append([
            "F-2568-001.1", "ข้อเสนอแนะ", "จัดทำทะเบียนคุมการแบ่งซื้อแบ่งจ้างและให้ผู้อำนวยการกองคลังสอบทานทุกเดือน",
            "ผู้อำนวยการกองคลัง (นางสาวสมใจ ใจดี)", "31 มี.ค. 2568", "ระหว่างดำเนินการ", "45",
            "จัดทำทะเบียนคุมแล้ว อยู่ระหว่างการสอบทานรอบแรก", "บุคลากรไม่เพียงพอในช่วงปิดงบประมาณ", "ทะเบียนคุม.xlsx; บันทึกข้อความ",
        ])
        return table
    }

    func render(_ table: Table, width: Int) -> [String] {
        table.terminal(style: TerminalStyle(colors: false, width: .columns(width))).split(separator: "\n").map(
            String.init)
    }

    @Test("risk list and the follow-up report fit 80 and 100 columns, with their ids whole", arguments: [80, 100])
    func fits(width: Int) {
        let whole = [
            (riskList(), ["R-2568-001", "R-2568-003"]), (followUp(), ["F-2568-001.1", "31 มี.ค. 2568", " 45"]),
        ]
        for (table, ids) in whole {
            #expect(
                String(table.terminal(style: TerminalStyle(colors: false)).split(separator: "\n")[0]).displayWidth
                    > width)
            let lines = render(table, width: width)
            let widest = lines.map(\.displayWidth).max() ?? 0
            #expect(widest <= width, "a line is \(widest) columns wide:\n\(lines.joined(separator: "\n"))")
            for id in ids { #expect(lines.contains { $0.contains(id) }, "\(id) is not whole") }
        }
    }

    @Test("At 100 columns risk list stays a table: one header rule, each risk starting on its own line")
    func riskListAsTable() {
        let lines = render(riskList(), width: 100)
        #expect(lines.filter { $0.hasPrefix("──────────  ") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("R-2568-") }.count == 2)
        // The event wraps instead of running off: more lines than header, rule and two rows.
        #expect(lines.count > 4)
        #expect(lines.contains { $0.contains("4×4=16") })
    }

    @Test("Too wide even with narrowed text: one record per row, header then value")
    func records() {
        let lines = render(followUp(), width: 80)
        #expect(lines.first?.hasPrefix("── 1/1 ") == true)
        #expect(lines.contains { $0.hasPrefix("รหัส") && $0.hasSuffix("F-2568-001.1") })
        #expect(lines.contains { $0.hasPrefix("เกินกำหนด (วัน)") && $0.hasSuffix("45") })
        // A record has room: its text is whole, wrapped, not cut at the column's maxWidth.
        #expect(!lines.joined().contains("…"))
        #expect(lines.joined().contains("สอบทานทุกเดือน"))
    }

    @Test("Wrapped text loses nothing: its words come back in order")
    func nothingLost() {
        let lines = render(riskList(), width: 100)
        let eventColumn = lines.joined().replacingOccurrences(of: " ", with: "")
        #expect(eventColumn.contains("R-2568-001"))
        let joined = TerminalText.wrap("แบ่งซื้อแบ่งจ้างเพื่อให้วงเงินต่ำกว่าเกณฑ์", width: 9).joined()
        #expect(joined == "แบ่งซื้อแบ่งจ้างเพื่อให้วงเงินต่ำกว่าเกณฑ์")
    }

    @Test("--wide (.full) cuts nothing; a pipe (.natural) cuts at maxWidth; neither wraps")
    func wide() {
        let full = riskList().terminal(style: TerminalStyle(colors: false, width: .full))
        #expect(full.contains("ที่ต้องใช้วิธีประกาศเชิญชวน"))
        #expect(full.split(separator: "\n").count == 4)
        let natural = riskList().terminal(style: TerminalStyle(colors: false))
        #expect(!natural.contains("ประกาศเชิญชวน") && natural.contains("…"))
        #expect(natural.split(separator: "\n").count == 4)
    }

    @Test("A table that fits is printed as it always was")
    func fitsAlready() {
        var table = Table(columns: [.init("รหัส", key: "id"), .init("ชื่อ", key: "name")])
        table.append(["R-1", "น้ำท่วม"])
        let style = TerminalStyle(colors: false)
        #expect(
            table.terminal(style: TerminalStyle(colors: false, width: .columns(80))) == table.terminal(style: style))
    }

    @Test("A column that does not wrap is never wrapped or cut, even when the table overflows")
    func neverWrapped() {
        var table = Table(columns: [
            .init("เลขที่โครงการ", key: "project_id"), .init("งบประมาณ", key: "budget", alignment: .trailing),
        ])
        table.append(["67119000333", "12,345,678.00"])
        let lines = render(table, width: 20)
        #expect(lines.contains { $0.hasSuffix(" 67119000333") } && lines.contains { $0.hasSuffix(" 12,345,678.00") })
    }
}

@Suite("Which columns wrap")
struct ColumnWrapTests {
    @Test(
        "Leading text wraps; ids, codes, days and numbers do not",
        arguments: [
            ("เหตุการณ์ Event", "event", TextAlignment.leading, true), ("ชื่อ", "owner_name", .leading, true),
            ("รหัส ID", "id", .leading, false), ("โครงการ", "project_id", .leading, false),
            ("ปีงบประมาณ", "fiscal_year", .leading, false), ("ลงนาม", "signedOn", .leading, false),
            ("กำหนด", "due", .leading, false), ("หน่วยงาน", "department_id", .leading, false),
            ("รหัส", "รหัส", .leading, false), ("จำนวน", "count", .trailing, false), ("ไฟล์ File", "file", .leading, false),
        ])
    func defaults(header: String, key: String, alignment: TextAlignment, wraps: Bool) {
        #expect(Table.Column(header, key: key, alignment: alignment).wraps == wraps)
    }

    @Test("An explicit choice wins over the default")
    func explicit() {
        #expect(!Table.Column("เหตุการณ์", key: "event", wraps: false).wraps)
        #expect(Table.Column("รหัส", key: "id", wraps: true).wraps)
    }
}

@Suite("Wrapping Thai and other text")
struct TextWrapTests {
    @Test("Thai breaks between dictionary words, never inside a cluster nor before a following vowel")
    func thai() {
        let lines = TerminalText.wrap("คณะกรรมการตรวจรับงานจ้างรับงานที่ไม่เป็นไปตามสัญญา", width: 12)
        #expect(lines.allSatisfy { $0.displayWidth <= 12 })
        #expect(lines.joined() == "คณะกรรมการตรวจรับงานจ้างรับงานที่ไม่เป็นไปตามสัญญา")
        let words = ["คณะ", "กรรมการ", "ตรวจ", "รับ", "งาน", "จ้าง", "ที่", "ไม่", "เป็น", "ไป", "ตาม", "สัญญา"]
        for line in lines {
            // Each line is whole words: removing the words from it in turn leaves nothing.
            var rest = line
            while let word = words.first(where: { rest.hasPrefix($0) }) { rest.removeFirst(word.count) }
            #expect(rest.isEmpty, "\(line) ends inside a word; lines: \(lines)")
        }
        for line in TerminalText.wrap("ประชาสัมพันธ์ประชาสัมพันธ์", width: 5) {
            #expect(!line.hasPrefix("า") && !line.hasPrefix("ะ") && !line.hasSuffix("เ") && line.displayWidth <= 5)
        }
    }

    @Test("Spaces first; an id inside text stays whole; an over-long word is broken; line feeds are kept")
    func spacesAndIds() {
        #expect(TerminalText.wrap("ดู R-2568-001 และ R-2568-002", width: 14) == ["ดู R-2568-001", "และ R-2568-002"])
        #expect(TerminalText.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TerminalText.wrap("บรรทัดหนึ่ง\nสอง", width: 40) == ["บรรทัดหนึ่ง", "สอง"])
        #expect(TerminalText.wrap("31 ม.ค. 2568", width: 8) == ["31 ม.ค.", "2568"])
        #expect(TerminalText.widestWord("แบ่งซื้อแบ่งจ้าง R-2568-001") == 10)
    }
}

@Suite("How wide the terminal is")
struct TerminalSizeTests {
    @Test("COLUMNS first, then the terminal's own width (80 if it does not say), and no limit for a pipe")
    func rule() {
        #expect(TerminalSize.columns(environment: ["COLUMNS": "100"], isTerminal: false, measured: nil) == 100)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "100"], isTerminal: true, measured: 132) == 100)
        #expect(TerminalSize.columns(environment: [:], isTerminal: true, measured: 132) == 132)
        #expect(TerminalSize.columns(environment: [:], isTerminal: true, measured: nil) == 80)
        #expect(TerminalSize.columns(environment: [:], isTerminal: false, measured: nil) == nil)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "wide"], isTerminal: false, measured: nil) == nil)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "5"], isTerminal: false, measured: nil) == 20)
    }

    @Test("A style fits the width the rule gives, and --wide lifts it")
    func style() {
        #expect(TerminalStyle(environment: ["COLUMNS": "90"], isTerminal: false).width == .columns(90))
        #expect(TerminalStyle(environment: [:], isTerminal: false).width == .natural)
        #expect(TerminalStyle(environment: ["COLUMNS": "90"], isTerminal: false, wide: true).width == .full)
    }
}
