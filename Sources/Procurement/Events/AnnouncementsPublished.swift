import EventStore
import Foundation
import Sujarit

/// e-GP published these announcements, as read from one part (up to a batch, 5,000 by default) of one
/// announcement feed imported for a department: the event a feed import writes since schema 1 of this
/// type, in place of one ``AnnouncementPublished`` per announcement.
///
/// Recorded in the department's feed stream `egp-feed/<departmentID>`, in the same transaction as the rest
/// of the file and its ``FeedImported`` record. It carries only announcements the store did not hold yet:
/// the importer leaves out the ones it knows, and the read model's timeline, keyed on project, type, day
/// and document (the parts of ``EGPAnnouncement/fingerprint``), refuses any other inside the transaction,
/// so the log never says twice that one announcement was published. Why coarser events: one event per
/// announcement cost a log row in four B-trees, a hash link and a dedupe-key lookup each, two thirds of
/// an import's time (Benchmarks/RESULTS.md); the hash chain still covers every announcement, through the
/// payload of the event that carries it.
public struct AnnouncementsPublished: DomainEvent, Hashable {
    public static let eventType = "AnnouncementsPublished"
    public static let schemaVersion = 1

    /// One announcement: what ``AnnouncementPublished`` holds, less the department, which the event gives
    /// once for all of them.
    public struct Entry: Sendable, Hashable, Codable {
        /// The project (or plan item) the announcement is about.
        public var projectID: ProjectID
        /// What kind of announcement it is.
        public var type: AnnouncementType
        /// The procurement method, nil for plan items.
        public var method: ProcurementMethod?
        /// The Thai title, whitespace normalised, Thai digits kept; empty for untitled amendments.
        public var title: String
        /// The day e-GP published it.
        public var published: CalendarDate
        /// The link as given, nil when the item had none.
        public var link: String?
        /// The item's `description`, kept only when it differs from the canonical one (as in
        /// ``AnnouncementPublished/sourceDescription``).
        public var sourceDescription: String?
        /// The line of the `<item>` in the imported file.
        public var sourceLine: Int

        /// The entry for `announcement`.
        public init(_ announcement: EGPAnnouncement) {
            projectID = announcement.projectID
            type = announcement.type
            method = announcement.method
            title = announcement.title
            published = announcement.published
            link = announcement.link?.url
            sourceLine = announcement.line
            sourceDescription = nil
            if announcement.sourceDescription != canonicalDescription {
                sourceDescription = announcement.sourceDescription
            }
        }

        /// `<projectID>, <method>, <type>` as e-GP writes it (``AnnouncementPublished/canonicalDescription``).
        public var canonicalDescription: String {
            "\(projectID.rawValue), \(method?.thaiName ?? "' '"), \(type.thaiName)"
        }

        /// The announcement again, as the reader returned it.
        public var announcement: EGPAnnouncement {
            EGPAnnouncement(
                projectID: projectID, method: method, type: type, title: title, link: link.map(EGPLink.init(url:)),
                published: published, sourceDescription: sourceDescription ?? canonicalDescription, line: sourceLine)
        }

        init(
            projectID: ProjectID, type: AnnouncementType, method: ProcurementMethod?, title: String,
            published: CalendarDate, link: String?, sourceDescription: String?, sourceLine: Int
        ) {
            self.projectID = projectID
            self.type = type
            self.method = method
            self.title = title
            self.published = published
            self.link = link
            self.sourceDescription = sourceDescription
            self.sourceLine = sourceLine
        }
    }

    /// The buying department's e-GP id, as given with `--dept`.
    public var departmentID: String
    /// The announcements, in file order.
    public var announcements: [Entry]

    /// The event for `announcements` of department `departmentID`.
    public init(departmentID: String, announcements: [Entry]) {
        self.departmentID = departmentID
        self.announcements = announcements
    }

    /// The department's feed stream, `egp-feed/<departmentID>`.
    public var stream: StreamID { ProcurementStreams.feed(department: departmentID) }

