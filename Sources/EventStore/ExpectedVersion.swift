/// What the writer believes a stream's version to be when it appends: the store's optimistic lock.
///
/// A command reads a stream, decides, and appends with the version it read. If someone else appended in
/// between, the store refuses with ``EventStoreError/versionConflict(stream:expected:actual:)`` and writes
/// nothing, so no decision is ever taken on stale facts.
public enum ExpectedVersion: Sendable, Hashable, CustomStringConvertible {
    /// Append whatever the stream's version (imports, flags: idempotency comes from dedupe keys instead).
    case any
    /// The stream must not exist yet (creating a risk, opening a gift entry).
    case noStream
    /// The stream's last event must have exactly this version (1 for a stream with one event).
    case exactly(Int)

    /// Whether a stream currently at `actual` (0 when it has no events) satisfies this expectation.
    public func isSatisfied(byCurrentVersion actual: Int) -> Bool {
        switch self {
        case .any: true
        case .noStream: actual == 0
        case .exactly(let version): actual == version
        }
    }

    public var description: String {
        switch self {
        case .any: "any"
        case .noStream: "no stream (0)"
        case .exactly(let version): "\(version)"
        }
    }
}
