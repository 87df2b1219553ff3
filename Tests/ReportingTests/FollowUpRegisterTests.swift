import Agency
import GiftLog
import Sujarit
import Testing
@testable import Reporting

/// The one follow-up register (`report audit`, `audit plan export --follow-up`) and what a report says
/// about who may read its file.
@Suite("The follow-up register's two days, and a report's privacy")
struct FollowUpRegisterTests {
    @Test("Judged on a day of its own, the register reads the log as it stands; replayed to that day, it is empty")
    func judgedOnItsOwnDay() async throws {
        let fixture = try await ReportFixture.make(ita: false)
        let june = ReportFixture.day("2025-06-30")
        let live = try await ReportSources.open(
            fixture.store, fiscalYear: FiscalYear(be: 2568), round: nil, asOf: nil, judgedOn: june,
            projections: ReportFixture.projections, now: fixture.clock.now
        )
        #expect(!live.period.replayed && live.period.asOf == ReportFixture.loadedOn && live.period.judgedOn == june)
        guard case .audit(let register) = try await ReportBuilder.build(.audit, live) else {
            Issue.record("not the audit register")
            return
        }
        #expect(register.rows.count == 1 && register.rows.first?.line.overdueDays == 91)
        #expect(register.rows.first?.followUpRound == 1)
        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        let csv = try renderer.render(.audit(register), as: .csv, directory: live.directory)
        #expect(csv.hasPrefix("number,recommendation_id,finding_id,finding_title,subject,subject_title,"))
        #expect(
            csv.contains(",1,2025-02-01,91,ร่างแผนแล้ว รอเสนออนุมัติ\r\n"), "round 1 on 1 Feb 2568, 91 days over: \(csv)")
        let term = try renderer.render(.audit(register), as: .term, directory: live.directory)
        #expect(term.contains("พิจารณาความล่าช้า ณ 30 มิถุนายน 2568"))

        // The log as it stood on 30 June held none of it: everything was recorded in October.
        let replayed = try await fixture.sources(nil, asOf: june)
        guard case .audit(let past) = try await ReportBuilder.build(.audit, replayed) else { return }
        #expect(past.rows.isEmpty && replayed.period.replayed && replayed.period.judgedOn == june)
    }

    @Test("The report says who may read its file: the O33 owner-only for every reader, ลับ internal, the rest shared")
    func privacy() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let sources = try await fixture.sources(.annual)
        for viewer in ["anan", "mayor"] {
            let o33 = try await ReportBuilder.build(.o33, sources, viewer: viewer)
            #expect(o33.header.privacy == .personalData && o33.header.privacy.isOwnerOnly, "\(viewer)")
        }
        let o35 = try await ReportBuilder.build(.o35, sources)
        #expect(o35.header.privacy == .shared && o35.fileName("html") == "o35-2568-12m.html")
        let confidential = try await ReportBuilder.build(.o35, sources, viewer: "anan", confidential: true)
        #expect(confidential.header.privacy == .confidential)
        #expect(confidential.fileName("html") == "o35-2568-12m.internal.html")
        #expect(ReportPrivacy(reading: [GiftLogAccess.personalData]) == .personalData)
        #expect(ReportPrivacy(reading: []) == .shared)
    }
}
