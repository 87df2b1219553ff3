/// Checks events one by one, in sequence order, against the chain: each backend's `verify` feeds it rows.
public struct ChainWalker: Sendable {
    /// How many events have been checked and found sound.
    public private(set) var checked: Int64 = 0
    /// The sequence of the last sound event (0 before the first).
    public private(set) var lastSequence: Int64 = 0
    private var previousHash = EventHash.genesis

    public init() {}

    /// Checks the next event; returns where the chain breaks, or nil when this event is sound.
    ///
    /// The order of the checks decides what is reported: a missing or extra sequence number first (rows
    /// deleted or inserted), then the link to the previous event (rows reordered or replaced), then the
    /// content against its own hash (a row edited in place).
    public mutating func check(
        _ fields: EventHasher.Fields, storedPrevious: EventHash?, storedHash: EventHash?
    ) -> ChainBreak? {
        check(sequence: fields.sequence, storedPrevious: storedPrevious, storedHash: storedHash) {
            EventHasher.hash(fields, after: $0)
        }
    }

    /// The same check for a row whose contents the server hashed, for a reader who may not see them (personal
    /// data on a shared PostgreSQL server): `contentIntact` says whether its stored hash is its contents' hash.
    public mutating func check(
        sequence: Int64, storedPrevious: EventHash?, storedHash: EventHash?, contentIntact: Bool
    ) -> ChainBreak? {
        check(sequence: sequence, storedPrevious: storedPrevious, storedHash: storedHash) { previous in
            // The stored hash when the server found the contents intact, else a stand-in that differs from it.
            guard let storedHash else { return previous }
            guard contentIntact else {
                var bytes = storedHash.bytes
                bytes[0] ^= 0xff
                return EventHash(bytes: bytes) ?? previous
            }
            return storedHash
        }
    }

    /// The same check with the hash computed by `recompute` from the previous hash: a backend's walk hashes
    /// the row's stored bytes directly.
    mutating func check(
        sequence: Int64, storedPrevious: EventHash?, storedHash: EventHash?, recompute: (EventHash) -> EventHash
    ) -> ChainBreak? {
        let expected = lastSequence + 1
        guard sequence == expected else {
            return ChainBreak(sequence: expected, kind: .sequenceGap(expected: expected, found: sequence))
        }
        guard storedPrevious == previousHash else {
            return ChainBreak(sequence: sequence, kind: .brokenLink)
        }
        let recomputed = recompute(previousHash)
        guard storedHash == recomputed else {
            return ChainBreak(sequence: sequence, kind: .contentMismatch)
        }
        previousHash = recomputed
        lastSequence = sequence
        checked += 1
        return nil
    }

    /// The report once every row has been checked, comparing the end of the walk with the head of the
    /// chain the store recorded on its last append (nil for a store that never appended).
    ///
    /// A log shorter than the recorded head lost its tail; a log whose last hash differs from the recorded
    /// one had its tail rewritten, hashes and all; a log longer than it was added to outside Sujarit.
    public func finish(recordedHead: (sequence: Int64, hash: EventHash?)?) -> ChainReport {
        // No recorded head while events exist is a head at 0: the row was deleted, or every event added outside.
        let recordedHead = recordedHead ?? (sequence: 0, hash: nil)
        if recordedHead.sequence > lastSequence {
            return report(
                breakingAt: ChainBreak(
                    sequence: recordedHead.sequence, kind: .truncated(expectedLast: recordedHead.sequence)))
        }
        if recordedHead.sequence == lastSequence, lastSequence > 0, recordedHead.hash != previousHash {
            return report(breakingAt: ChainBreak(sequence: lastSequence, kind: .headMismatch))
        }
        if recordedHead.sequence < lastSequence {
            return report(
                breakingAt: ChainBreak(
                    sequence: recordedHead.sequence + 1, kind: .headBehind(recordedLast: recordedHead.sequence)))
        }
        return report(breakingAt: nil)
    }

    /// The report for a walk that stopped at `chainBreak`, or went through to the end when it is nil.
    public func report(breakingAt chainBreak: ChainBreak?) -> ChainReport {
        ChainReport(
            eventsChecked: checked,
            headHash: chainBreak == nil && checked > 0 ? previousHash : nil,
            firstBreak: chainBreak
        )
    }
}
