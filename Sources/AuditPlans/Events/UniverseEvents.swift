import EventStore

/// A subject was added to the audit universe, or any of its fields changed (stream `audit-subject/<id>`).
///
/// Carries the whole record, so the latest event of a subject's stream is its current state.
public struct AuditSubjectDefined: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditSubjectDefined"
    /// The subject as it now stands, every field.
    public var subject: AuditSubject

    /// Creates the value from its parts.
    public init(subject: AuditSubject) { self.subject = subject }
}
