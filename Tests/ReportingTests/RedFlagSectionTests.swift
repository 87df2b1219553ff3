import EventStore
import Oversight
import Sujarit
import Testing
@testable import Reporting

@Suite("Red flags in the executive summary")
struct RedFlagSectionTests {
    @Test("Flags raised on the year appear without names: counts by status and the open ones first")
    func redFlags() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let id = FlagID(fiscalYear: FiscalYear(be: 2568), number: 1)
        let candidate = FlagCandidate(
            indicator: .splitYear, fiscalYear: FiscalYear(be: 2568), departmentID: "6960102", unit: "FIN",
            subject: ["test"],
            evidence: FlagEvidence(supplier: PartyReference(name: "หจก.รุ่งเรือง การโยธา")), records: ["test-record"]
        )
        try await fixture.store.append(
            [
                try ProposedEvent(
                    RedFlagRaised(flagID: id, candidate: candidate, configurationVersion: 1),
                    occurredAt: fixture.clock.now, actor: "anan")
            ],
            to: try StreamID(category: "flag", id: id.description), expectedVersion: .noStream
        )
        let sources = try await fixture.sources(.annual)
        guard case .executive(let summary) = try await ReportBuilder.build(.executive, sources) else {
            Issue.record("not a summary"); return
        }
        let flags = try #require(summary.redFlags)
        #expect(flags.total == 1 && flags.open == 1)
        #expect(flags.top.first?.unit == "กองคลัง")
        #expect(flags.top.first?.supplier == "หจก.รุ่งเรือง การโยธา")
        #expect(!summary.header.omitted.contains { $0.contains("สัญญาณเตือน") })
        #expect(summary.changes.contains { $0.label == "สัญญาณเตือนที่ยังรอพิจารณา" && $0.current == "1" })
        let html = try ReportRenderer(theme: try await ReportFixture.theme()).render(
            .executive(summary), as: .html, directory: sources.directory)
        #expect(html.contains("สัญญาณเตือนความเสี่ยงการจัดซื้อจัดจ้าง (red flags)"))
        #expect(html.contains(Indicator.splitYear.label.th))
    }
}
