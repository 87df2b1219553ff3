import EventStore
import Foundation
import Sujarit

/// e-GP published an announcement (a plan item, a draft TOR, a reference price, an invitation, a winner,
/// or a cancellation or amendment) for a project of a department, as read from an announcement feed.
///
/// Recorded in the project's stream `egp/<projectID>` with the announcement's
/// ``EGPAnnouncement/fingerprint`` as dedupe key, so importing the same feed again, or another copy or an
/// overlapping page, adds nothing. The payload is the announcement as read plus the department the user
/// named, since the feed does not carry it.
public struct AnnouncementPublished: DomainEvent, Hashable {
    public static let eventType = "AnnouncementPublished"
    public static let schemaVersion = 1

    /// The project (or plan item) the announcement is about.
    public var projectID: ProjectID
    /// The buying department's e-GP id (4 digits central, 7 local), as given with `--dept`.
    public var departmentID: String
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
    /// The e-GP document the link points at (``EGPDocumentReference/canonical``), nil when unknown.
    public var document: String?
    /// The item's `description` as written, kept as evidence of what was read.
    public var sourceDescription: String
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
        document = announcement.link?.reference?.canonical
        sourceDescription = announcement.sourceDescription
        sourceLine = announcement.line
    }

    /// The announcement again, as the reader returned it (the link's reference is derived from the URL).
    public var announcement: EGPAnnouncement {
        EGPAnnouncement(
            projectID: projectID, method: method, type: type, title: title, link: link.map(EGPLink.init(url:)),
            published: published, sourceDescription: sourceDescription, line: sourceLine)
    }

    /// The project's stream, `egp/<projectID>`.
    public var stream: StreamID { ProcurementStreams.project(projectID) }
}

/// The streams the procurement module writes to.
public enum ProcurementStreams {
    /// One project's history: its announcements and contract records, `egp/<projectID>`.
    public static func project(_ id: ProjectID) -> StreamID {
        // A project id is 11 digits or P/M and 11 digits, always a valid stream id.
        try! StreamID(category: "egp", id: id.rawValue)
    }

    /// The record of feed files imported for a department, `egp-import/<departmentID>`.
    public static func feedImports(department: String) -> StreamID {
        try! StreamID(category: "egp-import", id: department)
    }

    /// The record of contract-data files imported, `egp-import/contracts`.
    public static let contractImports = try! StreamID(category: "egp-import", id: "contracts")
}
