import EventStore
import Foundation
import Sujarit

/// e-GP published an announcement (a plan item, a draft TOR, a reference price, an invitation, a winner,
/// or a cancellation or amendment) for a project of a department, as read from an announcement feed.
///
/// The event of feed imports before ``AnnouncementsPublished``, which imports now write instead (one event
/// per batch of a file rather than one per announcement). Stores keep these events for ever, so the type
/// stays readable and ``ProcurementProjection`` still folds it; nothing writes it any more.
///
/// Recorded in the project's stream `egp/<projectID>` with the announcement's
/// ``EGPAnnouncement/fingerprint`` as dedupe key, so importing the same feed again, or another copy or an
/// overlapping page, adds nothing. The payload is the announcement as read plus the department the user
/// named, since the feed does not carry it.
public struct AnnouncementPublished: DomainEvent, Hashable {
    public static let eventType = "AnnouncementPublished"
    public static let schemaVersion = 1

    /// The project (or plan item) the announcement is about.
    public var projectID: EGPProjectID
    /// The buying department's e-GP id (4 digits central, 7 local, 10 a sub-unit), as given with `--dept`.
    public var departmentID: String
    /// What kind of announcement it is.
    public var type: AnnouncementType
    /// The procurement method, nil for plan items.
    public var method: ProcurementMethod?
    /// The Thai title, whitespace normalised, Thai digits kept; empty for untitled amendments.
    public var title: String
    /// The day e-GP published it.
    public var published: CalendarDate
    /// The link as given, nil when the item had none. The document it points at (the fingerprint's
    /// last part) is derived from it: ``EGPLink/reference``.
    public var link: String?
    /// The item's `description` as written, kept only when it differs from the canonical
    /// `<projectID>, <method>, <type>` that the other fields give back (``canonicalDescription``): the
    /// feed's own text is evidence when it is unusual, and repeating the usual one in every event would
    /// only make a national log larger.
    public var sourceDescription: String?
    /// The line of the `<item>` in the file first imported with it.
    public var sourceLine: Int

    /// The event for `announcement` of department `departmentID`.
    public init(_ announcement: EGPAnnouncement, departmentID: String) {
        projectID = announcement.projectID
        self.departmentID = departmentID
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

    /// The description e-GP writes for these fields: `67119000333, ประกวดราคาอิเล็กทรอนิกส์ (e-bidding),
    /// ประกาศเชิญชวน`, with `' '` for a plan item's blank method.
    public var canonicalDescription: String {
        "\(projectID.rawValue), \(method?.thaiName ?? "' '"), \(type.thaiName)"
    }

    /// The e-GP document the link points at (``EGPDocumentReference/canonical``), nil when unknown.
    public var document: String? {
        link.flatMap(EGPDocumentReference.init(url:))?.canonical
    }

    /// The announcement again, as the reader returned it (the link's reference is derived from the URL).
    public var announcement: EGPAnnouncement {
        EGPAnnouncement(
            projectID: projectID, method: method, type: type, title: title, link: link.map(EGPLink.init(url:)),
            published: published, sourceDescription: sourceDescription ?? canonicalDescription, line: sourceLine)
    }

    /// The project's stream, `egp/<projectID>`.
    public var stream: StreamID { ProcurementStreams.project(projectID) }
}

/// The streams the procurement module writes to.
public enum ProcurementStreams {
    /// One project's history: its bidder records (and, in stores written before ``AnnouncementsPublished``
    /// and ``ContractsRecorded``, its announcements and contract rows), `egp/<projectID>`.
    public static func project(_ id: EGPProjectID) -> StreamID {
        // A project id is 11 digits or P/M and 11 digits, always a valid stream id.
        try! StreamID(category: "egp", id: id.rawValue)
    }

    /// The announcements imported for a department, `egp-feed/<departmentID>` (``AnnouncementsPublished``).
    public static func feed(department: String) -> StreamID {
        // A department id is 4, 7 or 10 digits, always a valid stream id.
        try! StreamID(category: "egp-feed", id: department)
    }

    /// The record of feed files imported for a department, `egp-import/<departmentID>`.
    public static func feedImports(department: String) -> StreamID {
        try! StreamID(category: "egp-import", id: department)
    }

    /// The contract rows imported for a department with `--dept`, `egp-contracts/<departmentID>`, or without
    /// one, `egp-contracts/all` (``ContractsRecorded``; a department id is digits, never `all`).
    public static func contracts(department: String?) -> StreamID {
        try! StreamID(category: "egp-contracts", id: department ?? "all")
    }

