import Agency
import AuditPlans
import EventStore
import Foundation
import Sujarit
import Testing

@Suite("The Internal Audit Charter and the quality self-assessment")
struct CharterAndQualityTests {
    static let sections = """
        sections:
          purpose: เพื่อเพิ่มคุณค่า
          authority: เข้าถึงข้อมูลได้
          independence: ขึ้นตรงต่อหัวหน้า
          scope: ทุกส่วนราชการ
          responsibilities: วางแผนและรายงาน
          reporting_line: นายกเทศมนตรี
        """

    /// Writes `text` to a file in the fixture's folder and returns its path.
    static func file(_ fixture: AuditFixture, _ name: String, _ text: String) throws -> String {
        let path = fixture.folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("A charter is drafted, approved by an executive once, redrafted as the next version, and reviewed")
    func lifecycle() async throws {
        let fixture = try await AuditFixture()
        let service = fixture.service()
        let context = fixture.context("anan", on: "2024-10-01")
        try await fixture.refuses(.charterNotDrafted) {
            try await service.approveCharter(by: "mayor", context: context)
        }
        try await fixture.refuses(.charterNotInForce) { try await service.reviewCharter(by: "mayor", context: context) }
        let path = try Self.file(fixture, "charter.yaml", "source: มาตรฐาน 2561\n" + Self.sections)
        let first = try await service.draftCharter(from: path, on: AuditFixture.day("2024-09-01"), context: context)
        #expect(first.version == 1)
        try await fixture.refuses(.charterUnchanged(1, approved: false)) {
            try await service.draftCharter(from: path, context: context)
        }
        try await fixture.refuses(.missingRole(field: "--by", "anan", role: "executive")) {
            try await service.approveCharter(by: "anan", context: context)
        }
        let approved = try await service.approveCharter(
            by: "mayor", on: AuditFixture.day("2024-09-10"), context: context)
        #expect(approved.nextReviewOn == AuditFixture.day("2025-09-10"))
        try await fixture.refuses(.charterAlreadyApproved(1, on: AuditFixture.day("2024-09-10"))) {
            try await service.approveCharter(by: "mayor", context: context)
        }
        try await fixture.refuses(.charterUnchanged(1, approved: true)) {
            try await service.draftCharter(from: path, context: context)
        }
        let reviewed = try await service.reviewCharter(
            by: "mayor", on: AuditFixture.day("2024-09-30"), context: context)
        #expect(reviewed.nextReviewOn == AuditFixture.day("2025-09-30"))
        #expect(try await service.charter().nextReviewOn == AuditFixture.day("2025-09-30"))
        let changed = try Self.file(
            fixture, "charter2.yaml",
            "source: มาตรฐาน 2561\n" + Self.sections.replacingOccurrences(of: "นายกเทศมนตรี", with: "ปลัดเทศบาล"))
        let second = try await service.draftCharter(from: changed, context: context)
        let again = try await service.draftCharter(from: path, context: context)
        #expect((second.version, again.version) == (2, 2))
        let charter = try await service.charter()
        #expect(charter.inForce?.draft.version == 1)
        #expect(charter.pending?.draft.sameText(as: again) == true)
        let summaries = try await AuditQueries.charters(fixture.store)
        #expect(summaries.map(\.version) == [2, 1])
        #expect(summaries.last?.nextReviewOn == AuditFixture.day("2025-09-30"))
        #expect(summaries.last?.reviewOverdue(on: AuditFixture.day("2025-10-01")) == true)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("A charter file missing a section is refused naming the file and the field; nothing is recorded")
    func badFile() async throws {
        let fixture = try await AuditFixture()
        let path = try Self.file(
            fixture, "bad.yaml",
            "source: x\n" + Self.sections.replacingOccurrences(of: "  scope: ทุกส่วนราชการ\n", with: ""))
        let before = try await fixture.snapshot()
        do {
            try await fixture.service().draftCharter(from: path, context: fixture.context("anan"))
            Issue.record("a charter without its scope was drafted")
        } catch let error as ConfigurationError {
            #expect(error.localizedDescription.contains("bad.yaml"))
            #expect(error.localizedDescription.contains("scope"))
        }
        #expect(try await fixture.snapshot() == before)
    }

    static let checklist = """
        version: 3
        source: มาตรฐาน 1311
        items:
          - { id: "1", standard: "1000", text: มีกฎบัตร }
          - { id: "2", text: มีแผน }
          - { id: "3", text: มีรายงาน }
        """

    @Test("The self-assessment rates every item once, by auditors, once a year")
    func quality() async throws {
        let fixture = try await AuditFixture()
        let service = fixture.service()
        let path = try Self.file(fixture, "quality.yaml", Self.checklist)
        let year = FiscalYear(be: 2568)
        let context = fixture.context("anan", on: "2025-09-30")
        try await fixture.refuses(.qualityUnanswered(["3"])) {
            try await service.assessQuality(
                year, checklistPath: path, ratings: [("1", .met), ("2", .partly)], assessors: ["anan"], context: context
            )
        }
        try await fixture.refuses(.qualityUnknownItem("4", known: ["1", "2", "3"])) {
            try await service.assessQuality(
                year, checklistPath: path, ratings: [("1", .met), ("4", .met)], assessors: ["anan"], context: context)
        }
        try await fixture.refuses(.qualityTwice("1")) {
            try await service.assessQuality(
                year, checklistPath: path, ratings: [("1", .met), ("๑", .notMet)], assessors: ["anan"],
                context: context)
        }
        try await fixture.refuses(.missingRole(field: "--by", "nisa", role: "auditor")) {
            try await service.assessQuality(
                year, checklistPath: path, ratings: [("1", .met), ("2", .met), ("3", .met)], assessors: ["nisa"],
                context: context)
        }
        let assessed = try await service.assessQuality(
            year, checklistPath: path, ratings: [("3", .notMet), ("1", .met), ("2", .partly)], assessors: ["anan"],
            improvements: "อบรม", context: context)
        #expect(assessed.answers.map(\.item) == ["1", "2", "3"])
        #expect((assessed.count(.met), assessed.count(.partly), assessed.count(.notMet)) == (1, 1, 1))
        #expect(assessed.checklistVersion == 3 && assessed.answers.first?.standard == "1000")
        try await fixture.refuses(.qualityAssessed(year, on: AuditFixture.day("2025-09-30"))) {
            try await service.assessQuality(
                year, checklistPath: path, ratings: [("1", .met), ("2", .met), ("3", .met)], assessors: ["anan"],
                context: context)
        }
        #expect(try await AuditQueries.qualityAssessments(fixture.store) == [assessed])
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("The checklist and charter the repository ships load")
    func shippedFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let checklist = try QualityChecklist.load(root.appendingPathComponent("Registers/audit-quality.yaml").path)
        #expect(checklist.items.count == 9)
        #expect(checklist.source.contains("2561"))
        let charter = try CharterFile.load(root.appendingPathComponent("Reports/audit-charter.yaml").path)
        #expect(charter.text.reportingLine.contains("หัวหน้าส่วนราชการ"))
    }
}
