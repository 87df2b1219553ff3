import Foundation

/// Reports progress of long work (rebuild, verify, imports): events done so far, and the total expected.
public typealias ProgressHandler = @Sendable (_ done: Int64, _ total: Int64) -> Void

/// The one append-only log behind every register.
///
/// Two backends implement it: ``SQLiteEventStore`` (one file, the default) and a PostgreSQL server for a
/// province or the country. Both pass the same conformance suite, so modules depend on this protocol only
/// and receive the store they run on.
public protocol EventStore: Sendable {
    /// Appends events to one or more streams in a single transaction: all of them, or none.
    ///
    /// Each stream's expected version is checked first; events whose dedupe key is already in the log are
    /// skipped. Registered projections are updated in the same transaction.
    /// - throws: ``EventStoreError/versionConflict(stream:expected:actual:)`` when a stream has moved on;
    ///   nothing is written then.
    func append(_ appends: [StreamAppend]) async throws -> AppendReceipt

    /// Appends every batch `source` supplies in a single transaction: all of them, or none.
    ///
    /// For imports too large to hold in memory (a 1 GB e-GP feed is about 2.5 million events): batches are
    /// pulled one at a time and projections are updated batch by batch, inside the same transaction.
    /// Expected versions and dedupe keys work as for ``append(_:)``; the receipt's `streamVersions` is empty.
    func append<Source: EventBatchSource>(streaming source: inout Source) async throws -> AppendReceipt

    /// The stream's current version: the version of its last event, 0 when it has none.
    func streamVersion(_ stream: StreamID) async throws -> Int

    /// Up to `limit` events of one stream with a version above `afterVersion`, in order.
    func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent]

    /// Up to `limit` events of the whole log with a sequence above `afterSequence` that match `filter`,
    /// in global order. Page through the log with the last sequence returned.
    func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent]

    /// Up to `limit` events of the whole log with a sequence below `beforeSequence` that match `filter`, the
    /// newest first. Page back through the log with the last sequence returned.
    ///
    /// For the newest events of a national log (`sujarit events --last 20`): read forward, they came after
    /// every other event, seconds of reading at a million events.
    func read(beforeSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent]

    /// How many events match `filter`, by the category of their stream (`risk`, `gift`, …).
    ///
    /// What a list that printed only some of them says in its footer ("the last 20 of 2,104,317"), without
    /// reading the rest; by category because who may see a category's events is the reader's to decide.
    func countEvents(filter: EventFilter) async throws -> [String: Int]

    /// The sequence number of the last event, 0 for an empty log.
    func lastSequence() async throws -> Int64

    /// Walks the whole chain and reports the first event whose sequence, link or hash does not match.
    func verify(progress: ProgressHandler?) async throws -> ChainReport

    /// Replays the whole log through the projections into a scratch database and compares every read-model
    /// table, and every projection's checkpoint, with what the store holds.
    ///
    /// The hash chain proves the log was not edited; this proves the tables reports read were not edited
    /// either (or damaged, or left behind). The store is only read; the scratch database is deleted after.
    ///
    /// - parameters:
    ///   - names: Only the projections of these names (what a report reads), or nil for all. A national
    ///     store's procurement read model holds millions of rows no report reads; replaying it for every
    ///     report was most of a report's time (issue 17).
    ///   - progress: Told how many events of how many have been replayed.
    /// - throws: ``EventStoreError/readModelCheckUnavailable(_:)`` for stores that do not implement it.
    func verifyReadModels(only names: Set<String>?, progress: ProgressHandler?) async throws -> ReadModelReport

    /// Drops every projection's tables and replays the whole log into them.
    func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport

    /// Runs a read-only query on the read models.
    func query(_ statement: SQLStatement) async throws -> [SQLRow]

    /// Runs several read-only queries in one read transaction, one result per statement, in order: one trip to
    /// the database and one snapshot for all of them (see `EventStore+QueryTogether.swift`).
    func query(together statements: [SQLStatement]) async throws -> [[SQLRow]]

    /// A short description of where the store lives, for messages (a path or a server without password).
    var location: String { get }

    /// The store that keeps, once for every agency of its database, the public data this store reads but does
    /// not hold (e-GP and contract data on a shared PostgreSQL server); nil when this store keeps its own
    /// (a SQLite file, a database holding one store, the public-data store itself, a replay as of a day).
    ///
    /// Why a store names it: only the backend knows whether its data is shared, and the modules that read
    /// public data (Procurement) must not depend on a backend.
    func publicDataStore() throws -> (any EventStore)?
}

/// Supplies the batches of one long append (see ``EventStore/append(streaming:)``).
///
/// A source whose next batch depends on what the store already holds (an import leaving out what it
/// recorded before) names the rows it needs in ``lookups()``: the store runs those statements inside the
/// append's own transaction, after taking the write lock, and hands the rows to ``nextBatch(found:)``. They
/// therefore see everything committed before the append and every batch written by it so far, and no other
/// append can change the answer before the batch is written. Plain sources implement ``nextBatch()`` only.
public protocol EventBatchSource {
    /// The next batch, or nil when there are no more. Throwing abandons the whole append.
    mutating func nextBatch() throws -> [StreamAppend]?

