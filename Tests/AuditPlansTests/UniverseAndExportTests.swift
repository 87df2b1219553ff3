import Agency
import AuditPlans
import Foundation
import Sujarit
import Testing

@Suite("The universe file and the exported documents")
struct UniverseAndExportTests {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found")
    }

    static let exampleDirectory = packageRoot.appendingPathComponent("Registers/examples/takbai/agency.yaml").path
    static let exampleUniverse = packageRoot.appendingPathComponent("Registers/examples/takbai/audit-universe.yaml").path

    /// A fixture with the example municipality's own directory.
    func exampleFixture() async throws -> AuditFixture {
        let fixture = try await AuditFixture(directory: false)
        try await DirectoryService(store: fixture.store).load(try DirectoryFile.load(Self.exampleDirectory), actor: "setup")
        return fixture
    }

    @Test("The example universe loads; loading it again records nothing; FY2568 with 220 person-days defers some")
    func exampleUniverse() async throws {
        let fixture = try await exampleFixture()
        let service = fixture.service()
        let loaded = try await service.loadUniverse(Self.exampleUniverse, actor: "anan")
        #expect(loaded.added.count == 17)
        #expect(Set(loaded.added.map(\.kind)) == Set(SubjectKind.allCases))
        let again = try await service.loadUniverse(Self.exampleUniverse, actor: "anan")
        #expect(again.isEmpty && again.unchanged == 17)

        let draft = try await service.draft(FiscalYear(be: 2568), capacity: 220, actor: "anan")
        #expect(draft.fill.used <= 220)
        #expect(draft.drafted.entries.first?.subject == "PROC-SPECIFIC")
        #expect(!draft.drafted.deferred.isEmpty)
        #expect(draft.drafted.entries.allSatisfy { $0.auditor == "anan" })
    }

    @Test("Universe file mistakes name the file, line and field, and record nothing")
    func fileErrors() async throws {
        let fixture = try await exampleFixture()
        let cases: [(String, String)] = [
            ("subjects:\n  - id: A\n    kind: project\n    title: x\n", "unknown kind 'project'"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    department: XYZ\n", "unknown department 'XYZ'"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    risk_level: severe\n", "unknown risk level 'severe'"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    risks: [R-68-1]\n", "is not a risk id"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n  - id: a\n    kind: fund\n    title: y\n", "appears twice"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    person_days: 0\n", "above 0"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    last_audited: 2570-01-01\n", "in the future"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    owner: nisa\n", "unknown field 'owner'"),
        ]
        for (text, message) in cases {
            let path = fixture.folder.appendingPathComponent("bad.yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let before = try await fixture.snapshot()
            do {
                try await fixture.service().loadUniverse(path, actor: "anan")
                Issue.record("\(message): expected an error")
            } catch let error as ConfigurationError {
                #expect(error.localizedDescription.contains(message), "\(error.localizedDescription)")
                #expect(error.line != nil && error.file == path)
            }
            #expect(try await fixture.snapshot() == before)
        }
    }

    @Test("universe add checks its fields and refuses an existing id unless replacing")
    func addSubject() async throws {
        let fixture = try await AuditFixture()
        let service = fixture.service()
        try await service.addSubject(AuditFixture.subject("FIN-REV", .high), replace: false, actor: "anan")
        try await fixture.refuses(.subjectExists("FIN-REV")) {
            try await service.addSubject(AuditFixture.subject("fin-rev", .medium), replace: false, actor: "anan")
        }
        var other = AuditFixture.subject("X", .low)
        other.department = "NOPE"
        try await fixture.refuses(.unknownDepartment(field: "--department", "NOPE", known: ["AUDIT", "CLERK", "ENG", "FIN"])) {
            try await service.addSubject(other, replace: false, actor: "anan")
        }
        try await fixture.refuses(.notPositive(field: "--person-days", 0)) {
            try await service.addSubject(AuditFixture.subject("Y", .low, days: 0), replace: false, actor: "anan")
        }
        try await service.addSubject(AuditFixture.subject("FIN-REV", .medium, risks: ["r-2568-7"]), replace: true, actor: "anan")
        let stored = try await service.universe().first { $0.id == "FIN-REV" }
        #expect(stored?.subject.riskLevel == .medium && stored?.subject.risks == ["R-2568-007"])
    }

    @Test("The plan exports with the Thai audit-unit columns: self-contained A4 HTML, Markdown and CSV")
    func planExport() async throws {
        let fixture = try await exampleFixture()
        let service = fixture.service()
        try await service.loadUniverse(Self.exampleUniverse, actor: "anan")
        try await service.draft(FiscalYear(be: 2568), capacity: 220, actor: "anan")
        let directory = try await AgencyDirectory.load(from: fixture.store)

        let draftHTML = ReportRenderer.html(AuditDocuments.plan(try await service.plan(FiscalYear(be: 2568)), agency: "เทศบาลเมืองตากใบ", directory: directory))
        #expect(draftHTML.contains("(ร่าง)"))
        try await service.approve(FiscalYear(be: 2568), by: "mayor", actor: "anan")
        let document = AuditDocuments.plan(try await service.plan(FiscalYear(be: 2568)), agency: "เทศบาลเมืองตากใบ", directory: directory)

        let html = ReportRenderer.html(document)
        for needle in ["<!DOCTYPE html>", "@page { size: A4 landscape", #"font-family: "TH Sarabun New", Sarabun, "Noto Sans Thai", Loma, sans-serif"#,
                       "ลำดับ", "หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", "ระดับความเสี่ยง", "วัตถุประสงค์", "ขอบเขต", "วิธีการ", "ระยะเวลา", "ผู้รับผิดชอบ", "จำนวนวัน-คน",
                       "10 กันยายน 2567", "นายอับดุลเลาะ สาและ", "ไตรมาส 1 (ต.ค.–ธ.ค. 2567)", "e-bidding"] {
            #expect(html.contains(needle), "the HTML lacks \(needle)")
        }
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"), "self-contained: no links, no scripts")
        #expect(!html.contains("(ร่าง)"))

        let csv = ReportRenderer.csv(document.tables[0])
        #expect(csv.hasPrefix("\u{FEFF}ลำดับ,หน่วยรับตรวจ/เรื่องที่ตรวจสอบ,ระดับความเสี่ยง,วัตถุประสงค์,ขอบเขต,วิธีการ,ระยะเวลา,ผู้รับผิดชอบ,จำนวนวัน-คน\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == document.tables[0].rows.count + 2)

        let markdown = ReportRenderer.markdown(document)
        #expect(markdown.hasPrefix("# แผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2568"))
        #expect(markdown.contains("| ลำดับ | หน่วยรับตรวจ/เรื่องที่ตรวจสอบ |"))
    }

    @Test("Rendering escapes what it prints")
    func escaping() {
        let document = ReportDocument(title: "<b>&", tables: [ReportTable(columns: [ReportColumn("a|b")], rows: [["x, \"y\"\nz"]])])
        let html = ReportRenderer.html(document)
        #expect(html.contains("&lt;b&gt;&amp;") && !html.contains("<b>&"))
        #expect(html.contains("x, &quot;y&quot;<br>z"))
        #expect(ReportRenderer.markdown(document).contains("| a\\|b |"))
        #expect(ReportRenderer.csv(document.tables[0]).contains("\"x, \"\"y\"\"\nz\""))
    }
}
