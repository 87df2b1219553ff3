import Agency
import AuditPlans
import Foundation
import Sujarit
import Testing

@Suite("The universe file")
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
    static let exampleUniverse = packageRoot.appendingPathComponent("Registers/examples/takbai/audit-universe.yaml")
        .path

    /// A fixture with the example municipality's own directory.
    func exampleFixture() async throws -> AuditFixture {
        let fixture = try await AuditFixture(directory: false)
        try await DirectoryService(store: fixture.store).load(
            try DirectoryFile.load(Self.exampleDirectory), context: CommandContext(actor: "setup"))
        return fixture
    }

    @Test("The example universe loads; loading it again records nothing; FY2568 with 220 person-days defers some")
    func exampleUniverse() async throws {
        let fixture = try await exampleFixture()
        let service = fixture.service()
        let loaded = try await service.loadUniverse(Self.exampleUniverse, context: fixture.context("anan"))
        #expect(loaded.added.count == 17)
        #expect(Set(loaded.added.map(\.kind)) == Set(SubjectKind.allCases))
        let again = try await service.loadUniverse(Self.exampleUniverse, context: fixture.context("anan"))
        #expect(again.isEmpty && again.unchanged == 17)

        let draft = try await service.draft(FiscalYear(be: 2568), capacity: 220, context: fixture.context("anan"))
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
            (
                "subjects:\n  - id: A\n    kind: fund\n    title: x\n    risk_level: severe\n",
                "unknown risk level 'severe'"
            ),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    risks: [R-68-1]\n", "is not a risk id"),
            (
                "subjects:\n  - id: A\n    kind: fund\n    title: x\n  - id: a\n    kind: fund\n    title: y\n",
                "appears twice"
            ),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    person_days: 0\n", "above 0"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    last_audited: 2570-01-01\n", "in the future"),
            ("subjects:\n  - id: A\n    kind: fund\n    title: x\n    owner: nisa\n", "unknown field 'owner'"),
        ]
        for (text, message) in cases {
            let path = fixture.folder.appendingPathComponent("bad.yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let before = try await fixture.snapshot()
            do {
                try await fixture.service().loadUniverse(path, context: fixture.context("anan"))
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
        try await service.addSubject(
            AuditFixture.subject("FIN-REV", .high), replace: false, context: fixture.context("anan"))
        try await fixture.refuses(.subjectExists("FIN-REV")) {
            try await service.addSubject(
                AuditFixture.subject("fin-rev", .medium), replace: false, context: fixture.context("anan"))
        }
        var other = AuditFixture.subject("X", .low)
        other.department = "NOPE"
        try await fixture.refuses(
            .unknownDepartment(field: "--department", "NOPE", known: ["AUDIT", "CLERK", "ENG", "FIN"])
        ) {
            try await service.addSubject(other, replace: false, context: fixture.context("anan"))
        }
        try await fixture.refuses(.notPositive(field: "--person-days", 0)) {
            try await service.addSubject(
                AuditFixture.subject("Y", .low, days: 0), replace: false, context: fixture.context("anan"))
        }
        try await service.addSubject(
            AuditFixture.subject("FIN-REV", .medium, risks: ["r-2568-7"]), replace: true,
            context: fixture.context("anan"))
        let stored = try await service.universe().first { $0.id == "FIN-REV" }
        #expect(stored?.subject.riskLevel == .medium && stored?.subject.risks == ["R-2568-007"])
    }
    // The exported documents are drawn by Reporting: see ReportingTests/AuditPlanExportTests.
}