    /// Read-model queries whose rows the next batch depends on; none by default.
    mutating func lookups() throws -> [SQLStatement]

    /// The next batch, given the rows each statement of the last ``lookups()`` returned, in order, or nil
    /// when there are no more. By default ``nextBatch()``.
    mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]?
}

extension EventBatchSource {
    /// No lookups: the batch does not depend on the store.
    public mutating func lookups() throws -> [SQLStatement] { [] }

    /// The next batch, ignoring lookups (there are none).
    public mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]? { try nextBatch() }
}

/// What a rebuild did.
public struct RebuildReport: Sendable, Hashable {
    /// The projections rebuilt, by name.
    public var projections: [String]
    /// How many events were replayed.
    public var eventsReplayed: Int64

    public init(projections: [String], eventsReplayed: Int64) {
        self.projections = projections
        self.eventsReplayed = eventsReplayed
    }
}

extension EventStore {
    /// Stores keep their own public data unless they say otherwise (see the requirement).
    public func publicDataStore() throws -> (any EventStore)? { nil }

    /// Stores that cannot compare their read models with the log (a report's in-memory replay, whose read
    /// models are built from the log on the spot) say so instead of reporting a check they did not make.
    public func verifyReadModels(only names: Set<String>?, progress: ProgressHandler?) async throws -> ReadModelReport {
        throw EventStoreError.readModelCheckUnavailable(location)
    }

    /// Checks every projection's read model (``verifyReadModels(only:progress:)`` with no names).
    public func verifyReadModels(progress: ProgressHandler?) async throws -> ReadModelReport {
        try await verifyReadModels(only: nil, progress: progress)
    }

    /// A streaming append for stores that hold everything in memory anyway (snapshots, test doubles): the
    /// batches are collected and appended at once, so a source's lookups do not see its own earlier
    /// batches. The database backends implement it batch by batch.
    public func append<Source: EventBatchSource>(streaming source: inout Source) async throws -> AppendReceipt {
        var all: [StreamAppend] = []
        // Lookups see the store as it was before the append: these stores write nothing until the end.
        while true {
            var found: [[SQLRow]] = []
            for statement in try source.lookups() { found.append(try await query(statement)) }
            guard let batch = try source.nextBatch(found: found) else { break }
            all += batch
        }
        guard all.contains(where: { !$0.events.isEmpty }) else {
            return AppendReceipt(sequences: nil, appended: 0, duplicates: 0, streamVersions: [:])
        }
        var receipt = try await append(all)
        receipt.streamVersions = [:]
        return receipt
    }

    /// Stores without an index to read backwards (a report's snapshot, test doubles) walk the log forward and
    /// keep the newest `limit` events before `beforeSequence`.
    public func read(beforeSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        var newest: [RecordedEvent] = []
        var after: Int64 = 0
        reading: while true {
            let page = try await read(afterSequence: after, limit: 1_000, filter: filter)
            for event in page {
                guard event.sequence < beforeSequence else { break reading }
                newest.append(event)
                // Drop the older half at once: amortised constant time per event, memory within 2 × limit.
                if newest.count >= 2 * limit { newest.removeFirst(newest.count - limit) }
            }
            guard let final = page.last, page.count == 1_000 else { break }
            after = final.sequence
        }
        return newest.suffix(limit).reversed()
    }

    /// Stores without a query for it count by walking the log (see the requirement).
    public func countEvents(filter: EventFilter) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try await forEachEvent(filter: filter) { counts[$0.streamID.category, default: 0] += 1 }
        return counts
    }

    /// Appends events to a single stream.
    @discardableResult
    public func append(
        _ events: [ProposedEvent], to stream: StreamID, expectedVersion: ExpectedVersion
    ) async throws -> AppendReceipt {
        try await append([StreamAppend(stream: stream, expectedVersion: expectedVersion, events: events)])
    }

    /// Every event of one stream, in order. Streams are one aggregate's history, so they are short.
    public func events(in stream: StreamID) async throws -> [RecordedEvent] {
        var all: [RecordedEvent] = []
        var after = 0
        while true {
            let page = try await readStream(stream, afterVersion: after, limit: 1_000)
            all += page
            guard let last = page.last, page.count == 1_000 else { return all }
            after = last.streamVersion
        }
    }

    /// Calls `body` with each event of the log after `afterSequence` matching `filter`, in order, reading
    /// one page at a time (at most `pageSize` events, fewer when they are large: ``EventPaging``) so memory stays
    /// flat however long the log is.
    public func forEachEvent(
        afterSequence: Int64 = 0,
        filter: EventFilter = .all,
        pageSize: Int = 1_000,
        _ body: (RecordedEvent) throws -> Void
    ) async throws {
        var after = afterSequence
        var paging = EventPaging(maximum: pageSize)
        while true {
            let page = try await read(afterSequence: after, limit: paging.limit, filter: filter)
            for event in page { try body(event) }
            guard let last = page.last, paging.mayContinue(after: page) else { return }
            after = last.sequence
        }
    }

    /// Runs a read-only query given as SQL text and arguments.
    public func query(_ sql: String, _ arguments: [any SQLValueConvertible] = []) async throws -> [SQLRow] {
        try await query(SQLStatement(sql, arguments))
    }
}
