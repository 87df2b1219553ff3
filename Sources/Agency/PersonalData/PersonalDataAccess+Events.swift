import EventStore
import Foundation

extension PersonalDataAccess {
    /// The neutral event type shown in place of a personal-data one.
    public static let hiddenType = "ข้อมูลส่วนบุคคล / personal data"
    /// Shown in place of free text that names people (a reviewer's reason about them).
    public static let hiddenText = "(ซ่อน / hidden)"
    /// Shown in place of who recorded a personal-data event.
    public static let hiddenActor = hiddenText
    /// The payload shown in place of a personal-data one.
    public static let hiddenPayload = #"{"hidden":"personal data"}"#

    /// An event as a viewer may see it. For a reviewer it is the event itself; for anyone else, an event
    /// of a personal-data category has its payload and dedupe key replaced and, where the whole event names
    /// a person, its stream id (by an opaque reference to the event's sequence number, e.g.
    /// `coi/(ซ่อน #123)`: a hash of the id would not do, since staff ids are few and guessable), its type and
    /// its actor. Sequence, version, times and hashes stay, so the trail still proves the chain.
    public struct EventView: Sendable, Hashable {
        /// The event's position in the log.
        public var sequence: Int64
        /// `category/id`, or `category/(ซ่อน #sequence)`.
        public var stream: String
        /// The event's version within its stream.
        public var streamVersion: Int
        /// The event type, or ``PersonalDataAccess/hiddenType``.
        public var type: String
        /// The payload's schema version.
        public var schemaVersion: Int
        /// When it happened.
        public var occurredAt: Date
        /// When it was recorded.
        public var recordedAt: Date
        /// Who recorded it, or ``PersonalDataAccess/hiddenActor``.
        public var actor: String
        /// The payload as JSON text.
        public var payload: String
        /// The dedupe key, left out for a personal-data event.
        public var dedupeKey: String?
        /// The previous event's hash.
        public var previousHash: EventHash
        /// The event's hash.
        public var hash: EventHash
        /// True when something was left out for this viewer.
        public var redacted: Bool
    }

    /// `event` as the reader may see it (see ``EventView``).
    public func eventView(_ event: RecordedEvent) -> EventView {
        var shown = EventView(
            sequence: event.sequence, stream: event.streamID.description, streamVersion: event.streamVersion,
            type: event.type, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt,
            recordedAt: event.recordedAt, actor: event.actor, payload: event.payloadText,
            dedupeKey: event.dedupeKey, previousHash: event.previousHash, hash: event.hash, redacted: false
        )
        guard !seesPersonalData, let category = personalData(in: event.streamID.category) else { return shown }
        shown.redacted = true
        shown.payload = Self.hiddenPayload
        shown.dedupeKey = nil
        if category.exposure == .wholeEvent {
            shown.stream = "\(event.streamID.category)/(ซ่อน #\(event.sequence))"
            shown.type = Self.hiddenType
            shown.actor = Self.hiddenActor
        }
        return shown
    }

    /// `event`, found by `filter`, as the reader may see it; nil when it must be left out. A search by
    /// stream, actor or event type names a person or what they did: for a reader who may not see personal
    /// data, a match in a stream whose whole envelope is personal would itself tell that this person declared
    /// an interest or logged a gift, so such events are left out (a search by category or day is not).
    public func eventView(_ event: RecordedEvent, foundBy filter: EventFilter) -> EventView? {
        guard mayMatch(category: event.streamID.category, foundBy: filter) else { return nil }
        return eventView(event)
    }

    /// Whether the reader may see events of `category` that `filter` found (see ``eventView(_:foundBy:)``);
    /// for a count of matches by category, such as the footer of `sujarit events --last`.
    public func mayMatch(category: String, foundBy filter: EventFilter) -> Bool {
        let selective = filter.stream != nil || filter.actor != nil || !filter.types.isEmpty
        return mayMatch(category: category, bySelection: selective)
    }

    /// Whether the reader may see an event of `category` found by a search that itself names a person or
    /// what they did (`bySelection`: a stream id, an actor, an event type). False for events whose whole
    /// envelope is personal, for non-reviewers.
    public func mayMatch(category: String, bySelection selective: Bool) -> Bool {
        guard selective, !seesPersonalData, let declared = personalData(in: category) else { return true }
        return declared.exposure != .wholeEvent
    }
}
