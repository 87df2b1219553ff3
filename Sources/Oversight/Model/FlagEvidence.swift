import Procurement
import Sujarit

/// What a flag rests on: the records involved, the numbers computed from them, and the cut-off they were
/// compared with. Stored whole on the flag's event, so an explanation never depends on data that may change.
///
/// The model has no coding of its own: the log and the `red_flags` read model store it as
/// `FlagEvidencePayloadV1`, and its `Encodable` conformance (for `flags explain --json`) writes that form too.
public struct FlagEvidence: Sendable, Hashable {
    /// The procurement projects involved, at most ``FlagEvidence/maxProjects`` of them.
    public var projects: [ProjectFact]
    /// How many more projects were involved than are listed.
    public var omittedProjects: Int
    /// The supplier concerned, when the flag is about one.
    public var supplier: PartyReference?
    /// The numbers the rule computed, by name (see ``FigureName``).
    public var figures: [Figure]
    /// The threshold or data-derived cut-off the rule compared with.
    public var cutOff: CutOff?
    /// Staff involved (personal data): declarants, committee members, gift recipients.
    public var people: [PersonFact]
    /// Declarations involved (personal data).
    public var declarations: [DeclarationFact]
    /// Gift entries involved (personal data).
    public var gifts: [GiftFact]

    /// The most projects kept on one flag; a department-wide flag counts the rest in ``omittedProjects``.
    public static let maxProjects = 40

    /// Creates the value from its parts.
    public init(
        projects: [ProjectFact] = [], supplier: PartyReference? = nil, figures: [Figure] = [], cutOff: CutOff? = nil,
        people: [PersonFact] = [], declarations: [DeclarationFact] = [], gifts: [GiftFact] = []
    ) {
        self.projects = projects.count <= Self.maxProjects ? projects : Array(projects.prefix(Self.maxProjects))
        self.omittedProjects = max(0, projects.count - Self.maxProjects)
        self.supplier = supplier
        self.figures = figures
        self.cutOff = cutOff
        self.people = people
        self.declarations = declarations
        self.gifts = gifts
    }

    /// The figure called `name`, if the rule recorded one.
    public func figure(_ name: FigureName) -> FigureValue? {
        figures.first { $0.name == name.rawValue }?.value
    }

    /// Whether anything in it names a person.
    public var namesPeople: Bool { !people.isEmpty || !declarations.isEmpty || !gifts.isEmpty }

    /// The evidence as a list of flags shows it, which is what the red flags' read model keeps: the cut-off, the
    /// figures, the supplier and the first project, the other projects only counted (``omittedProjects``),
    /// and no people, declarations or gifts. The whole evidence stays in the flag's events, which
    /// `flags explain` folds.
    ///
    /// Why: a national run's 123,440 flags hold 3.4 KB of evidence each, mostly their projects. Kept whole in
    /// the table too, it was a third of what a run wrote, and every report's check of the read models replayed
    /// and compared it again (issue 17). A list reads a key figure and the first project, nothing more.
    public var listed: FlagEvidence {
        var listed = self
        listed.projects = Array(projects.prefix(1))
        listed.omittedProjects = projects.count + omittedProjects - listed.projects.count
        listed.people = []
        listed.declarations = []
        listed.gifts = []
        return listed
    }
}

extension FlagEvidence: Encodable {
    /// Writes the evidence as the log stores it (`FlagEvidencePayloadV1`), for `flags explain --json`: scripts
    /// read the same shape as the events, and there is one coding of a figure rather than two to keep alike.
    public func encode(to encoder: any Encoder) throws { try FlagEvidencePayloadV1(self).encode(to: encoder) }
}

/// One procurement project as a flag cites it.
public struct ProjectFact: Sendable, Hashable {
    /// The e-GP project id.
    public var projectID: String
    /// The project's title.
    public var title: String
    /// The method's key (`specific`, `e-bidding`, …).
    public var method: String?
    /// The fiscal year the flag is about.
    public var fiscalYear: FiscalYear
    /// The e-GP department id of the buyer.
    public var departmentID: String
    /// The buyer's name, when the data gave one.
    public var departmentName: String?
    /// The award day: the first winner announcement, else the first contract signature.
    public var awarded: CalendarDate?
    /// The amount the rule used (agreed price, else contracts).
    public var amount: Money?
    /// The reference price (ราคากลาง).
    public var referencePrice: Money?
    /// The budget (งบประมาณ).
    public var budget: Money?
    /// The winners' names as the data wrote them.
    public var winners: [String]

