import Foundation

/// A point of the hash chain written down outside the store — on a printed report, in minutes, in an email —
/// as `sequence:hash-prefix`, e.g. `1204:3f9a0c5e71d2b84a`.
///
/// The chain alone shows that no event was changed *unless* someone with write access to the store rewrote
/// every later hash as well. An anchor kept elsewhere closes that gap: `sujarit verify --anchor` checks the
/// event at that sequence still has that hash, so history before a printed report cannot be rewritten
/// without the paper disagreeing.
public struct ChainAnchor: Sendable, Hashable, CustomStringConvertible {
    /// The event the anchor names.
    public var sequence: Int64
    /// The first hex digits of its hash, lowercase (at least 12, 16 as printed).
    public var hashPrefix: String

    /// How many hex digits an anchor carries when Sujarit prints one: 64 bits, far beyond forging by trial.
    public static let printedDigits = 16

    /// The anchor of `event`, as reports print it.
    public init(_ event: RecordedEvent) {
        sequence = event.sequence
        hashPrefix = String(event.hash.description.prefix(Self.printedDigits))
    }

    /// Parses `sequence:hex`; nil when it is not one. Thai digits are accepted anywhere, since a report
    /// printed with `--thai-digits` shows the anchor's digits in Thai.
    public init?(parsing text: String) {
        let arabic = String(
            text.trimmingCharacters(in: .whitespaces).unicodeScalars.map { scalar in
                (0x0E50...0x0E59).contains(scalar.value)
                    ? Character(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!) : Character(scalar)
            })
        let parts = arabic.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let digits = String(parts[0])
        let hex = parts[1].lowercased()
        guard let sequence = Int64(digits), sequence > 0, hex.count >= 12, hex.count <= 64,
            hex.allSatisfy({ $0.isHexDigit })
        else { return nil }
        self.sequence = sequence
        hashPrefix = hex
    }

    public var description: String { "\(sequence):\(hashPrefix)" }

    /// What the store holds at the anchor's sequence.
    public enum Finding: Sendable, Hashable {
        /// The event there has the anchored hash.
        case matches
        /// The event there has another hash: the log was rewritten since the anchor was written down.
        case differs(found: EventHash)
        /// The log has no event there: it was truncated since.
        case missing
    }

    /// Checks the anchor against `store`.
    public func check(in store: any EventStore) async throws -> Finding {
        guard let event = try await store.read(afterSequence: sequence - 1, limit: 1, filter: .all).first,
            event.sequence == sequence
        else {
            return .missing
        }
        return event.hash.description.hasPrefix(hashPrefix) ? .matches : .differs(found: event.hash)
    }

    /// The anchor of the last event of `store`, nil for an empty log.
    public static func head(of store: any EventStore) async throws -> ChainAnchor? {
        try await event(at: try await store.lastSequence(), in: store)
    }

    /// The anchor of the event at `sequence`, for a caller that already knows the last sequence it read;
    /// nil when the log has no such event.
    public static func event(at sequence: Int64, in store: any EventStore) async throws -> ChainAnchor? {
        guard sequence > 0, let event = try await store.read(afterSequence: sequence - 1, limit: 1, filter: .all).first,
            event.sequence == sequence
        else { return nil }
        return ChainAnchor(event)
    }
}
