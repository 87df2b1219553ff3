import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: correcting a gift's day recorded by mistake")
struct DateCorrectionTests {
    typealias F = GiftFixture

    @Test("The corrected day moves the due day and the report period; the history keeps both days")
    func correction() async throws {
        let fixture = try await F()
        try await fixture.service.log(
            [F.received(4_000, on: "2 ม.ค. 68"), F.received(500, on: "30 ก.ย. 68", occasion: "วันเกิด")],
            context: fixture.context("x"))
        let id = try GiftEntryID(parsing: "G-2568-001")
        #expect(try await fixture.assessment("G-2568-001").dueOn == F.date("1 ก.พ. 68"))
        let corrected = try await fixture.service.correctDate(
            id, to: F.date("20 ม.ค. 68"), reason: "บันทึกวันที่ผิดจากแบบรายงาน", context: fixture.context("pimchanok"))
        #expect(corrected.logged.date == F.date("20 ม.ค. 68"))
        #expect(
            try await fixture.assessment("G-2568-001").dueOn == F.date("19 ก.พ. 68"), "30 days from the corrected day")
        let events = try await fixture.store.events(in: GiftStreams.entry(id))
        #expect(events.map(\.type) == ["GiftLogged", "GiftDateCorrected"])
        #expect(try events[0].decode(GiftLogged.self).date == F.date("2 ม.ค. 68"), "the original event is never edited")
        let event = try events[1].decode(GiftDateCorrected.self)
        #expect(event.previousDate == F.date("2 ม.ค. 68") && event.correctedDate == F.date("20 ม.ค. 68"))
        #expect(try await GiftQueries.entries(fixture.store).first { $0.id == id }?.logged.date == F.date("20 ม.ค. 68"))

        // Across the fiscal year: the O33 reports follow the corrected day; the id stays.
        let late = try GiftEntryID(parsing: "G-2568-002")
        try await fixture.service.correctDate(
            late, to: F.date("1 ต.ค. 68"), reason: "รับจริงวันที่ 1 ต.ค.", context: fixture.context("x"))
        #expect(
            try await fixture.service.report(year: FiscalYear(be: 2568), round: .annual, asOf: F.today).entryCount == 1)
        #expect(
            try await fixture.service.report(year: FiscalYear(be: 2569), round: .annual, asOf: F.today).entryCount == 1)

        let before = try await fixture.service.assessedEntries(asOf: F.today)
        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(try await fixture.service.assessedEntries(asOf: F.today) == before)
    }

    @Test(
        """
        A correction is refused without a reason, to the same day, in the future, or after the report; the report \
        day itself is accepted
        """
    )
    func refusals() async throws {
        let fixture = try await F()
        try await fixture.service.log([F.received(4_000, on: "2 ม.ค. 68")], context: fixture.context("x"))
        let id = try GiftEntryID(parsing: "G-2568-001")
        try await fixture.service.markReported(id, on: F.date("10 ม.ค. 68"), context: fixture.context("x"))
        try await fixture.expectRefusal(.emptyField("--reason")) {
            try await fixture.service.correctDate(
                id, to: F.date("3 ม.ค. 68"), reason: " ", context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.dateUnchanged(id, F.date("2 ม.ค. 68"))) {
            try await fixture.service.correctDate(
                id, to: F.date("2 ม.ค. 68"), reason: "x", context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.dateInFuture(field: "--on", F.date("16 ต.ค. 68"), today: F.today)) {
            try await fixture.service.correctDate(
                id, to: F.date("16 ต.ค. 68"), reason: "x", context: fixture.context("x"))
        }
        try await fixture.expectRefusal(
            .correctedAfter(id, F.date("11 ม.ค. 68"), event: "reported to the head", on: F.date("10 ม.ค. 68"))
        ) {
            try await fixture.service.correctDate(
                id, to: F.date("11 ม.ค. 68"), reason: "x", context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.notFound(try GiftEntryID(parsing: "G-2568-099"))) {
            try await fixture.service.correctDate(
                try GiftEntryID(parsing: "G-2568-099"), to: F.date("3 ม.ค. 68"), reason: "x",
                context: fixture.context("x"))
        }
        try await fixture.service.correctDate(
            id, to: F.date("10 ม.ค. 68"), reason: "วันเดียวกับที่รายงาน", context: fixture.context("x"))
        #expect(try await fixture.assessment("G-2568-001").reportStatus == .onTime)
    }
}
