import Foundation

/// An event a command wants to record: a past-tense fact, not yet in the log.
///
/// The store gives it a global sequence number, a stream version, the time it was recorded and its place in
/// the hash chain; everything else is decided by the command that proposes it.
public struct ProposedEvent: Sendable, Hashable {
    /// The event's type name, a past-tense fact such as `RiskIdentified` or `GiftReceived`.
    public var type: String
    /// The version of the payload's schema, so that old events can still be read after the type evolves.
    public var schemaVersion: Int
    /// When the fact happened (a meeting, a receipt), which may be earlier than when it is recorded.
    public var occurredAt: Date
    /// Who did it: the login or `--as` name of the person at the keyboard.
    public var actor: String
    /// The payload as canonical JSON (UTF-8); it is hashed byte for byte as stored.
    public var payload: Data
    /// An optional key that makes the append idempotent: an event whose key is already in the log is
    /// skipped, not appended again. Imports and flag runs use it so that repeating them adds nothing.
    /// An empty key counts as no key.
    public var dedupeKey: String? {
        didSet { if dedupeKey?.isEmpty == true { dedupeKey = nil } }
    }
    /// The typed event the payload was encoded from, for the projections of this append (see
    /// ``DecodedPayload``); not stored, and not part of the event's equality.
    public var decoded: DecodedPayload? {
        get { carrier.payload }
        set { carrier.payload = newValue }
    }
    private var carrier = PayloadCarrier()

    /// Creates a proposed event from an already encoded payload.
    public init(
        type: String, schemaVersion: Int = 1, occurredAt: Date, actor: String, payload: Data, dedupeKey: String? = nil,
        decoded: DecodedPayload? = nil
    ) {
        self.carrier = PayloadCarrier(payload: decoded)
        self.type = type
        self.schemaVersion = schemaVersion
        self.occurredAt = occurredAt
        self.actor = actor
        self.payload = payload
        self.dedupeKey = dedupeKey?.isEmpty == true ? nil : dedupeKey
    }

    /// Creates a proposed event from a typed domain event, encoding it canonically.
    public init<Event: DomainEvent>(_ event: Event, occurredAt: Date, actor: String, dedupeKey: String? = nil) throws {
        self.init(
            type: Event.eventType,
            schemaVersion: Event.schemaVersion,
            occurredAt: occurredAt,
            actor: actor,
            payload: try EventCoding.encode(event),
            dedupeKey: dedupeKey
        )
    }
}
