import EventStore
import Foundation
import Sujarit
import Testing

@testable import Procurement

/// `ContractPayloadRows` reads the procurement read model's values for a contract row straight from its payload:
/// they must be the values the decoded event gives, or the payload must be left to the decoder.
@Suite("Contract rows read from payload bytes")
struct ContractPayloadRowsTests {
    /// The rows from the decoded event: what the reader must give.
    static func decoded(_ payload: Data) -> ProcurementProjection.ContractRows? {
        (try? EventCoding.decode(ContractRecorded.self, from: payload)).map {
            ProcurementProjection.ContractRows($0, sequence: 7)
        }
    }

    @Test("the golden payloads give the decoded event's rows", arguments: ContractPayloadTests.fixtures)
    func goldenPayloads(_ name: String) throws {
        let stored = try ContractPayloadTests.fixture(name)
        let rows = try #require(ContractPayloadRows.read(stored, sequence: 7))
        #expect(rows == Self.decoded(stored))
    }

    @Test("every field shape: the decoded event's rows, or left to the decoder when a text has an escape")
    func sweep() throws {
        var direct = 0
        for event in try ContractPayloadTests.sweep() {
            let payload = event.canonicalPayload()
            if let rows = ContractPayloadRows.read(payload, sequence: 7) {
                #expect(
                    rows == ProcurementProjection.ContractRows(event, sequence: 7),
                    "\(String(decoding: payload, as: UTF8.self))")
                direct += 1
            }
        }
        #expect(direct >= ContractPayloadTests.texts.count * 32 / 2)
    }

    @Test(
        "a payload the decoder refuses or reads otherwise is never read here",
        arguments: [
            // A CE fiscal year, a bad date in a field no column holds, a number where a text belongs, an escape.
            #"{"project":{"title":"t","fiscalYear":2024},"projectID":"67119000333","source":"data.go.th-csv"}"#,
            #"{"project":{"title":"t","transactionDate":"2024-02-30"},"projectID":"67119000333","source":"data.go.th-csv"}"#,
            #"{"project":{"province":5,"title":"t"},"projectID":"67119000333","source":"data.go.th-csv"}"#,
            #"{"project":{"province":"a\"b","title":"t"},"projectID":"67119000333","source":"data.go.th-csv"}"#,
            #"{"project":{"title":"t"},"projectID":"67119000333","source":"data.go.th-csv","zzz":null}"#,
        ])
    func refusedShapes(_ text: String) {
        #expect(ContractPayloadRows.read(Data(text.utf8), sequence: 7) == nil)
    }

    @Test("a contract number with spaces around it keys the contract as the decoded event does")
    func paddedContractNumber() throws {
        for number in [" 12/2568 ", "12/2568\u{3000}", "   ", "๑๒/๒๕๖๘ "] {
            let payload = Data(
                #"{"contract":{"contractNumber":"\#(number)","winnerName":"ร้าน ก","winnerTaxIDReading":"absent"},"project":{"title":"ซื้อ"},"projectID":"67119000333","source":"data.go.th-csv"}"#
                    .utf8)
            let rows = try #require(ContractPayloadRows.read(payload, sequence: 7))
            #expect(rows == Self.decoded(payload), "\(number)")
        }
    }

    @Test("a year comes from the row, else its announcement, else its signature")
    func fiscalYearFallbacks() throws {
        let cases: [(String, Int64)] = [
            (#""project":{"announced":"2024-10-02","fiscalYear":2567,"title":"t"}"#, 2567),
            (#""project":{"announced":"2024-10-02","title":"t"}"#, 2568),
            (#""project":{"title":"t"}"#, 2566),
        ]
        for (project, year) in cases {
            let payload = Data(
                #"{"contract":{"signed":"2023-01-05","winnerName":"ร้าน ก","winnerTaxIDReading":"absent"},\#(project),"projectID":"67119000333","source":"data.go.th-csv"}"#
                    .utf8)
            let rows = try #require(ContractPayloadRows.read(payload, sequence: 7))
            #expect(rows == Self.decoded(payload))
            #expect(rows.project[4] == .integer(year))
        }
    }
}
