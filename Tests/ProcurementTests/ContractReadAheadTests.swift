import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// Reading a contract file on a thread of its own (`ReadAhead`) gives the store the same batches, in
/// the same order, as pulling them on the store's thread; a refused row still refuses the file; and a store
/// that gives up stops the reading thread with at most a few batches read ahead.
@Suite("Contract read-ahead")
struct ContractReadAheadTests {
    static let csv = Corpus.example("takbai-contracts-2568.csv")
    static let now = Date(timeIntervalSince1970: 1_765_000_000)

    /// The example's batches of `batchSize` rows, as the importer makes them.
    func batches(of path: String, batchSize: Int) throws -> ContractBatches {
        let rows = try ContractImporter.rows(
            of: path, as: .dataGoThCSV, departmentID: "6960501", directory: nil, limits: .defaults)
        let record = { (rows: ContractRows) in
            ContractsImported(
                file: path, sha256: String(repeating: "0", count: 64), bytes: 1, source: rows.source,
                departmentID: "6960501", rowsRead: rows.rowsRead, records: rows.records, scientificTaxIDs: 0,
                invalidTaxIDs: 0, withoutContract: 0, headerRepair: nil, provenance: nil)
        }
        return ContractBatches(
            rows: rows, stream: ProcurementStreams.contracts(department: "6960501"), actor: "tester", now: Self.now,
            batchSize: batchSize, size: 1, record: record, progress: nil)
    }

    /// What the store appends of `batch` when its ledger holds none of the batch's rows.
    static func appends(_ batch: PendingContracts) -> [StreamAppend] {
        batch.keyed + (batch.event.map { [$0] } ?? []) + (batch.record.map { [$0] } ?? [])
    }

    /// The next batch the store takes through `pulled`, its ledger holding nothing.
    static func next(_ pulled: inout PulledLedgerBatches<ContractBatches, PendingContracts>) throws -> [StreamAppend]? {
        _ = try pulled.lookups()
        return try pulled.nextBatch(found: [])
    }

    @Test(arguments: [1, 2, 4, 100])
    func theSameBatchesInTheSameOrder(batchSize: Int) throws {
        var direct = try batches(of: Self.csv, batchSize: batchSize)
        var expected: [[StreamAppend]] = []
        while let batch = try direct.nextBatch() { expected.append(Self.appends(batch)) }

        let readAhead = ContractBatches.readAhead(try batches(of: Self.csv, batchSize: batchSize), name: "test-reader")
        var pulled = PulledLedgerBatches<ContractBatches, PendingContracts>(readAhead: readAhead)
        var got: [[StreamAppend]] = []
        while let batch = try Self.next(&pulled) { got.append(batch) }
        let source = readAhead.finish()

        #expect(got == expected)
        // The last batch holds the file's record, after the rows left over (alone when none are).
        #expect(got.count == 15 / batchSize + 1)
        #expect(source.rows.rowsRead == 15)
        #expect(pulled.new == 15 && pulled.duplicates == 0)
        #expect(pulled.events == (15 + batchSize - 1) / batchSize)
        #expect(try Self.next(&pulled) == nil)
    }

