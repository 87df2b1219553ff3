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
    public var payload: Data {
        didSet { textCheck = TextCheck() }
    }
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
    /// Whether ``payload`` was found to be text the store can keep (see ``checkPayloadText()``); reset when the
    /// payload changes, and not part of the event's equality.
    private var textCheck = TextCheck()

    /// Whether the payload has been checked to be UTF-8 without a NUL byte, as every store requires.
    public var isPayloadCheckedText: Bool { textCheck.passed }

    /// Checks that the payload is UTF-8 without a NUL byte (SQLite's text would cut at one) and remembers
    /// that it is, so that the store's append, which must hold the write lock while it works, need not check
    /// again. An import calls this on its reading thread. Returns whether the payload passed; a payload
    /// that fails is left to the store to refuse with its message.
    @discardableResult
    public mutating func checkPayloadText() -> Bool {
        textCheck.passed = textCheck.passed || Self.isText(payload)
        return textCheck.passed
    }

    /// Whether `payload` is well-formed UTF-8 without a NUL byte.
    public static func isText(_ payload: Data) -> Bool {
        payload.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return true }
            // `memchr` scans words at a time; the standard library's validation too (decoding scalar by scalar
            // through an iterator was about 3 % of a feed import).
            return memchr(base, 0, raw.count) == nil
                && String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) != nil
        }
    }

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

/// The outcome of ``ProposedEvent/checkPayloadText()``: remembered with the event, but no part of what the
/// event is (two events with the same fields are equal whether or not one of them was checked).
private struct TextCheck: Sendable, Hashable {
    var passed = false

    static func == (left: TextCheck, right: TextCheck) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}
