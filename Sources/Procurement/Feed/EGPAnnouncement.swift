import Sujarit

/// One item of an e-GP announcement feed: a plan item, an invitation, a winner and so on, for one project.
///
/// Only items with a project id become announcements; the others are counted in ``EGPFeedSummary``. The
/// feed carries no department name, budget, price or winner: those come from contract data joined on
/// ``projectID``.
///
/// `==` compares every stored property, the source line included, so the same announcement read from two
/// files is not `==`; ``fingerprint`` is its identity across files.
///
/// ``projectID`` is not optional, although some feed items have no id: those items are never returned
/// (they are counted in ``EGPFeedSummary/withoutID``), so an optional would only make every consumer
/// handle a case that cannot occur.
public struct EGPAnnouncement: Sendable, Hashable, Codable {
    /// The project (or plan item) the announcement is about.
    public var projectID: EGPProjectID
    /// The procurement method, nil for plan items, whose method is blank (`' '`) in the feed.
    public var method: ProcurementMethod?
    /// What kind of announcement this is.
    public var type: AnnouncementType
    /// The Thai title with its digits as written (Thai digits stay Thai) and each run of whitespace made one
    /// space; empty for some amendments, which e-GP publishes without a title.
    public var title: String
    /// Where the announcement's document is, nil when the item has no link.
    public var link: EGPLink?
    /// The day e-GP published the announcement (`pubDate`).
    public var published: CalendarDate
    /// The item's `description` as written (whitespace normalised), kept as evidence of what was read.
    public var sourceDescription: String
    /// The line of the `<item>` start tag in the feed file, for messages and for tracing a record back.
    public var line: Int
    /// Where ``projectID`` was read: the description, as e-GP usually writes it, or the legacy
    /// `ShowHTMLFile` link of an item whose description has none.
    public var projectIDSource: ProjectIDSource

    /// Where an announcement's project id was read.
    public enum ProjectIDSource: String, Sendable, Hashable, Codable {
        /// The item's `description` (`<projectId>, <method>, <type>`).
        case description
        /// The `projectId` of the item's legacy `procsearch.sch?…proc_id=ShowHTMLFile…` link, because the
        /// description carried no id (older e-GP items do this).
        case link
    }

    /// Creates an announcement; the reader does this, tests and other importers may too.
    public init(
        projectID: EGPProjectID, method: ProcurementMethod?, type: AnnouncementType, title: String,
        link: EGPLink?, published: CalendarDate, sourceDescription: String, line: Int,
        projectIDSource: ProjectIDSource = .description
    ) {
        self.projectIDSource = projectIDSource
        self.projectID = projectID
        self.method = method
        self.type = type
        self.title = title
        self.link = link
        self.published = published
        self.sourceDescription = sourceDescription
        self.line = line
    }

    /// The fiscal year (1 Oct – 30 Sep, named for its BE year) the announcement was published in.
    public var fiscalYear: FiscalYear {
        FiscalYear.containing(published)
    }

    /// A stable identity for idempotent re-import: the same announcement read from any copy of any feed
    /// page gives the same fingerprint.
    ///
    /// The form is `egp1|<projectID>|<type code>|<published ISO date>|<document>`, where `<document>` is
    /// the link's ``EGPDocumentReference/canonical`` form, or `url:<link>` when the link has no known
    /// reference, or `title:<title>` when there is no link at all. It is unique enough because e-GP issues
    /// a new template or file id for every document it publishes, so two different announcements would
    /// need the same project, type and day *and* the same document to collide, which would make them the
    /// same announcement. Two amendments of one project on one day differ by their documents. Nothing that
    /// changes between copies of a file (line number, encoding, whitespace, URL host) takes part, and the
    /// `egp1` prefix lets a future rule change be told apart from old fingerprints. It is a plain string,
    /// not a hash, so a person can read it and a database can index it.
    public var fingerprint: String {
        Self.fingerprint(
            projectID: projectID.rawValue, type: type.code, published: published.isoText, document: document)
    }

    /// The fingerprint's last part: the document the announcement published (`template:<uuid>`,
    /// `file:<hex>`, `legacy:…`), else `url:<link>`, else `title:<title>`. The read model's timeline is
    /// keyed on the project, type, day and this.
    public var document: String {
        Self.document(reference: link?.reference, url: link?.url, title: title)
    }

    /// ``document`` from its parts, for events that store the link as a URL.
    static func document(reference: EGPDocumentReference?, url: String?, title: String) -> String {
        if let reference { return reference.canonical }
        if let url, !url.isEmpty { return "url:\(url)" }
        return "title:\(title)"
    }

    /// ``fingerprint`` from its parts, as the read model stores them.
    static func fingerprint(projectID: String, type: String, published: String, document: String) -> String {
        "egp1|\(projectID)|\(type)|\(published)|\(document)"
    }
}
