import EventStore
import Foundation
import Sujarit
import Testing

@testable import Procurement

/// `ContractPayloadReader` reads a contract row's payload to the very value `JSONDecoder` gives, or leaves it
/// to `JSONDecoder`: the read model, `verify` and reports `--as-of` a day must not see a row differently.
@Suite("Contract payload reading")
struct ContractPayloadReaderTests {
    @Test("the golden payloads read as JSONDecoder reads them", arguments: ContractPayloadTests.fixtures)
    func goldenPayloads(_ name: String) throws {
        let stored = try ContractPayloadTests.fixture(name)
        let foundation = try EventCoding.decode(ContractRecorded.self, from: stored)
        #expect(ContractPayloadReader.read(stored) == foundation)
        #expect(try ContractRecorded.decode(payload: stored, schemaVersion: 2) == foundation)
    }

    @Test("every field shape: read directly to the same value, or left to JSONDecoder when a text has an escape")
    func sweep() throws {
        var direct = 0
        for event in try ContractPayloadTests.sweep() {
            let payload = event.canonicalPayload()
            if let read = ContractPayloadReader.read(payload) {
                #expect(read == event, "\(String(decoding: payload, as: UTF8.self))")
                direct += 1
            }
            #expect(try ContractRecorded.decode(payload: payload, schemaVersion: 2) == event)
        }
        // Only texts with escapes (quotes, backslashes, control characters) take JSONDecoder.
        #expect(direct >= ContractPayloadTests.texts.count * 32 / 2)
    }

    @Test(
        "Anything but the plain shape is left to JSONDecoder, which reads or refuses it as before",
        arguments: [
            // An unknown key, a repeated key, keys out of order, a whole-baht number.
            (#"{"extra":1,"project":{"title":"t"},"projectID":"67119000333","source":"data.go.th-csv"}"#, true),
            (
                #"{"project":{"title":"t"},"projectID":"67119000333","projectID":"67119000334","source":"data.go.th-csv"}"#,
                nil
            ),
            (#"{"projectID":"67119000333","project":{"title":"t"},"source":"data.go.th-csv"}"#, true),
            (
                #"{"contract":null,"project":{"title":"t","budget":5000},"projectID":"67119000333","source":"data.go.th-csv"}"#,
                true
            ),
            // A CE fiscal year, a bad date, a bad id, a bad source: refused by JSONDecoder.
            (
                #"{"project":{"title":"t","fiscalYear":2024},"projectID":"67119000333","source":"data.go.th-csv"}"#,
                false
            ),
            (
                #"{"project":{"title":"t","announced":"2024-02-30"},"projectID":"67119000333","source":"data.go.th-csv"}"#,
                false
            ),
            (#"{"project":{"title":"t"},"projectID":"671190","source":"data.go.th-csv"}"#, false),
            (#"{"project":{"title":"t"},"projectID":"67119000333","source":"fax"}"#, false),
        ])
    func otherShapes(_ text: String, decodes: Bool?) throws {
        let payload = Data(text.utf8)
        let foundation = try? EventCoding.decode(ContractRecorded.self, from: payload)
        // A repeated key (nil) is JSONDecoder's to settle, whichever way it does.
        if let decodes { #expect((foundation != nil) == decodes) }
        if let read = ContractPayloadReader.read(payload) { #expect(read == foundation) }
        #expect((try? ContractRecorded.decode(payload: payload, schemaVersion: 2)) == foundation)
    }

    @Test func explicitNullsAndSpacesReadAsAbsent() throws {
        let payload = Data(
            #" { "contract" : { "winnerName" : "ร้าน ก" , "winnerTaxID" : null , "winnerTaxIDReading" : "absent" } , "departmentID" : null , "project" : { "title" : "ซื้อ" } , "projectID" : "67119000333" , "source" : "data.go.th-csv" } "#
                .utf8)
        let read = try #require(ContractPayloadReader.read(payload))
        #expect(read == (try EventCoding.decode(ContractRecorded.self, from: payload)))
        #expect(read.contract?.winnerName == "ร้าน ก" && read.departmentID == nil)
    }

    @Test func aNewerSchemaIsRefused() {
        #expect(throws: EventStoreError.self) {
            try ContractRecorded.decode(
                payload: try ContractPayloadTests.fixture("ContractRecorded.v2"), schemaVersion: 3)
        }
    }
}
