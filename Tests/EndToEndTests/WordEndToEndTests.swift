import Foundation
import Testing

/// `--format docx` through the real `sujarit` binary and a real LibreOffice, read back by python-docx as Word
/// would open it: the title, a table, the Thai text, and the Thai font named for complex script (`w:cs`).
/// Nothing is skipped: without LibreOffice or python-docx the tests fail, saying what to install (CI installs
/// both through `.ci/install-test-dependencies`).
@Suite("Word documents end to end")
struct WordEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let examples = root + "/Registers/examples/takbai"

    /// A store with the example agency's FY2568 register, scored and with progress, and its gifts.
    func prepared() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try sujarit.succeed(["agency", "load", Self.examples + "/agency.yaml"])
        try sujarit.succeed(["risk", "configure", "--registers", Self.root + "/Registers"])
        try sujarit.succeed(["risk", "import", Self.examples + "/risks-2568.yaml"])
        for (id, l, i) in [("R-2568-001", 4, 4), ("R-2568-002", 3, 4)] {
            try sujarit.succeed(["risk", "assess", id, "--kind", "inherent", "-l", String(l), "-i", String(i)])
        }
        try sujarit.succeed([
            "risk", "measure", "progress", "M-2568-005", "--round", "6m", "--status", "ยังไม่ได้ดำเนินการ", "--as-of",
            "2025-03-31", "--problems", "รอความเห็นนิติกร",
        ])
        try sujarit.succeed(["gift", "import", Self.examples + "/gifts-2568.yaml"])
        return sujarit
    }

    /// What python-docx reads in a document, and the fonts its styles name for complex script.
    struct WordContent: Decodable {
        var paragraphs: [String]
        var tables: [[[String]]]
        var complexScriptFonts: [String]

        var text: String { (paragraphs + tables.flatMap { $0.flatMap { $0 } }).joined(separator: "\n") }
    }

    /// Opens `path` with python-docx; nil (and a recorded failure saying what to install) when it cannot run.
    static func read(_ path: String) throws -> WordContent? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            Issue.record("python3 is missing: apt install python3-docx (CI installs it).")
            return nil
        }
        let script = """
            import json, re, sys, zipfile
            try:
                import docx
            except ImportError:
                sys.exit("python-docx is missing: apt install python3-docx (CI installs it)")
            d = docx.Document(sys.argv[1])
            styles = zipfile.ZipFile(sys.argv[1]).read("word/styles.xml").decode("utf-8")
            print(json.dumps({
                "paragraphs": [p.text for p in d.paragraphs],
                "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
                "complexScriptFonts": sorted(set(re.findall(r'w:cs="([^"]+)"', styles))),
            }))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record("python-docx could not open \(path): \(problem)")
            return nil
        }
        return try JSONDecoder().decode(WordContent.self, from: data)
    }

    /// Whether LibreOffice is installed; records a failure saying how to install it when it is not.
    static func libreOfficeInstalled() -> Bool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        if folders.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }) { return true }
        Issue.record(
            "LibreOffice is not installed: apt install libreoffice-writer-nogui python3-docx (CI installs them).")
        return false
    }

    @Test("report executive --format docx: the title, its tables and the Thai text, in TH Sarabun New")
    func executive() throws {
        guard Self.libreOfficeInstalled() else { return }
        let sujarit = try prepared()
        let result = try sujarit.succeed(["report", "executive", "--fy", "2568", "--round", "12m", "--format", "docx"])
        let path = sujarit.folder.appendingPathComponent("Reports/out/executive-2568-12m.docx").path
        #expect(result.stderr.contains("Wrote \(path)"), "\(result.output)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.prefix(2) == Data("PK".utf8), "a .docx is a zip file")
        guard let word = try Self.read(path) else { return }
        #expect(word.paragraphs.contains { $0.contains("รายงานสรุปสำหรับผู้บริหาร") }, "the title: \(word.paragraphs)")
        #expect(word.paragraphs.contains("เทศบาลเมืองตากใบ"), "the letterhead names the agency")
        #expect(!word.tables.isEmpty, "the executive summary's tables are Word tables")
        #expect(word.text.contains("ปีงบประมาณ พ.ศ. 2568"))
        #expect(word.text.contains("M-2568-005"), "the measure that has not started is listed")
        #expect(word.complexScriptFonts.contains("TH Sarabun New"), "fonts for Thai: \(word.complexScriptFonts)")
    }

    @Test("report o34 -o FILE.docx: a Word document of the register's table, without --format")
    func o34() throws {
        guard Self.libreOfficeInstalled() else { return }
        let sujarit = try prepared()
        let path = sujarit.folder.appendingPathComponent("o34.docx").path
        try sujarit.succeed(["report", "o34", "--fy", "2568", "--round", "6m", "-o", path])
        guard let word = try Self.read(path) else { return }
        #expect(word.text.contains("O34") || word.text.contains("การประเมินความเสี่ยง"), "\(word.paragraphs.prefix(8))")
        let table = try #require(word.tables.max { $0.count < $1.count }, "o34 has a table")
        #expect(table.count > 3, "the register's rows: \(table.count)")
        #expect(table.joined().joined().contains("R-2568-001"))
        #expect(word.text.contains("เทศบาลเมืองตากใบ"))
        #expect(word.complexScriptFonts.contains("TH Sarabun New"))
    }

    @Test("A Word document of personal data is owner-only, like its HTML; -o - and a mismatched -o are refused")
    func privacyAndRefusals() throws {
        guard Self.libreOfficeInstalled() else { return }
        let sujarit = try prepared()
        let o33 = sujarit.folder.appendingPathComponent("o33.docx").path
        try sujarit.succeed(["report", "o33", "--fy", "2568", "--format", "docx", "-o", o33])
        let permissions = try FileManager.default.attributesOfItem(atPath: o33)[.posixPermissions] as? Int
        #expect(permissions == 0o600, "o33 names people: \(String(permissions ?? 0, radix: 8))")
        guard let word = try Self.read(o33) else { return }
        #expect(word.text.contains("No Gift Policy") || word.text.contains("ของขวัญ"))

        let stdout = try sujarit.run(["report", "executive", "--fy", "2568", "--format", "docx", "-o", "-"])
        #expect(stdout.status != 0 && stdout.stderr.contains("-o FILE.docx"), "\(stdout.output)")
        let mismatch = sujarit.folder.appendingPathComponent("x.docx").path
        let refused = try sujarit.run(["report", "executive", "--fy", "2568", "--format", "html", "-o", mismatch])
        #expect(refused.status != 0 && refused.stderr.contains("--format docx"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: mismatch))
    }

    @Test("audit plan export and audit charter export --format docx: the documents to sign, in Word")
    func auditDocuments() throws {
        guard Self.libreOfficeInstalled() else { return }
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        try sujarit.succeed(["agency", "load", AuditEndToEndTests.agency])
        try sujarit.succeed(["audit", "charter", "draft", "--on", "1 ก.ย. 2567"])
        try sujarit.succeed(["audit", "universe", "load", AuditEndToEndTests.universe])
        try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"])
        let noFile = try sujarit.run(["audit", "plan", "export", "--fy", "2568", "--format", "docx"])
        #expect(noFile.status != 0 && noFile.stderr.contains("-o FILE.docx"), "\(noFile.output)")

        let plan = sujarit.folder.appendingPathComponent("plan.docx").path
        try sujarit.succeed(["audit", "plan", "export", "--fy", "2568", "--format", "docx", "-o", plan])
        guard let planWord = try Self.read(plan) else { return }
        #expect(planWord.text.contains("ร่าง"), "a draft plan says so")
        #expect(planWord.tables.contains { $0.joined().joined().contains("วัตถุประสงค์") }, "the plan's table")

        let charter = sujarit.folder.appendingPathComponent("charter.docx").path
        try sujarit.succeed(["audit", "charter", "export", "--format", "word", "-o", charter])
        guard let charterWord = try Self.read(charter) else { return }
        #expect(charterWord.text.contains("กฎบัตร"), "\(charterWord.paragraphs.prefix(6))")
        #expect(charterWord.complexScriptFonts.contains("TH Sarabun New"))
    }

    @Test("Without LibreOffice, --format docx fails saying how to install it, and writes nothing")
    func missingLibreOffice() throws {
        let sujarit = try prepared()
        let path = sujarit.folder.appendingPathComponent("none.docx").path
        let result = try sujarit.run(
            ["report", "executive", "--fy", "2568", "-o", path],
            environment: ["SUJARIT_SOFFICE": sujarit.folder.appendingPathComponent("no-soffice").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("apt install libreoffice-writer-nogui"), "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sujarit.folder.path)
        #expect(!leftovers.contains { $0.hasSuffix(".partial") }, "\(leftovers)")
    }
}
