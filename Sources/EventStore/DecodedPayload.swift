import Foundation

/// The typed event a payload was encoded from, carried beside the payload from the command that proposes
/// it to the projections applied in the same append, so that they need not parse back bytes that were
/// written a moment ago.
///
/// Why: a feed import appends events of a few megabytes each, and parsing every payload again to project
/// it was about an eighth of the store thread's work. The value is never stored or hashed, and it takes no
/// part in equality or hashing of the events that carry it (`PayloadCarrier`): the payload bytes are the
/// event. Events read back from the log have none, so a rebuild decodes the bytes,
/// and a projection must get the same value either way. That holds only when decoding the payload gives
/// back the value that was encoded, which debug builds (and so every test) check at each use
/// (``RecordedEvent/decode(_:)``); only `Equatable` events can be carried, so that the check is possible.
public struct DecodedPayload: Sendable {
    /// The event as proposed.
    let value: any Sendable
    /// Whether decoding `payload` (of that schema version) gives back ``value``: the debug check.
    let isDecoding: @Sendable (_ payload: Data, _ schemaVersion: Int) -> Bool

    /// Carries `event`, whose payload must be the encoding of exactly this value.
    public init<Event: DomainEvent & Equatable>(_ event: Event) {
        value = event
        isDecoding = { payload, schemaVersion in
            (try? Event.decode(payload: payload, schemaVersion: schemaVersion)) == event
        }
    }
}

/// Holds an event's ``DecodedPayload``, if any, without making it part of the event's equality or hash, so
/// that the events keep their synthesized `Hashable` over everything else: two events with the same
/// bytes are the same event, carried value or not.
struct PayloadCarrier: Sendable, Hashable {
    var payload: DecodedPayload?

    static func == (left: PayloadCarrier, right: PayloadCarrier) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}
