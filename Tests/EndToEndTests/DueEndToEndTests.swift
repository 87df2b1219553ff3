import Foundation
import Testing

/// `sujarit due` through the built binary, on Tak Bai's FY2568 (risk register, gifts, declarations) judged on
/// 10 เม.ย. 2568: what the auditor and the mayor see, the iCalendar and memo files, and refused input.
@Suite("sujarit due: the compliance calendar from the command line")
struct DueEndToEndTests {
    static func store() throws -> SujaritProcess {
        let root = SujaritProcess.packageRoot.path
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        try sujarit.succeed(["gift", "import", root + "/Registers/examples/takbai/gifts-2568.yaml"])
        try sujarit.succeed(["coi", "import", root + "/Registers/examples/takbai/declarations-2568.yaml"])
        return sujarit
    }

    static let asOf = ["--as-of", "10/04/2568", "--days", "30"]

    @Test("The auditor sees each item with owner, Buddhist-era due day and lateness; the mayor sees counts")
    func listing() throws {
        let sujarit = try Self.store()
        let csv = try sujarit.succeed(["due", "--format", "csv", "--as", "anan"] + Self.asOf).stdout
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(
            rows.first
                == "id,kind,kind_th,title,detail,reference,owner,owner_name,owner_department,starts,due,days_late,late")
        // The six-month report of FY2568 (due 30 เม.ย. 2568) waits on the measures without a six-month update.
        #expect(
            rows.contains {
                $0.hasPrefix("report/2568/risk-measures-report-6m,report,") && $0.hasSuffix(",2025-04-30,0,false")
            }
        )
        // The unreported gift of 12 ก.พ. 68 was due 14 มี.ค. 68: 27 days late on 10 เม.ย.
        #expect(
            rows.contains {
                $0.contains(",gift-report,") && $0.contains(",surachai,") && $0.hasSuffix(",2025-03-14,27,true")
            })
        // Annual declarations were due 31 ต.ค. 2567: 161 days late; palad and surachai declared.
        let declarations = rows.filter { $0.contains(",annual-declaration,") }
        #expect(!declarations.isEmpty && declarations.allSatisfy { $0.hasSuffix(",2024-10-31,161,true") })
        #expect(!declarations.contains { $0.contains(",palad,") || $0.contains(",surachai,") })
        let excel = try sujarit.succeed(["due", "--format", "csv", "--bom", "--as", "anan"] + Self.asOf).stdout
        #expect(excel.hasPrefix("\u{FEFF}id,kind,"), "--bom puts the byte-order mark Excel needs first")

        let mayor = try sujarit.run(["due", "--format", "json", "--as", "mayor"] + Self.asOf)
        #expect(mayor.status == 0)
        #expect(!mayor.stdout.contains("surachai") && !mayor.stdout.contains("นาฬิกาข้อมือ"))
        #expect(mayor.stdout.contains("\"view\" : \"totals-only\""))
        #expect(mayor.stderr.contains("Totals only"))

        let finance = try sujarit.succeed(["due", "--owner", "FIN", "--as", "anan"] + Self.asOf).stdout
        #expect(finance.contains("ผู้รับผิดชอบ FIN") && !finance.contains("นายสุรชัย"))
    }

    @Test("--format ics writes an owner-only iCalendar file with CRLF lines; --letters writes a memo per owner")
    func files() throws {
        let sujarit = try Self.store()
        let ics = sujarit.folder.appendingPathComponent("due.ics")
        try sujarit.succeed(["due", "--format", "ics", "-o", ics.path, "--as", "anan"] + Self.asOf)
        let text = try String(contentsOf: ics, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("UID:gift/G-2568-003@"))
        let mode = try FileManager.default.attributesOfItem(atPath: ics.path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the file names people who owe gift reports")

        let out = sujarit.folder.appendingPathComponent("memos")
        let result = try sujarit.succeed(
            ["due", "--letters", "--out", out.path, "--as", "anan"] + Self.asOf + ["--reports", ReportsFolder.path])
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let html = files.filter { $0.hasSuffix(".html") }
        #expect(html.count >= 3 && html.allSatisfy { $0.hasPrefix("due-2025-04-10-") })
        let surachai = try #require(html.first { $0.hasSuffix("-surachai.html") })
        let memo = try String(contentsOf: out.appendingPathComponent(surachai), encoding: .utf8)
        #expect(
            memo.contains("บันทึกข้อความ") && memo.contains("<b>เรียน</b> นายสุรชัย พรหมทอง") && memo.contains("ล่าช้า 27 วัน"))
        #expect(result.stderr.contains("Wrote"))
        if VisualCheck.chromium != nil { #expect(files.filter { $0.hasSuffix(".pdf") }.count == html.count) }
        // Writing them again without --force is refused, naming the file.
        let again = try sujarit.run(["due", "--letters", "--out", out.path, "--as", "anan"] + Self.asOf)
        #expect(again.status != 0 && again.stderr.contains("due-2025-04-10-01-"))
    }

    @Test("Bad input is refused with a message naming the option, file or line, and the store is left as it was")
    func refusals() throws {
        let sujarit = try Self.store()
        let before = try sujarit.storeDump()
        // --out naming a file (here the store itself) is refused before anything is written.
        let onStore = try sujarit.run(["due", "--letters", "--out", sujarit.storePath, "--as", "anan"] + Self.asOf)
        #expect(onStore.status != 0 && onStore.stderr.contains("is a file, not a folder"), "\(onStore.output)")
        let days = try sujarit.run(["due", "--days", "-3"])
        #expect(days.status != 0 && days.stderr.contains("--days"))
        let day = try sujarit.run(["due", "--as-of", "31/02/2568"])
        #expect(day.status != 0 && day.stderr.contains("--as-of"))
        let letters = try sujarit.run(["due", "--letters"])
        #expect(letters.status != 0 && letters.stderr.contains("--out"))

        // A calendar file with a misspelt field is named with its line.
        let registers = sujarit.folder.appendingPathComponent("Registers")
        try FileManager.default.createDirectory(at: registers, withIntermediateDirectories: true)
        try "version: 1\nsource: test\nlook_ahead: 30\n".write(
            to: registers.appendingPathComponent("calendar.yaml"), atomically: true, encoding: .utf8)
        let wrong = try sujarit.run(["due", "--registers", registers.path])
        #expect(wrong.status != 0 && wrong.stderr.contains("calendar.yaml") && wrong.stderr.contains("look_ahead"))
        #expect(wrong.stderr.contains("line 3"))
        // A report's OIT purpose must be one the ITA folder knows.
        try FileManager.default.createSymbolicLink(
            at: registers.appendingPathComponent("ita"),
            withDestinationURL: SujaritProcess.packageRoot.appendingPathComponent("Registers/ita"))
        try """
        version: 1
        source: test
        reports:
          - { key: a, round: 6m, purpose: risk-report, th: ก, en: a, due: { month: 4, day: 30 }, owner: { role: auditor }, source: s }
        """.write(to: registers.appendingPathComponent("calendar.yaml"), atomically: true, encoding: .utf8)
        let purpose = try sujarit.run(["due", "--registers", registers.path])
        #expect(purpose.status != 0 && purpose.stderr.contains("reports[1].purpose"))
        #expect(purpose.stderr.contains("'risk-report' is not a purpose key"))
        let none = try sujarit.run(["due", "--registers", sujarit.folder.path])
        #expect(none.status != 0 && none.stderr.contains("No compliance calendar"))
        #expect(try sujarit.storeDump() == before)
    }
}

/// The repository's Reports folder (templates, letterhead).
enum ReportsFolder {
    static var path: String { SujaritProcess.packageRoot.appendingPathComponent("Reports").path }
}