    /// The record of contract-data files imported, `egp-import/contracts`.
    public static let contractImports = try! StreamID(category: "egp-import", id: "contracts")
}

extension AnnouncementPublished {
    /// The canonical payload, the same bytes ``EventStore/EventCoding/encode(_:)`` gives, written directly
    /// (an import writes millions of these).
    public func encodedPayload() -> Data {
        var writer = FlatJSON.Writer()
        writer.add("departmentID", departmentID)
        writer.add("link", link)
        writer.add("method", method?.key)
        writer.add("projectID", projectID.rawValue)
        writer.add("published", published.isoText)
        writer.add("sourceDescription", sourceDescription)
        writer.add("sourceLine", sourceLine)
        writer.add("title", title)
        writer.add("type", type.code)
        return writer.finish()
    }

    /// Decodes a stored payload: the current version's flat object directly, anything else (or anything
    /// unexpected in it) through `JSONDecoder`, which also gives the precise error.
    public static func decode(payload: Data, schemaVersion: Int) throws -> AnnouncementPublished {
        if schemaVersion == Self.schemaVersion, let event = fastDecode(payload) { return event }
        guard schemaVersion <= Self.schemaVersion else {
            throw EventStoreError.unsupportedSchema(
                type: eventType, version: schemaVersion, supported: Self.schemaVersion)
        }
        return try EventCoding.decode(Self.self, from: payload)
    }

    /// The event from a flat payload, or nil when a field is missing, unknown or invalid.
    static func fastDecode(_ payload: Data) -> AnnouncementPublished? {
        guard let members = FlatJSON.read(payload) else { return nil }
        var projectID: EGPProjectID?, department: String?, type: AnnouncementType?, method: ProcurementMethod?
        var title: String?, published: CalendarDate?, link: String?, description: String?, line: Int?
        for (key, value) in members {
            switch (key, value) {
            case let ("departmentID", .string(text)): department = text
            case let ("link", .string(text)): link = text
            case let ("method", .string(text)):
                guard let known = ProcurementMethod(key: text) else { return nil }; method = known
            case let ("projectID", .string(text)): projectID = EGPProjectID(text)
            case let ("published", .string(text)): published = CalendarDate.iso(text)
            case let ("sourceDescription", .string(text)): description = text
            case let ("sourceLine", .integer(number)): line = number
            case let ("title", .string(text)): title = text
            case let ("type", .string(text)): type = AnnouncementType(rawValue: text)
            case (_, .null): continue
            default: return nil
            }
        }
        guard let projectID, let department, let type, let title, let published, let line else { return nil }
        return AnnouncementPublished(
            projectID: projectID, departmentID: department, type: type, method: method, title: title,
            published: published, link: link, sourceDescription: description, sourceLine: line)
    }

    /// The event with every stored field given.
    init(
        projectID: EGPProjectID, departmentID: String, type: AnnouncementType, method: ProcurementMethod?,
        title: String,
        published: CalendarDate, link: String?, sourceDescription: String?, sourceLine: Int
    ) {
        self.projectID = projectID
        self.departmentID = departmentID
        self.type = type
        self.method = method
        self.title = title
        self.published = published
        self.link = link
        self.sourceDescription = sourceDescription
        self.sourceLine = sourceLine
    }
}

extension CalendarDate {
    /// `YYYY-MM-DD`, as `formatted(.iso)` writes it for four-digit years, without its general machinery
    /// (an import formats two dates per announcement).
    var isoText: String {
        guard (1000...9999).contains(year) else { return formatted(.iso) }
        var bytes = [UInt8](repeating: UInt8(ascii: "-"), count: 10)
        var value = year
        for index in stride(from: 3, through: 0, by: -1) {
            bytes[index] = UInt8(0x30 + value % 10)
            value /= 10
        }
        bytes[5] = UInt8(0x30 + month / 10)
        bytes[6] = UInt8(0x30 + month % 10)
        bytes[8] = UInt8(0x30 + day / 10)
        bytes[9] = UInt8(0x30 + day % 10)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A date written `YYYY-MM-DD` exactly, or nil.
    static func iso(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { bytes -> CalendarDate? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard (0x30...0x39).contains(bytes[index]) else { return nil }
                    value = value * 10 + Int(bytes[index] - 0x30)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return try? CalendarDate(year: year, month: month, day: day)
        }
    }
}
