import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// `ContractRecorded.canonicalPayload()` writes exactly what `EventCoding` (Foundation's `JSONEncoder`)
/// writes, for every field present or absent and every kind of text: stored contract rows are hashed as
/// written, and a row imported again must give the dedupe key it was first recorded under.
@Suite("Contract payload coding")
struct ContractPayloadTests {
    /// The golden payloads of `Tests/Fixtures/events`.
    static let fixtures = [
        "ContractRecorded.v1", "ContractRecorded.v1-2", "ContractRecorded.v2", "ContractRecorded.v2-2",
    ]

    static func fixture(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: folder.appendingPathComponent("Fixtures/events/\(name).json"))
    }

    @Test("the golden payloads, decoded, are written again byte for byte", arguments: fixtures)
    func goldenPayloads(_ name: String) throws {
        let stored = try Self.fixture(name)
        let event = try EventCoding.decode(ContractRecorded.self, from: stored)
        #expect(event.canonicalPayload() == (try EventCoding.encode(event)))
        // Version 2 payloads are what the writer produces today: the very bytes stored.
        if name.hasPrefix("ContractRecorded.v2") { #expect(event.canonicalPayload() == stored) }
        #expect(try event.dedupeKey() == event.dedupeKey(payload: try EventCoding.encode(event)))
    }

    /// Text with every escape JSON has, Thai (with Thai digits), characters beyond the BMP, and none at all.
    static let texts = [
        "บริษัท ก่อสร้างรุ่งเรือง จำกัด หมู่ที่ ๓", "", "quote \" backslash \\ slash / done",
        "controls \u{0} \u{1} \u{8} \u{9} \u{A} \u{C} \u{D} \u{1F} \u{7F} end",
        "emoji 🇹🇭, U+2028 \u{2028}, é, \u{FEFF}BOM",
        "-", "12/2568", "<b>&amp;</b>",
    ]

    static let methods: [ProcurementMethod?] = [
        nil, .eBidding, .eMarket, .specific, .selection, .priceInquiry, .consulting(.openInvitation),
        .designOrSupervision(.designContest), .other("วิธีใหม่ \"ทดลอง\" \\"),
    ]

    static let amounts: [Money?] = [
        nil, Money(satang: 0), Money(satang: 5), Money(satang: 71_280_000), Money(satang: -1_250),
        Money(satang: 99_999_999_999_999),
    ]

    static let days: [CalendarDate?] = [
        nil, try! CalendarDate(year: 2025, month: 2, day: 10), try! CalendarDate(year: 2024, month: 12, day: 31),
        try! CalendarDate(year: 1957, month: 1, day: 1),
    ]

    /// Events that together give every optional field both present and absent, against every text, method,
    /// amount, date and tax-id reading: a deterministic sweep rather than random draws, so a failure repeats.
    static func sweep() throws -> [ContractRecorded] {
        var events: [ContractRecorded] = []
        let taxID = try TaxID(validating: "0963550000121")
        for (index, text) in texts.enumerated() {
            for variant in 0..<32 {
                let pick = { (bit: Int) in variant & (1 << bit) != 0 }
                let amount = amounts[(index + variant) % amounts.count]
                let day = days[(index + variant) % days.count]
                let reading = TaxIDReading.allCases[(index + variant) % TaxIDReading.allCases.count]
                let project = ContractRecorded.Project(
                    title: text, departmentName: pick(0) ? text : nil, subDepartmentName: pick(1) ? "กองช่าง" : nil,
                    projectType: pick(2) ? text : nil, method: methods[(index + variant) % methods.count],
                    methodGroup: pick(3) ? text : nil, announced: day,
                    fiscalYear: pick(4) ? FiscalYear(be: 2568) : nil, budget: amount,
                    referencePrice: pick(0) ? amount : nil, agreedPrice: pick(1) ? nil : amount,
                    transactionDate: pick(2) ? day : nil, province: pick(3) ? "นราธิวาส" : nil,
                    district: pick(4) ? text : nil, subdistrict: pick(0) ? nil : text, status: pick(1) ? text : nil)
                let contract = ContractRecorded.Contract(
                    winnerName: text, winnerTaxID: reading == .valid ? taxID : nil, winnerTaxIDReading: reading,
                    winnerTaxIDAsWritten: pick(2) ? "9.65556E+11" : nil, contractNumber: pick(3) ? text : nil,
                    signed: day, finishes: pick(4) ? day : nil, amount: amount, status: pick(0) ? text : nil)
                events.append(
                    ContractRecorded(
                        source: ContractSource.allCases[variant % ContractSource.allCases.count],
                        projectID: EGPProjectID("67119000333")!, departmentID: pick(1) ? "6960501" : nil,
                        buyerDepartment: pick(2) ? "name:\(text) / กองช่าง" : nil, project: project,
                        contract: pick(3) || pick(4) ? contract : nil))
            }
        }
        return events
    }

    @Test("every field shape: the same bytes as JSONEncoder")
    func sweepMatchesJSONEncoder() throws {
        let events = try Self.sweep()
        #expect(events.count == Self.texts.count * 32)
        for event in events {
            let direct = event.canonicalPayload()
            let foundation = try EventCoding.encode(event)
            #expect(direct == foundation, "\(String(decoding: direct, as: UTF8.self))")
            #expect(try EventCoding.decode(ContractRecorded.self, from: direct) == event)
        }
    }

    @Test func keysSortAsJSONEncoderSortsThemCaseInsensitively() throws {
        let event = try Self.sweep().first { $0.contract?.winnerTaxID != nil && $0.project.subdistrict != nil }!
        let text = String(decoding: event.canonicalPayload(), as: UTF8.self)
        let order = ["\"winnerTaxID\"", "\"winnerTaxIDReading\"", "\"subdistrict\"", "\"title\""]
        let positions = order.map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }
}