    /// The proposed event, dated at the start (in Bangkok) of the latest publication day it carries.
    public func proposed(actor: String) -> ProposedEvent {
        ProposedEvent(
            type: Self.eventType, schemaVersion: Self.schemaVersion,
            occurredAt: announcements.map(\.published).max()?.startOfDay ?? Date(timeIntervalSince1970: 0), actor: actor,
            payload: encodedPayload())
    }
}

extension AnnouncementsPublished {
    /// The canonical payload, the same bytes ``EventStore/EventCoding/encode(_:)`` gives, written directly.
    public func encodedPayload() -> Data {
        // One buffer for the whole payload: a batch's event is a few megabytes.
        var writer = FlatJSON.Writer(capacity: 64 + announcements.count * 640)
        writer.raw(#""announcements":["#)
        for (index, entry) in announcements.enumerated() {
            writer.raw(index == 0 ? "{" : ",{")
            writer.beginObject()
            writer.add("link", entry.link)
            writer.add("method", entry.method?.key)
            writer.add("projectID", entry.projectID.rawValue)
            writer.add("published", entry.published.isoText)
            writer.add("sourceDescription", entry.sourceDescription)
            writer.add("sourceLine", entry.sourceLine)
            writer.add("title", entry.title)
            writer.add("type", entry.type.code)
            writer.raw("}")
        }
        writer.raw(#"],"departmentID":"#)
        writer.string(departmentID)
        return writer.finish()
    }

    /// Decodes a stored payload: the writer's shape directly, anything else through `JSONDecoder`.
    public static func decode(payload: Data, schemaVersion: Int) throws -> AnnouncementsPublished {
        guard schemaVersion <= Self.schemaVersion else {
            throw EventStoreError.unsupportedSchema(type: eventType, version: schemaVersion, supported: Self.schemaVersion)
        }
        if let event = fastDecode(payload) { return event }
        return try EventCoding.decode(Self.self, from: payload)
    }

    /// The event from the writer's shape, or nil when anything is missing, unknown or invalid. Read in
    /// one pass over the bytes (the projection decodes every event an import writes).
    static func fastDecode(_ payload: Data) -> AnnouncementsPublished? {
        struct Fields {
            var projectID: ProjectID?, type: AnnouncementType?, method: ProcurementMethod?
            var title: String?, published: CalendarDate?, link: String?, description: String?, line: Int?
        }
        var entries: [Entry] = []
        var department: String?
        var current = Fields()
        func named(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
            key.count == name.utf8CodeUnitCount && memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
        }
        let ok = FlatJSON.visitList(payload, listKey: "announcements", member: { key, value in
            guard !key.isEmpty else { return false }
            if case .null = value { return true }
            switch (key.count, value) {
            case let (4, .string(text)) where named(key, "link"): current.link = text
            case let (4, .string(text)) where named(key, "type"): current.type = AnnouncementType(rawValue: text)
            case let (5, .string(text)) where named(key, "title"): current.title = text
            case let (6, .string(text)) where named(key, "method"):
                guard let known = ProcurementMethod(key: text) else { return false }
                current.method = known
            case let (9, .string(text)) where named(key, "projectID"): current.projectID = ProjectID(text)
            case let (9, .string(text)) where named(key, "published"): current.published = CalendarDate.iso(text)
            case let (10, .integer(number)) where named(key, "sourceLine"): current.line = number
            case let (17, .string(text)) where named(key, "sourceDescription"): current.description = text
            default: return false
            }
            return true
        }, endObject: {
            guard let projectID = current.projectID, let type = current.type, let title = current.title,
                  let published = current.published, let line = current.line else { return false }
            entries.append(Entry(
                projectID: projectID, type: type, method: current.method, title: title, published: published,
                link: current.link, sourceDescription: current.description, sourceLine: line))
            current = Fields()
            return true
        }, other: { key, value in
            guard department == nil, named(key, "departmentID"), case let .string(text) = value else { return false }
            department = text
            return true
        })
        guard ok, let department else { return nil }
        return AnnouncementsPublished(departmentID: department, announcements: entries)
    }
}