    @Test func aRefusedRowReachesTheStoreAsTheFilesError() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The example's lines end in CRLF, one `Character` in Swift.
        var lines = try String(contentsOfFile: Self.csv, encoding: .utf8).components(separatedBy: "\r\n")
        // The 13th row (line 14) gets a field too many: its columns are shifted.
        let index = 13
        try #require(lines.count > index)
        lines[index] += ",shifted"
        let path = folder.appendingPathComponent("shifted.csv").path
        try lines.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)

        let readAhead = ContractBatches.readAhead(try batches(of: path, batchSize: 2), name: "test-reader")
        var pulled = PulledLedgerBatches<ContractBatches, PendingContracts>(readAhead: readAhead)
        var taken = 0
        do {
            while try Self.next(&pulled) != nil { taken += 1 }
            Issue.record("the shifted row was accepted")
        } catch let error as ContractFileError {
            #expect(error.line == index + 1)
            #expect(taken == 6)
        }
        _ = readAhead.finish()
    }

    @Test func aStoreThatGivesUpStopsTheReader() throws {
        let readAhead = ContractBatches.readAhead(
            try batches(of: Self.csv, batchSize: 1), capacity: 2, name: "test-reader")
        var pulled = PulledLedgerBatches<ContractBatches, PendingContracts>(readAhead: readAhead)
        _ = try Self.next(&pulled)
        let source = readAhead.finish()
        // One batch taken, at most `capacity` waiting and one being made when the store stopped.
        #expect(source.rows.rowsRead >= 1 && source.rows.rowsRead <= 4)
    }

    @Test func everyBatchsPayloadIsCheckedOnTheReadingThread() throws {
        var direct = try batches(of: Self.csv, batchSize: 4)
        var events: [ProposedEvent] = []
        while let batch = try direct.nextBatch() { events += Self.appends(batch).flatMap(\.events) }
        let parts = events.filter { $0.type == ContractsRecorded.eventType }
        #expect(parts.count == 4)
        let records = try parts.flatMap {
            try ContractsRecorded.decode(payload: $0.payload, schemaVersion: $0.schemaVersion).records
        }
        #expect(records.count == 15)
        let unchecked = parts.filter { !$0.isPayloadCheckedText }
        #expect(unchecked.isEmpty)
    }

    @Test func theLedgersRowsAreLeftOutOfTheBatch() throws {
        var direct = try batches(of: Self.csv, batchSize: 100)
        let batch = try #require(try direct.nextBatch())
        #expect(batch.records.count == 15)
        // The ledger holds the second and the fifth row, and another key of the first row's project.
        let held = [batch.keys[1], batch.keys[4]]
        let other = ProcurementLedger.Key(projectID: batch.keys[0].projectID, fingerprint: 7)
        let found = [
            (held + [other]).map {
                SQLRow(
                    columns: ["project_id", "fingerprint"], values: [.text($0.projectID), .integer($0.fingerprint)])
            }
        ]

        let readAhead = ContractBatches.readAhead(try batches(of: Self.csv, batchSize: 100), name: "test-reader")
        var pulled = PulledLedgerBatches<ContractBatches, PendingContracts>(readAhead: readAhead)
        let lookups = try pulled.lookups()
        #expect(!lookups.isEmpty)
        let appends = try #require(try pulled.nextBatch(found: found))
        _ = readAhead.finish()
        let part = try #require(appends.first { $0.events.first?.type == ContractsRecorded.eventType })
        let proposed = try #require(part.events.first)
        let recorded = try ContractsRecorded.decode(payload: proposed.payload, schemaVersion: proposed.schemaVersion)
        let expected = batch.records.indices.filter { $0 != 1 && $0 != 4 }.map { batch.records[$0] }
        #expect(recorded.records == expected)
        #expect(proposed.payload == ContractsRecorded(records: expected).canonicalPayload())
        #expect(pulled.new == 13 && pulled.duplicates == 2 && pulled.events == 1)
    }

    /// A value that records the thread it is freed on.
    final class Freed: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var threads: [String: [pthread_t]] = [:]
        let test: String

        init(test: String) { self.test = test }

        deinit {
            let thread = pthread_self()
            Self.lock.withLock { Self.threads[test, default: []].append(thread) }
        }
    }

    @Test func batchesTheStoreIsDoneWithAreFreedByTheReadingThread() throws {
        let test = UUID().uuidString
        let count = 20
        let readAhead = ReadAhead<Int, [Freed]>(0, capacity: 1, name: "test-freeing-reader") { made, _ in
            guard made < count else { return nil }
            made += 1
            return (0..<10).map { _ in Freed(test: test) }
        }
        // This thread is the store's: it takes every batch and lets go of each before taking the next.
        let store = pthread_self()
        var taken = 0
        while let batch = try readAhead.nextBatch() {
            #expect(batch.count == 10)
            taken += 1
        }
        #expect(readAhead.finish() == count)
        #expect(taken == count)
        let threads = Freed.lock.withLock { Freed.threads[test] ?? [] }
        #expect(threads.count == count * 10)
        // Only the batches taken after the reader reached the end are freed by `finish()`, on the store's
        // thread: the one taken last, the one waiting, and the one the reader had not yet let go of.
        #expect(threads.filter { pthread_equal($0, store) == 0 }.count >= (count - 3) * 10)
    }
}
