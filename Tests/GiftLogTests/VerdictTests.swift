import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: verdicts by the rules")
struct VerdictTests {
    typealias F = GiftFixture

    @Test("Relatives and gifts to people in general are allowed whatever the value; others up to 3,000 baht")
    func basicVerdicts() async throws {
        let fixture = try await F()
        let sister = PartyReference(name: "นางสาวอารีย์ บุญมา")
        let entries = try await fixture.service.log(
            [
                F.received(
                    12_000, on: "8 มี.ค. 68", person: "wanida", from: sister, occasion: "งานมงคลสมรส",
                    relative: "sibling"),
                F.received(
                    9_000, on: "21 มี.ค. 68", person: "sompong", from: PartyReference(name: "สำนักงาน ป.ป.ช."),
                    occasion: "สัมมนา", general: true),
                F.received(
                    3_000, on: "16 ม.ค. 68", person: "fatimah", from: PartyReference(name: "ร้านสมใจการค้า"),
                    occasion: "วันครู"),
                GiftDraft(
                    direction: .received, person: "nisa", counterparty: PartyReference(name: "ร้านเอ"),
                    occasion: "ตรุษจีน",
                    date: F.date("29 ม.ค. 68"), description: "ซอง", value: Money(satang: 300_001)),
            ], context: fixture.context("x"))
        #expect(entries.map(\.id.description) == ["G-2568-001", "G-2568-002", "G-2568-003", "G-2568-004"])
        #expect(try await fixture.assessment("G-2568-001").verdict == .allowedRelative)
        #expect(try await fixture.assessment("G-2568-002").verdict == .allowedGeneral)
        #expect(
            try await fixture.assessment("G-2568-003").verdict == .allowedWithinLimit, "3,000.00 exactly is allowed")
        let above = try await fixture.assessment("G-2568-004")
        #expect(above.verdict == .mustReport, "3,000.01 must be reported")
        #expect(above.dueOn == F.date("28 ก.พ. 68"), "30 days after 29 Jan")
        #expect(above.reportStatus == .missing)
        #expect(above.awaitingDecision)
        #expect(above.rulesVersion == 2)
    }

    @Test("Gifts from one giver on one occasion are summed; the duty to report starts when the sum passes the limit")
    func summing() async throws {
        let fixture = try await F()
        // The second mention has no tax id and another spelling, and the occasion uses Thai digits.
        let sameFirm = PartyReference(name: "บจก. ตากใบวัสดุภัณฑ์")
        try await fixture.service.log(
            [
                F.received(1_500, on: "2 ม.ค. 68"),
                F.received(2_000, on: "6 ม.ค. 68", from: sameFirm, occasion: "ปีใหม่ ๒๕๖๘"),
                F.received(2_000, on: "6 ม.ค. 68", occasion: "วันเกิด"),
                F.received(2_000, on: "6 ม.ค. 68", person: "nisa"),
                F.received(2_500, on: "6 ม.ค. 68", from: PartyReference(name: "ร้านอื่น")),
            ], context: fixture.context("x"))
        let first = try await fixture.assessment("G-2568-001"), second = try await fixture.assessment("G-2568-002")
        #expect(first.verdict == .mustReport)
        #expect(second.verdict == .mustReport)
        #expect(first.occasionTotal == .baht(3_500))
        #expect(first.dueOn == F.date("5 ก.พ. 68"), "due from the day the sum passed 3,000, not from the first gift")
        #expect(second.dueOn == F.date("5 ก.พ. 68"))
        for other in ["G-2568-003", "G-2568-004", "G-2568-005"] {
            #expect(
                try await fixture.assessment(other).verdict == .allowedWithinLimit,
                "\(other): another occasion, person or giver")
        }
    }

    @Test("A report on the due day is on time, the day after is late, none is missing once the due day has passed")
    func reportStatus() async throws {
        let due = F.date("1 ก.พ. 68")
        #expect(GiftJudge.status(reportedOn: due, due: due, asOf: F.today) == .onTime)
        #expect(GiftJudge.status(reportedOn: due.adding(days: 1), due: due, asOf: F.today) == .late)
        #expect(GiftJudge.status(reportedOn: nil, due: due, asOf: due) == .notYetDue)
        #expect(GiftJudge.status(reportedOn: nil, due: due, asOf: due.adding(days: 1)) == .missing)
        #expect(
            GiftJudge.status(reportedOn: due.adding(days: 5), due: due, asOf: due.adding(days: 2)) == .missing,
            "a report made after the as-of day had not been made on it")
    }

    @Test("Given and refused gifts are logged with their own verdicts and are not summed")
    func givenAndRefused() async throws {
        let fixture = try await F()
        try await fixture.service.log(
            [
                GiftDraft(
                    direction: .given, person: "palad", counterparty: PartyReference(name: "นายอำเภอตากใบ"),
                    occasion: "ปีใหม่ 2568",
                    date: F.date("30 ธ.ค. 67"), description: "กระเช้า", value: .baht(5_000)),
                GiftDraft(
                    direction: .refused, person: "nisa", counterparty: F.supplier, occasion: "ปีใหม่ 2568",
                    date: F.date("2 ม.ค. 68"), description: "ซองเงินสด", value: .baht(5_000)),
            ], context: fixture.context("x"))
        #expect(try await fixture.assessment("G-2568-001").verdict == .given)
        #expect(try await fixture.assessment("G-2568-002").verdict == .refused)
    }

    @Test("Ids are numbered per fiscal year of the gift's date")
    func numbering() async throws {
        let fixture = try await F()
        let entries = try await fixture.service.log(
            [F.received(100, on: "30 ก.ย. 68"), F.received(100, on: "1 ต.ค. 68")], context: fixture.context("x"))
        #expect(entries.map(\.id.description) == ["G-2568-001", "G-2569-001"])
        let next = try await fixture.service.log([F.received(100, on: "1 ต.ค. 67")], context: fixture.context("x"))
        #expect(next.map(\.id.description) == ["G-2568-002"])
        #expect(try GiftEntryID(parsing: "g-๒๕๖๘-๗").description == "G-2568-007")
        #expect(throws: GiftLogError.invalidEntryID("R-2568-001")) { try GiftEntryID(parsing: "R-2568-001") }
    }
}
