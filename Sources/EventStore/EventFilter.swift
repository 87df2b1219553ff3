import Foundation

/// Which events of the log to read: every criterion given must match (the audit trail's filters).
public struct EventFilter: Sendable, Hashable {
    /// Only this stream.
    public var stream: StreamID?
    /// Only streams of this category (`risk`, `gift`, …).
    public var category: String?
    /// Only these event types.
    public var types: Set<String>
    /// Only events recorded by this actor.
    public var actor: String?
    /// Only events recorded at or after this instant.
    public var recordedFrom: Date?
    /// Only events recorded before this instant.
    public var recordedBefore: Date?

    /// A filter that lets every event through.
    public static let all = EventFilter()

    public init(
        stream: StreamID? = nil, category: String? = nil, types: Set<String> = [], actor: String? = nil,
        recordedFrom: Date? = nil, recordedBefore: Date? = nil
    ) {
        self.stream = stream
        self.category = category
        self.types = types
        self.actor = actor
        self.recordedFrom = recordedFrom
        self.recordedBefore = recordedBefore
    }

    /// Whether the filter lets every event through.
    public var isEmpty: Bool { self == .all }
}
