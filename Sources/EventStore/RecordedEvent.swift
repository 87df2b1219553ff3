import Foundation

/// An event as it stands in the log: the proposed fact plus its place in the global order and the chain.
public struct RecordedEvent: Sendable, Hashable, Identifiable {
    /// The global position in the log, starting at 1 and without gaps.
    public let sequence: Int64
    /// The stream the event belongs to.
    public let streamID: StreamID
    /// The event's version within its stream, starting at 1 and without gaps.
    public let streamVersion: Int
    /// The event's type name (see ``DomainEvent/eventType``).
    public let type: String
    /// The schema version of the payload.
    public let schemaVersion: Int
    /// When the fact happened, to the microsecond.
    public let occurredAt: Date
    /// When the store recorded it, to the microsecond.
    public let recordedAt: Date
    /// Who recorded it.
    public let actor: String
    /// The canonical JSON payload, exactly as hashed.
    public let payload: Data
    /// The idempotency key, if the writer gave one.
    public let dedupeKey: String?
    /// The hash of the event before this one (all zeros for the first event).
    public let previousHash: EventHash
    /// SHA-256 over ``previousHash`` and the canonical encoding of this event.
    public let hash: EventHash
    /// The typed event the payload was encoded from, while the append that wrote it applies projections;
    /// nil for events read from the log (see ``DecodedPayload``). Not part of the event's equality.
    public var decoded: DecodedPayload? { carrier.payload }
    private let carrier: PayloadCarrier

    public var id: Int64 { sequence }

    /// Creates a recorded event; backends use it when reading rows.
    public init(
        sequence: Int64, streamID: StreamID, streamVersion: Int, type: String, schemaVersion: Int,
        occurredAt: Date, recordedAt: Date, actor: String, payload: Data, dedupeKey: String?,
        previousHash: EventHash, hash: EventHash, decoded: DecodedPayload? = nil
    ) {
        self.carrier = PayloadCarrier(payload: decoded)
        self.sequence = sequence
        self.streamID = streamID
        self.streamVersion = streamVersion
        self.type = type
        self.schemaVersion = schemaVersion
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.actor = actor
        self.payload = payload
        self.dedupeKey = dedupeKey
        self.previousHash = previousHash
        self.hash = hash
    }

    /// Decodes the payload as `Event`, checking the type name first.
    ///
    /// - throws: ``EventStoreError/unexpectedEventType(expected:found:sequence:)`` when this event is of
    ///   another type, or a decoding error when the payload does not match the schema.
    public func decode<Event: DomainEvent>(_ event: Event.Type) throws -> Event {
        guard type == Event.eventType else {
            throw EventStoreError.unexpectedEventType(expected: Event.eventType, found: type, sequence: sequence)
        }
        if let decoded, let event = decoded.value as? Event {
            assert(
                decoded.isDecoding(payload, schemaVersion),
                "\(Event.eventType): the payload does not decode to the event it was encoded from")
            return event
        }
        return try Event.decode(payload: payload, schemaVersion: schemaVersion)
    }

    /// The payload as text, for the audit trail.
    public var payloadText: String { String(decoding: payload, as: UTF8.self) }
}
