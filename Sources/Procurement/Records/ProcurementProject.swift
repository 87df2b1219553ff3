import Sujarit

/// Everything the store knows about one procurement project, joined from the e-GP feed (its timeline of
/// announcements) and contract data (prices, winner, contract): the record red flags are computed over.
///
/// Fields that no imported source gave are nil, never guessed: the feed carries no money and no winner,
/// and contract data exists only for projects with a signed contract.
public struct ProcurementProject: Sendable, Hashable, Codable {
    /// The e-GP project id (11 digits, the first two the BE year), or a plan id.
    public var projectID: EGPProjectID
    /// The buying department's e-GP id (4 digits central, 7 local, 10 a sub-unit's deptsubId), from the import's
    /// `--dept` or the contract data.
    public var departmentID: String
    /// The buying department's name, when contract data gives one.
    public var departmentName: String?
    /// The project's title (from contract data when present, else the latest titled announcement).
    public var title: String
    /// The procurement method, keyed on its Thai name.
    public var method: ProcurementMethod?
    /// The fiscal year, from contract data, else from the first announcement's date.
    public var fiscalYear: FiscalYear
    /// The budget (งบประมาณ).
    public var budget: Money?
    /// The reference price (ราคากลาง).
    public var referencePrice: Money?
    /// The agreed price (ราคาตกลงซื้อ/จ้าง), summed over the project's contracts when there are several.
    public var agreedPrice: Money?
    /// The project's contracts with their winners (usually one).
    public var contracts: [Contract]
    /// The announcements in published order.
    public var timeline: [TimelineEntry]
    /// Every bidder's name, when a bidder list exists (the CoST subset); nil when unknown, which is not zero.
    public var bidders: [String]?

    public init(
        projectID: EGPProjectID, departmentID: String, departmentName: String? = nil, title: String,
        method: ProcurementMethod?, fiscalYear: FiscalYear, budget: Money? = nil, referencePrice: Money? = nil,
        agreedPrice: Money? = nil, contracts: [Contract] = [], timeline: [TimelineEntry] = [], bidders: [String]? = nil
    ) {
        self.projectID = projectID
        self.departmentID = departmentID
        self.departmentName = departmentName
        self.title = title
        self.method = method
        self.fiscalYear = fiscalYear
        self.budget = budget
        self.referencePrice = referencePrice
        self.agreedPrice = agreedPrice
        self.contracts = contracts
        self.timeline = timeline
        self.bidders = bidders
    }

    /// One announcement in the project's timeline.
    public struct TimelineEntry: Sendable, Hashable, Codable {
        public var type: AnnouncementType
        public var published: CalendarDate
        /// The announcement's title ("" for an untitled amendment); nil when not read: the read model keeps
        /// titles in the log only, and ``ProcurementReadModel/project(_:in:)`` reads them, while the walks
        /// over many projects (``ProcurementReadModel/forEachProject(in:fiscalYear:departmentID:pageSize:_:)``)
        /// leave them out, as the indicators need only types and days.
        public var title: String?
        /// Where the announcement's project id was read, when the titles were read
        /// (``ProcurementReadModel/project(_:in:)``): `.link` for an item whose description had none.
        public var projectIDSource: EGPAnnouncement.ProjectIDSource?

        public init(
            type: AnnouncementType, published: CalendarDate, title: String?,
            projectIDSource: EGPAnnouncement.ProjectIDSource? = nil
        ) {
            self.type = type
            self.published = published
            self.title = title
            self.projectIDSource = projectIDSource
        }
    }

    /// One signed contract and its winner.
    public struct Contract: Sendable, Hashable, Codable {
        /// The winner's name as the source wrote it.
        public var winnerName: String
        /// The winner's tax id; nil when absent or unrecoverable (scientific notation in FY2565–2567 files).
        public var winnerTaxID: TaxID?
        public var contractNumber: String?
        public var signed: CalendarDate?
        public var finishes: CalendarDate?
        /// The contract's amount (งบสัญญา / price_agree).
        public var amount: Money?

        public init(
            winnerName: String, winnerTaxID: TaxID?, contractNumber: String?, signed: CalendarDate?,
            finishes: CalendarDate?, amount: Money?
        ) {
            self.winnerName = winnerName
            self.winnerTaxID = winnerTaxID
            self.contractNumber = contractNumber
            self.signed = signed
            self.finishes = finishes
            self.amount = amount
        }

        /// The winner as a party, for matching against declarations and gifts.
        public var winner: PartyReference { PartyReference(name: winnerName, taxID: winnerTaxID) }
    }

    /// The first day an announcement of `type` was published, if any.
    public func firstPublished(_ type: AnnouncementType) -> CalendarDate? {
        timeline.filter { $0.type == type }.map(\.published).min()
    }

    /// The day the project was awarded: the award in force (the latest winner announcement not cancelled,
    /// ``AwardHistory``), else the first contract signature.
    public var awarded: CalendarDate? {
        finalAwardDay ?? contracts.compactMap(\.signed).min()
    }
}