    /// Creates the value from its parts.
    public init(
        projectID: String, title: String, method: String?, fiscalYear: FiscalYear, departmentID: String,
        departmentName: String? = nil, awarded: CalendarDate? = nil, amount: Money? = nil,
        referencePrice: Money? = nil, budget: Money? = nil, winners: [String] = []
    ) {
        self.projectID = projectID
        self.title = title
        self.method = method
        self.fiscalYear = fiscalYear
        self.departmentID = departmentID
        self.departmentName = departmentName
        self.awarded = awarded
        self.amount = amount
        self.referencePrice = referencePrice
        self.budget = budget
        self.winners = winners
    }

    /// The project's facts as the rules see them.
    public init(_ project: ProcurementProject, amount: Money? = nil) {
        self.init(
            projectID: project.projectID.rawValue, title: project.title, method: project.method?.key,
            fiscalYear: project.fiscalYear, departmentID: project.departmentID, departmentName: project.departmentName,
            awarded: project.awarded, amount: amount ?? project.awardAmount, referencePrice: project.referencePrice,
            budget: project.budget,
            winners: project.contracts.count == 1
                ? [project.contracts[0].winnerName] : project.contracts.map(\.winnerName)
        )
    }
}

/// A named number on a flag.
public struct Figure: Sendable, Hashable {
    /// The name the rules and explanations look it up by.
    public var name: String
    /// The value.
    public var value: FigureValue

    /// Creates the value from its parts.
    public init(_ name: FigureName, _ value: FigureValue) {
        self.name = name.rawValue
        self.value = value
    }
}

/// The names rules give their figures; explanations look them up.
public enum FigureName: String, Sendable, Hashable, CaseIterable {
    case total, count, largest, share, ratio, days, inBand = "in-band", belowBand = "below-band", bandFrom = "band-from"
    case bandTo = "band-to", threshold, septemberSpending = "september-spending", otherMonthlyAverage =
        "other-monthly-average"
    case departmentTotal = "department-total", departmentAwards = "department-awards", wins, agreed, reference, budget
    case contracts, projects, changed, bidders, firstDay = "first-day", lastDay = "last-day", invitation, winner
    case giftValue = "gift-value", giftDate = "gift-date", windowDays = "window-days"
    case regionTotal = "region-total", regionAwards = "region-awards", agencies, tiedSeats = "tied-seats"
}

/// A number with its kind, so it is written the right way (baht, days, per cent).
public enum FigureValue: Sendable, Hashable {
    case money(Money)
    case count(Int)
    /// A share between 0 and 1, written as a percentage.
    case share(Double)
    case ratio(Double)
    /// A plain number, such as a fence of 3.5 wins or 2.5 days.
    case number(Double)
    case days(Int)
    case date(CalendarDate)

    /// Six decimals are plenty for a share or ratio, and keep what is printed the same on every machine.
    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    /// The value written for people: `1,230,000.00 บาท`, `62.5 %`, `3.40×`, `12 วัน`, `3 ก.ย. 2568`.
    public var text: String {
        switch self {
        case .money(let value): "\(value.formatted()) บาท"
        case .count(let value): String(value)
        case .share(let value): "\(Self.decimal(value * 100, places: 1)) %"
        case .ratio(let value): "\(Self.decimal(value, places: 2))×"
        case .number(let value):
            value == value.rounded() ? Self.decimal(value, places: 0) : Self.decimal(value, places: 2)
        case .days(let value): "\(value) วัน"
        case .date(let value): value.formatted(.thaiMedium)
        }
    }

    /// The value for English sentences: `1,230,000.00 baht`, `12 days`; other kinds as ``text``.
    public var englishText: String {
        switch self {
        case .money(let value): "\(value.formatted()) baht"
        case .days(let value): value == 1 ? "1 day" : "\(value) days"
        case .date(let value): value.formatted(.iso)
        default: text
        }
    }

    /// The value for machines: plain numbers and ISO dates.
    public var machineText: String {
        switch self {
        case .money(let value): value.decimalString
        case .count(let value), .days(let value): String(value)
        case .share(let value), .ratio(let value), .number(let value): String(Self.rounded(value))
        case .date(let value): value.description
        }
    }

    /// A fixed-point rendering without Foundation's locale-dependent formatting.
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let whole = scaled / Int64(scale), fraction = scaled % Int64(scale)
        var digits = String(fraction)
        while digits.count < places { digits = "0" + digits }
        return (value < 0 && scaled != 0 ? "-" : "") + String(whole) + (places > 0 ? "." + digits : "")
    }
}

/// The threshold a rule compared with, and where it came from.
public struct CutOff: Sendable, Hashable {
    /// Where the value in force came from.
    public enum Basis: String, Sendable, Hashable {
        /// A fixed value from `Registers/red-flags.yaml`.
        case configured
        /// The data's own fence (Q1 − k·IQR or Q3 + k·IQR), which was stricter than the configured floor.
        case dataFence = "data-fence"
        /// The configured floor, because the data's fence was laxer or the data too thin to compute one.
        case floor
    }

