import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: the O33 report, the example file and the privacy filter")
struct ReportTests {
    typealias F = GiftFixture

    var exampleFile: String { F.root.appendingPathComponent("Registers/examples/takbai/gifts-2568.yaml").path }

    @Test("The example file imports in one append")
    func importExample() async throws {
        let fixture = try await F()
        let summary = try await fixture.service.importFile(
            try GiftLogFile.load(exampleFile), context: fixture.context("pimchanok"))
        #expect(summary.policy)
        #expect(summary.activities == 2)
        #expect(summary.entries.count == 8)
        #expect(summary.entries.first?.decision?.decision == .return)
        let before = try await fixture.store.lastSequence()
        let again = try await #require(throws: ConfigurationError.self) {
            try await fixture.service.importFile(try GiftLogFile.load(exampleFile), context: fixture.context("x"))
        }
        #expect(again.message.contains("already recorded"))
        #expect(try await fixture.store.lastSequence() == before)
    }

    @Test("The annual O33 report counts by verdict and lists what must be reported")
    func annualReport() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(try GiftLogFile.load(exampleFile), context: fixture.context("x"))
        let report = try await fixture.service.report(year: FiscalYear(be: 2568), round: .annual, asOf: F.today)
        #expect(!report.isNil)
        #expect(report.entryCount == 8)
        // All three from parties with business before the agency: not acceptable, whatever the 3,000-baht rule says.
        #expect(report.totals.line(.notAcceptable).count == 3)
        #expect(report.totals.line(.notAcceptable).value == .baht(12_000))
        #expect(report.totals.line(.mustReport).count == 0)
        #expect(report.totals.mustBeReported == 3)
        #expect(report.overThreshold?.allSatisfy { $0.verdict == .notAcceptable } == true)
        #expect(report.totals.line(.allowedRelative).count == 1)
        #expect(report.totals.line(.allowedGeneral).count == 1)
        #expect(report.totals.line(.allowedWithinLimit).count == 1)
        #expect(report.totals.line(.given).value == .baht(1_200))
        #expect(report.totals.line(.refused).count == 1)
        #expect(report.missingReports == 1, "the contractor's watch was never reported")
        #expect(report.lateReports == 0)
        #expect(report.decided == 2)
        #expect(report.awaitingDecision == 1)
        #expect(report.fromPartiesDealingWithAgency == 4)
        #expect(report.overThreshold?.map(\.entryID.description) == ["G-2568-001", "G-2568-002", "G-2568-003"])
        #expect(report.policy?.declaredBy == "mayor")
        #expect(report.activities.count == 2)

        _ = try await fixture.service.markReported(
            try GiftEntryID(parsing: "G-2568-003"), on: F.date("28 มี.ค. 68"), context: fixture.context("x"))
        let later = try await fixture.service.report(year: FiscalYear(be: 2568), round: .annual, asOf: F.today)
        #expect(later.lateReports == 1)
        #expect(later.missingReports == 0)
    }

    @Test("The six-month round covers October to March; an empty period is a nil report that says so")
    func roundsAndNil() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(try GiftLogFile.load(exampleFile), context: fixture.context("x"))
        let half = try await fixture.service.report(year: FiscalYear(be: 2568), round: .sixMonths, asOf: F.today)
        #expect(half.periodEnd == F.date("31 มี.ค. 68"))
        #expect(half.entryCount == 8)
        let empty = try await fixture.service.report(year: FiscalYear(be: 2567), round: .annual, asOf: F.today)
        #expect(empty.isNil)
        #expect(empty.nilStatement?.th.contains("ไม่มีการรับ/ให้ของขวัญ") == true)
        #expect(empty.totals.lines.allSatisfy { $0.count == 0 })
        #expect(half.nilStatement == nil)
    }

    @Test("Only the auditor and the legal officer see entries and cases; everyone else sees totals")
    func privacy() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(try GiftLogFile.load(exampleFile), context: fixture.context("x"))
        let directory = try await AgencyDirectory.load(from: fixture.store)
        let entries = try await fixture.service.assessedEntries(asOf: F.today)
        for id in ["anan", "pimchanok"] {
            #expect(GiftLogAccess.view(for: directory.member(id)) == .full, "\(id)")
        }
        for id in ["mayor", "admin", "kittipong", "palad"] {
            let listing = GiftLogAccess.listing(entries, for: directory.member(id))
            guard case .totals(let totals) = listing else {
                Issue.record("\(id) must see totals only")
                continue
            }
            #expect(totals.line(.notAcceptable).count == 3)
        }
        #expect(GiftLogAccess.view(for: GiftLogAccess.viewer(named: "someone", in: directory)) == .totalsOnly)
        let report = try await fixture.service.report(year: FiscalYear(be: 2568), round: .annual, asOf: F.today)
        let redacted = GiftLogAccess.report(report, for: directory.member("mayor"))
        #expect(redacted.view == .totalsOnly)
        #expect(redacted.overThreshold == nil)
        #expect(redacted.givenEntries == nil)
        #expect(redacted.totals == report.totals)
        let json = String(decoding: try JSONEncoder().encode(redacted), as: UTF8.self)
        #expect(!json.contains("kittipong") && !json.contains("ตากใบวัสดุภัณฑ์"))
        #expect(GiftLogAccess.report(report, for: directory.member("anan")) == report)
    }

    @Test("A gift file with a mistake names the file, line and field, and records nothing")
    func badFile() async throws {
        let fixture = try await F()
        let negative = """
            gifts:
              - direction: received
                person: kittipong
                from: ร้านเอ
                occasion: ปีใหม่
                date: 2 ม.ค. 68
                what: กระเช้า
                value: -500
            """
        let error = try #require(throws: ConfigurationError.self) {
            try GiftLogFile.parse(try ConfigNode.parse(negative, file: "g.yaml"))
        }
        #expect(error.line == 8)
        #expect(error.field == "gifts[1].value")
        let unknown = try GiftLogFile.parse(
            try ConfigNode.parse(
                negative.replacingOccurrences(of: "-500", with: "500").replacingOccurrences(
                    of: "kittipong", with: "ghost"), file: "g.yaml"))
        let before = try await fixture.store.lastSequence()
        let refused = try await #require(throws: ConfigurationError.self) {
            try await fixture.service.importFile(unknown, context: fixture.context("x"))
        }
        #expect(refused.line == 2)
        #expect(refused.message.contains("ghost"))
        #expect(try await fixture.store.lastSequence() == before)
    }
}
