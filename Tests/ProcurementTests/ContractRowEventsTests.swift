import EventStore
import Foundation
import Sujarit
import Testing

@testable import Procurement

/// Stores written before ``ContractsRecorded`` hold one ``ContractRecorded`` per row: their rows are in the ledger
/// too, so importing the same file again adds nothing, a corrected row is still a new fact, and copying them to
/// the public-data store leaves out what it holds.
@Suite("Contract rows recorded one event a row, before ContractsRecorded")
struct ContractRowEventsTests {
    static let csv = Corpus.example("takbai-contracts-2568.csv")

    /// The example's rows appended as the importer before ContractsRecorded appended them: a keyed event each.
    static func appendAsRowEvents(_ path: String, to store: any EventStore) async throws -> Int {
        var rows = try ContractImporter.rows(
            of: path, as: .dataGoThCSV, departmentID: StoreFixture.takbai.rawValue, directory: nil, limits: .defaults)
        var appends: [StreamAppend] = []
        while let fact = try rows.next() {
            guard case let .contract(record) = fact else { continue }
            let event = try ProposedEvent(
                record, occurredAt: Date(timeIntervalSince1970: 1_730_000_000), actor: "older-importer",
                dedupeKey: try record.dedupeKey())
            appends.append(StreamAppend(stream: record.stream, expectedVersion: .any, events: [event]))
        }
        return try await store.append(appends).appended
    }

    @Test func importingTheFileAgainAddsNothing() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        #expect(try await Self.appendAsRowEvents(Self.csv, to: fixture.store) == 15)
        let before = try await fixture.allEvents().count
        let report = try await ContractImporter(store: fixture.store, batchSize: 4)
            .importFile(at: Self.csv, department: StoreFixture.takbai, context: StoreFixture.context)
        #expect(report.new == 0 && report.duplicates == 15 && !report.alreadyImported)
        let added = try await fixture.allEvents().dropFirst(before)
        #expect(added.map(\.type) == [ContractsImported.eventType])
        // The read model counts each row once.
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.contracts.count == 1)
        let rows = try await fixture.store.query(
            SQLStatement("SELECT sum(contract_records) FROM procurement_projects"))
        #expect(rows.first?.values.first == .integer(15))
    }

    @Test func aCorrectedRowIsStillANewFact() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        _ = try await Self.appendAsRowEvents(Self.csv, to: fixture.store)
        var text = try String(contentsOfFile: Self.csv, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"2,448,000.00\",อยู่ระหว่างดำเนินการ", with: "\"2,447,000.00\",อยู่ระหว่างดำเนินการ")
        let url = fixture.folder.appendingPathComponent("corrected.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let report = try await ContractImporter(store: fixture.store)
            .importFile(at: url.path, department: StoreFixture.takbai, context: StoreFixture.context)
        #expect(report.new == 1 && report.duplicates == 14)
        let recorded = try await fixture.allEvents().filter { $0.type == ContractsRecorded.eventType }
        #expect(recorded.count == 1)
        let records = try recorded[0].decode(ContractsRecorded.self).records
        #expect(records.map(\.projectID.rawValue) == ["67119000333"])
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.contracts.first?.amount == .baht(2_447_000))
    }

    @Test func theCopyToPublicDataLeavesOutTheRowsItHolds() async throws {
        let agency = try StoreFixture()
        defer { agency.remove() }
        let shared = try StoreFixture()
        defer { shared.remove() }
        // The agency's log: the rows one event each; the public store imported the same file as ContractsRecorded.
        _ = try await Self.appendAsRowEvents(Self.csv, to: agency.store)
        _ = try await ContractImporter(store: shared.store, batchSize: 4)
            .importFile(at: Self.csv, department: StoreFixture.takbai, context: StoreFixture.context)
        let held = try await shared.allEvents().count
        let moved = try await PublicDataMove.run(from: agency.store, to: shared.store, actor: "tester")
        #expect(moved.contractsNew == 0 && moved.contractsKnown == 15 && moved.addedNothing)
        #expect(try await shared.allEvents().count == held)

        // Into an empty public store: every row once, as the older events, and a second copy adds nothing.
        let empty = try StoreFixture()
        defer { empty.remove() }
        let first = try await PublicDataMove.run(from: agency.store, to: empty.store, actor: "tester")
        #expect(first.contractsNew == 15 && first.contractsKnown == 0)
        #expect(try await empty.allEvents().filter { $0.type == ContractRecorded.eventType }.count == 15)
        let second = try await PublicDataMove.run(from: agency.store, to: empty.store, actor: "tester")
        #expect(second.addedNothing && second.contractsKnown == 15)
    }

    @Test func aContractsRecordedIsCopiedWithoutTheRowsThePublicStoreHolds() async throws {
        let agency = try StoreFixture()
        defer { agency.remove() }
        let shared = try StoreFixture()
        defer { shared.remove() }
        _ = try await ContractImporter(store: agency.store, batchSize: 4)
            .importFile(at: Self.csv, department: StoreFixture.takbai, context: StoreFixture.context)
        // The public store holds the file less one corrected row, one event a row.
        var text = try String(contentsOfFile: Self.csv, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"2,448,000.00\",อยู่ระหว่างดำเนินการ", with: "\"2,447,000.00\",อยู่ระหว่างดำเนินการ")
        let url = shared.folder.appendingPathComponent("corrected.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        _ = try await Self.appendAsRowEvents(url.path, to: shared.store)
        let moved = try await PublicDataMove.run(from: agency.store, to: shared.store, actor: "tester")
        #expect(moved.contractsNew == 1 && moved.contractsKnown == 14)
        let copied = try await shared.allEvents().filter { $0.type == ContractsRecorded.eventType }
        #expect(
            try copied.flatMap { try $0.decode(ContractsRecorded.self).records }.map(\.projectID.rawValue)
                == ["67119000333"])
        #expect(copied.allSatisfy { $0.actor == "tester" })
    }
}