    /// The setting's path in the configuration file, e.g. `splitting.limit`.
    public var setting: String
    /// The value in force.
    public var value: FigureValue
    /// Where the value in force came from.
    public var basis: Basis
    /// The configuration file's version.
    public var configurationVersion: Int
    /// The data's statistics, when the rule computed a fence.
    public var statistics: FenceStatistics?

    /// Creates the value from its parts.
    public init(
        setting: String, value: FigureValue, basis: Basis, configurationVersion: Int, statistics: FenceStatistics? = nil
    ) {
        self.setting = setting
        self.value = value
        self.basis = basis
        self.configurationVersion = configurationVersion
        self.statistics = statistics
    }
}

/// Quartiles of a population and the fence derived from them, as cardinal-rs computes outliers.
public struct FenceStatistics: Sendable, Hashable {
    /// Which side is unusual: `upper` (Q3 + k·IQR) or `lower` (Q1 − k·IQR).
    public enum Side: String, Sendable, Hashable { case upper, lower }
    /// Which side of the distribution is unusual.
    public var side: Side
    /// The first quartile.
    public var q1: Double
    /// The third quartile.
    public var q3: Double
    /// k in the fence.
    public var multiplier: Double
    /// How many values the quartiles were computed from.
    public var sample: Int
    /// What the values were, e.g. `department-years`, `e-bidding projects`.
    public var population: String

    /// Creates the value from its parts.
    public init(side: Side, q1: Double, q3: Double, multiplier: Double, sample: Int, population: String) {
        self.side = side
        self.q1 = FigureValue.rounded(q1)
        self.q3 = FigureValue.rounded(q3)
        self.multiplier = multiplier
        self.sample = sample
        self.population = population
    }

    /// The interquartile range, Q3 − Q1.
    public var iqr: Double { q3 - q1 }

    /// Q3 + k·IQR or Q1 − k·IQR.
    public var fence: Double { side == .upper ? q3 + multiplier * iqr : q1 - multiplier * iqr }
}

/// A member of staff named by a flag, and in what capacity.
public struct PersonFact: Sendable, Hashable {
    /// The staff id.
    public var staffID: String
    /// The department code at the time (declaration signed, gift received).
    public var department: String?
    /// The capacity: a procurement role (`e-bidding-member`), `declarant` or `recipient`.
    public var capacity: String

    /// Creates the value from its parts.
    public init(staffID: String, department: String?, capacity: String) {
        self.staffID = staffID
        self.department = department
        self.capacity = capacity
    }
}

/// A declared interest a flag rests on.
public struct DeclarationFact: Sendable, Hashable {
    /// The declaration's id.
    public var declarationID: String
    /// The declarant's staff id.
    public var declarant: String
    /// The department code at the time.
    public var department: String
    /// The project the declaration was for; nil for an annual one.
    public var project: String?
    /// The party of the interest.
    public var party: PartyReference
    /// The `Relationship` raw value (`relative`, `shareholder`, …).
    public var relationship: String
    /// Free text from the form.
    public var detail: String?
    /// Whether the declarant stood down from the project because of it.
    public var recused: Bool

    /// Creates the value from its parts.
    public init(
        declarationID: String, declarant: String, department: String, project: String?, party: PartyReference,
        relationship: String, detail: String?, recused: Bool
    ) {
        self.declarationID = declarationID
        self.declarant = declarant
        self.department = department
        self.project = project
        self.party = party
        self.relationship = relationship
        self.detail = detail
        self.recused = recused
    }
}

/// A gift received by staff, with who gave it: what the gift rule reads from the log, and what a flag
/// raised on it keeps as evidence (so the flag shows the gift as it was when raised).
public struct GiftFact: Sendable, Hashable {
    /// The gift entry's id.
    public var entryID: String
    /// The recipient's staff id.
    public var recipient: String
    /// The department code at the time.
    public var department: String
    /// Who gave it.
    public var giver: PartyReference
    /// The day of the gift.
    public var date: CalendarDate
    /// The value.
    public var value: Money
    /// What it was.
    public var description: String
    /// The occasion.
    public var occasion: String

    /// Creates the value from its parts.
    public init(
        entryID: String, recipient: String, department: String, giver: PartyReference, date: CalendarDate, value: Money,
        description: String, occasion: String
    ) {
        self.entryID = entryID
        self.recipient = recipient
        self.department = department
        self.giver = giver
        self.date = date
        self.value = value
        self.description = description
        self.occasion = occasion
    }
}
