import EventStore
import Foundation
import PostgresNIO

/// A place in a log's hash chain: the sequence of an event and its hash (0 and all zeros before the first).
public struct ChainPosition: Sendable, Hashable, CustomStringConvertible {
    /// The event's sequence number; 0 for an empty log.
    public var sequence: Int64
    /// The event's hash; ``EventHash/genesis`` for an empty log.
    public var hash: EventHash

    /// The position of an empty log.
    public static let empty = ChainPosition(sequence: 0, hash: .genesis)

    /// The position of the event numbered `sequence` whose hash is `hash`.
    public init(sequence: Int64, hash: EventHash) {
        self.sequence = sequence
        self.hash = hash
    }

    public var description: String { sequence == 0 ? "#0 (empty)" : "#\(sequence) \(hash.short)" }
}

/// Why a verbatim import refused a batch; nothing of that batch was written.
public enum VerbatimImportError: Error, LocalizedError, Equatable, Sendable {
    /// The first event does not follow the store's head: another log, or a batch already copied.
    case doesNotContinue(location: String, head: ChainPosition, firstSequence: Int64, firstPreviousHash: EventHash)
    /// An event of the batch is out of order, does not link to the one before, or does not match its hash.
    case brokenChain(ChainBreak)
    /// An event stored with an empty dedupe key, which no store writes and which PostgreSQL cannot keep apart
    /// from no key.
    case emptyDedupeKey(sequence: Int64)

    public var errorDescription: String? {
        switch self {
        case let .doesNotContinue(location, head, first, previous):
            """
            The events do not continue the log of \(location): its last event is \(head), but the first event to \
            import is #\(first), which follows an event with hash \(previous.short). Nothing was imported.
            """
        case let .brokenChain(chainBreak):
            """
            Refusing to import: \(chainBreak). Nothing of this batch was imported; check the source with 'sujarit \
            verify'.
            """
        case let .emptyDedupeKey(sequence):
            """
            Refusing to import event #\(sequence): its dedupe key is empty, which Sujarit never writes (the \
            source was edited). Nothing of this batch was imported.
            """
        }
    }
}

extension PostgresEventStore {
    /// The last event's sequence and hash as the store recorded them at its last append.
    public func chainHead() async throws -> ChainPosition {
        try await ready()
        return try await mapErrors {
            try await session { connection in try await self.head(on: connection, lock: false) }
        }
    }

    /// Appends events another store recorded, exactly as they are: same sequence, stream version, times,
    /// actor, payload bytes, dedupe key and hashes, so that this store's chain is byte for byte the source's.
    ///
    /// This is how a store moves to the server (`sujarit migrate`). Nothing is trusted: the first event must
    /// follow this store's head (its sequence one more, its previous hash the head's hash), each later one the
    /// event before it, and every hash is recomputed from the event's fields. The batch is one transaction —
    /// the rows, the projections' statements and the new head — so an interrupted copy leaves a whole number
    /// of batches behind and can continue from the head.
    ///
    /// - returns: The new head of the chain.
    /// - throws: ``VerbatimImportError`` when the events do not continue this log or break the chain;
    ///   nothing is written then.
    @discardableResult
    public func importRecorded(_ events: [RecordedEvent]) async throws -> ChainPosition {
        try await ready()
        guard let first = events.first else { return try await chainHead() }
        // The batch is checked against the place it claims to follow before the head is locked, so the
        // hashing does not hold up other writers; under the lock that place must be the head.
        let claimed = ChainPosition(sequence: first.sequence - 1, hash: first.previousHash)
        let rows = try Self.verifiedColumns(events, after: claimed)
        return try await mapErrors {
            try await transaction { connection in
                // The lock on the head row makes this batch take its turn with appends and other copies.
                let head = try await self.head(on: connection, lock: true)
                guard head == claimed else {
                    throw VerbatimImportError.doesNotContinue(
                        location: self.location, head: head, firstSequence: first.sequence,
                        firstPreviousHash: first.previousHash
                    )
                }
                try await connection.query(rows.insertQuery, logger: self.logger)
                try await self.apply(events, on: connection)
                let last = events[events.count - 1]
                try await connection.query(
                    """
                    UPDATE chain_head SET sequence = \(last.sequence), hash = \
                    \(ByteBuffer(bytes: last.hash.bytes)) WHERE id = 1
                    """,
                    logger: self.logger
                )
                return ChainPosition(sequence: last.sequence, hash: last.hash)
            }
        }
    }

    /// The batch's rows once each event is checked against the chain from `head` on, in the order `verify`
    /// checks: the sequence, then the link to the event before, then the event's own hash.
    private static func verifiedColumns(_ events: [RecordedEvent], after head: ChainPosition) throws -> EventColumns {
        var rows = EventColumns()
        var sequence = head.sequence
        var previous = head.hash
        for event in events {
            guard event.sequence == sequence + 1 else {
                throw VerbatimImportError.brokenChain(
                    ChainBreak(
                        sequence: sequence + 1, kind: .sequenceGap(expected: sequence + 1, found: event.sequence)))
            }
            guard event.previousHash == previous else {
                throw VerbatimImportError.brokenChain(ChainBreak(sequence: event.sequence, kind: .brokenLink))
            }
            if event.dedupeKey?.isEmpty == true { throw VerbatimImportError.emptyDedupeKey(sequence: event.sequence) }
            let fields = EventHasher.Fields(
                sequence: event.sequence, streamID: event.streamID.description, streamVersion: event.streamVersion,
                type: event.type, schemaVersion: event.schemaVersion,
                occurredAtMicros: Microseconds.from(event.occurredAt),
                recordedAtMicros: Microseconds.from(event.recordedAt),
                actor: event.actor, payload: event.payload, dedupeKey: event.dedupeKey
            )
            // Recomputed from the fields as they will be stored: a row that does not match is refused, so the
            // copy's chain verifies exactly as the source's did.
            guard EventHasher.hash(fields, after: previous) == event.hash else {
                throw VerbatimImportError.brokenChain(ChainBreak(sequence: event.sequence, kind: .contentMismatch))
            }
            try rows.append(fields, previous: previous, hash: event.hash)
            sequence = event.sequence
            previous = event.hash
        }
        return rows
    }

    /// The head row, locked for the transaction when `lock` is set.
    func head(on connection: PostgresConnection, lock: Bool) async throws -> ChainPosition {
        let query: PostgresQuery =
            lock
            ? "SELECT sequence, hash FROM chain_head WHERE id = 1 FOR UPDATE"
            : "SELECT sequence, hash FROM chain_head WHERE id = 1"
        for try await (sequence, bytes) in try await connection.query(query, logger: logger).decode(
            (Int64, ByteBuffer).self)
        {
            guard let hash = EventHash(bytes: bytes.readableBytesView) else {
                throw EventStoreError.backend(
                    "the chain head of \(location) is damaged; run 'sujarit verify --store \(location)'")
            }
            return ChainPosition(sequence: sequence, hash: hash)
        }
        return .empty
    }
}
