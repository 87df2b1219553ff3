import EventStore
import Foundation

/// Who may read personal data — declarations of interest, gift entries and what names them — and what
/// everyone else is shown instead: the one policy every output goes through (register listings, the audit
/// trail, red flags).
///
/// Such records fall under the PDPA. Only the internal auditor and the legal officer (นิติกร), whose work is
/// to review them, see names and details. Everyone else — executives, committee members, staff, and the
/// administrator, who keeps the store running but has no reviewing duty — sees totals, and so does an actor
/// the directory does not know. The log keeps the full record either way; this decides what is shown.
public enum PersonalDataAccess {
    /// How much a viewer sees.
    public enum View: String, Sendable, Hashable, Codable {
        /// Names and details.
        case full
        /// Counts and totals only.
        case totalsOnly = "totals-only"
    }

    /// The roles that see names and details.
    public static let detailRoles: Set<Role> = [.auditor, .legalOfficer]

    /// The directory entry of the acting user (`--as`, `SUJARIT_USER`), matched on the staff id.
    public static func viewer(named actor: String, in directory: AgencyDirectory) -> StaffMember? {
        directory.member(actor)
    }

    /// What `viewer` may see; nil (unknown) sees totals.
    public static func view(for viewer: StaffMember?) -> View {
        guard let viewer, !viewer.roles.isDisjoint(with: detailRoles) else { return .totalsOnly }
        return .full
    }
}

/// A stream category whose events hold personal data, and how much of such an event a viewer without a
/// reviewing role may see.
public struct PersonalDataCategory: Sendable, Hashable {
    /// How much of an event names a person.
    public enum Exposure: Sendable, Hashable {
        /// Only the payload (and the dedupe key built from it) names people: the stream, the event type and
        /// who recorded it may be shown. A committee's stream is the e-GP project number; a flag's is its id.
        case payload
        /// The whole event does: the stream id holds a staff id (`coi/67119000333-e-bidding-member-rusdee`),
        /// the event type says what the person did (`RecusalRecorded`), and the one who recorded it is often
        /// the person (a declarant signs her own declaration, a recipient logs his own gift).
        case wholeEvent
    }

    /// The stream category, e.g. `coi`.
    public var category: String
    /// The register that writes it, for the record.
    public var register: String
    /// How much of its events names a person.
    public var exposure: Exposure

    /// Declares `category` as holding personal data.
    public init(_ category: String, register: String, exposure: Exposure) {
        self.category = category
        self.register = register
        self.exposure = exposure
    }
}

extension PersonalDataAccess {
    /// Every stream category that holds personal data, declared here for all registers (Agency is the one
    /// module every register and every output sees). A register that adds such a category adds it here.
    public static let categories: [PersonalDataCategory] = [
        PersonalDataCategory("coi", register: "Declarations (declarations of interest and recusals)", exposure: .wholeEvent),
        PersonalDataCategory("coi-key", register: "Declarations (the key that makes declaration streams and COI flag dedupe keys opaque)", exposure: .wholeEvent),
        PersonalDataCategory("committee", register: "Declarations (procurement committees' members)", exposure: .payload),
        PersonalDataCategory("gift", register: "GiftLog (gifts received, given and refused)", exposure: .wholeEvent),
        PersonalDataCategory("flag", register: "Oversight (red flags whose evidence names declarants and recipients)", exposure: .payload),
    ]

    /// The declaration of `category`, when it holds personal data.
    public static func personalData(in category: String) -> PersonalDataCategory? {
        categories.first { $0.category == category }
    }

    /// The neutral event type shown in place of a personal-data one.
    public static let hiddenType = "ข้อมูลส่วนบุคคล / personal data"
    /// Shown in place of who recorded a personal-data event.
    public static let hiddenActor = "(ซ่อน / hidden)"
    /// The payload shown in place of a personal-data one.
    public static let hiddenPayload = #"{"hidden":"personal data"}"#

    /// An event as a viewer may see it. For a reviewer it is the event itself; for anyone else, an event
    /// of a personal-data category has its payload and dedupe key replaced and, where the whole event names
    /// a person, its stream id (by an opaque reference to the event's sequence number, e.g.
    /// `coi/(ซ่อน #123)`: a hash of the id would not do, since staff ids are few and guessable), its type and
    /// its actor. Sequence, version, times and hashes stay, so the trail still proves the chain.
    public struct EventView: Sendable, Hashable {
        public var sequence: Int64
        /// `category/id`, or `category/(ซ่อน #sequence)`.
        public var stream: String
        public var streamVersion: Int
        public var type: String
        public var schemaVersion: Int
        public var occurredAt: Date
        public var recordedAt: Date
        public var actor: String
        /// The payload as JSON text.
        public var payload: String
        public var dedupeKey: String?
        public var previousHash: EventHash
        public var hash: EventHash
        /// True when something was left out for this viewer.
        public var redacted: Bool
    }

    /// `event` as `view` may see it (see ``EventView``).
    public static func eventView(_ event: RecordedEvent, for view: View) -> EventView {
        var shown = EventView(
            sequence: event.sequence, stream: event.streamID.description, streamVersion: event.streamVersion, type: event.type,
            schemaVersion: event.schemaVersion, occurredAt: event.occurredAt, recordedAt: event.recordedAt, actor: event.actor,
            payload: event.payloadText, dedupeKey: event.dedupeKey, previousHash: event.previousHash, hash: event.hash, redacted: false
        )
        guard view != .full, let category = personalData(in: event.streamID.category) else { return shown }
        shown.redacted = true
        shown.payload = hiddenPayload
        shown.dedupeKey = nil
        if category.exposure == .wholeEvent {
            shown.stream = "\(event.streamID.category)/(ซ่อน #\(event.sequence))"
            shown.type = hiddenType
            shown.actor = hiddenActor
        }
        return shown
    }

    /// Whether `view` may see an event of `category` found by a search that itself names a person or what
    /// they did (a stream id, an actor, an event type): a match alone would tell that this person declared
    /// an interest or logged a gift. False for events whose whole envelope is personal, for non-reviewers.
    public static func mayMatch(category: String, bySelection selective: Bool, view: View) -> Bool {
        guard selective, view != .full, let declared = personalData(in: category) else { return true }
        return declared.exposure != .wholeEvent
    }
}
