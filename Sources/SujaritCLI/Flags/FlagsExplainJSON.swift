import Oversight
import Sujarit

/// The JSON form of `flags explain`, for scripts, with the evidence as the viewer may see it
/// (`Docs/schemas/flags-explain.schema.json`).
///
/// The evidence is copied here field by field rather than written through its stored payload's encoding: the
/// payload's bytes must never change, while this output keeps every key (`@JSONNull`: null when absent) and
/// types each figure.
struct FlagsExplainJSON: Encodable {
    /// A party named in the evidence: a firm or a giver.
    struct Party: Encodable {
        var name: String
        /// Null when the tax id is not known.
        @JSONNull var taxID: String?

        init(_ party: PartyReference) {
            name = party.name
            taxID = party.taxID?.description
        }
    }

    /// A number with its kind: `money` (a two-decimal string), `count` and `days` (integers), `share`,
    /// `ratio` and `number` (numbers), `date` (ISO 8601).
    struct Value: Encodable {
        var value: FigureValue

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch value {
            case .money(let money):
                try container.encode("money", forKey: .kind)
                try container.encode(money, forKey: .value)
            case .count(let count):
                try container.encode("count", forKey: .kind)
                try container.encode(count, forKey: .value)
            case .days(let days):
                try container.encode("days", forKey: .kind)
                try container.encode(days, forKey: .value)
            case .share(let share):
                try container.encode("share", forKey: .kind)
                try container.encode(share, forKey: .value)
            case .ratio(let ratio):
                try container.encode("ratio", forKey: .kind)
                try container.encode(ratio, forKey: .value)
            case .number(let number):
                try container.encode("number", forKey: .kind)
                try container.encode(number, forKey: .value)
            case .date(let date):
                try container.encode("date", forKey: .kind)
                try container.encode(date, forKey: .value)
            }
            try container.encode(value.text, forKey: .text)
        }

        private enum CodingKeys: String, CodingKey { case kind, value, text }
    }

    /// One project cited.
    struct Project: Encodable {
        var projectID: String
        var title: String
        @JSONNull var method: String?
        var fiscalYear: Int
        var departmentID: String
        @JSONNull var departmentName: String?
        @JSONNull var awarded: CalendarDate?
        @JSONNull var amount: Money?
        @JSONNull var referencePrice: Money?
        @JSONNull var budget: Money?
        var winners: [String]

        init(_ fact: ProjectFact) {
            projectID = fact.projectID
            title = fact.title
            method = fact.method
            fiscalYear = fact.fiscalYear.be
            departmentID = fact.departmentID
            departmentName = fact.departmentName
            awarded = fact.awarded
            amount = fact.amount
            referencePrice = fact.referencePrice
            budget = fact.budget
            winners = fact.winners
        }
    }

    /// The line the flag crossed and where it came from; for a data fence, the quartiles it was drawn from.
    struct CutOffValue: Encodable {
        var setting: String
        var value: Value
        var basis: String
        var configurationVersion: Int
        @JSONNull var statistics: Statistics?

        init(_ cutOff: CutOff) {
            setting = cutOff.setting
            value = Value(value: cutOff.value)
            basis = cutOff.basis.rawValue
            configurationVersion = cutOff.configurationVersion
            statistics = cutOff.statistics.map(Statistics.init)
        }
    }

    /// The quartiles of a data fence.
    struct Statistics: Encodable {
        var side: String
        var q1: Double
        var q3: Double
        var multiplier: Double
        var fence: Double
        var sample: Int
        var population: String

        init(_ statistics: FenceStatistics) {
            side = statistics.side.rawValue
            q1 = statistics.q1
            q3 = statistics.q3
            multiplier = statistics.multiplier
            fence = statistics.fence
            sample = statistics.sample
            population = statistics.population
        }
    }

    /// The evidence as the viewer may see it: people, declarations and gifts are empty when names are hidden.
    struct Evidence: Encodable {
        var projects: [Project]
        var omittedProjects: Int
        @JSONNull var supplier: Party?
        var figures: [Figure]
        @JSONNull var cutOff: CutOffValue?
        var people: [Person]
        var declarations: [Declaration]
        var gifts: [Gift]

        init(_ evidence: FlagEvidence) {
            projects = evidence.projects.map(Project.init)
            omittedProjects = evidence.omittedProjects
            supplier = evidence.supplier.map(Party.init)
            figures = evidence.figures.map { Figure(name: $0.name, value: Value(value: $0.value)) }
            cutOff = evidence.cutOff.map(CutOffValue.init)
            people = evidence.people.map(Person.init)
            declarations = evidence.declarations.map(Declaration.init)
            gifts = evidence.gifts.map(Gift.init)
        }
    }

    /// A named figure of the evidence.
    struct Figure: Encodable {
        var name: String
        var value: Value
    }

    /// A member of staff the flag is about.
    struct Person: Encodable {
        var staffID: String
        @JSONNull var department: String?
        var capacity: String

        init(_ fact: PersonFact) {
            staffID = fact.staffID
            department = fact.department
            capacity = fact.capacity
        }
    }

    /// A declared interest the flag cites.
    struct Declaration: Encodable {
        var declarationID: String
        var declarant: String
        var department: String
        @JSONNull var project: String?
        var party: Party
        var relationship: String
        @JSONNull var detail: String?
        var recused: Bool

        init(_ fact: DeclarationFact) {
            declarationID = fact.declarationID
            declarant = fact.declarant
            department = fact.department
            project = fact.project
            party = Party(fact.party)
            relationship = fact.relationship
            detail = fact.detail
            recused = fact.recused
        }
    }

    /// A gift the flag cites.
    struct Gift: Encodable {
        var entryID: String
        var recipient: String
        var department: String
        var giver: Party
        var date: CalendarDate
        var value: Money
        var description: String
        var occasion: String

        init(_ fact: GiftFact) {
            entryID = fact.entryID
            recipient = fact.recipient
            department = fact.department
            giver = Party(fact.giver)
            date = fact.date
            value = fact.value
            description = fact.description
            occasion = fact.occasion
        }
    }

    var flag: String
    var indicator: String
    var indicatorTh: String
    var status: String
    var statusTh: String
    var fiscalYear: Int
    var departmentID: String
    @JSONNull var unit: String?
    var finding: LocalizedLabel
    @JSONNull var cutOff: LocalizedLabel?
    var nextStep: LocalizedLabel
    var evidence: Evidence
    var redacted: Bool
    @JSONNull var riskID: String?
    @JSONNull var auditSubject: String?

    init(_ explained: ExplainedFlag) {
        let flag = explained.flag
        self.flag = flag.id.description
        indicator = flag.raised.indicator.rawValue
        indicatorTh = flag.raised.indicator.label.th
        status = flag.status.rawValue
        statusTh = flag.status.label.th
        fiscalYear = flag.raised.fiscalYear.be
        departmentID = flag.raised.departmentID
        unit = flag.raised.unit
        finding = explained.explanation.finding
        cutOff = explained.explanation.cutOff
        nextStep = explained.explanation.nextStep
        evidence = Evidence(flag.evidence)
        redacted = explained.explanation.redacted
        riskID = flag.riskID
        auditSubject = flag.auditSubject
    }
}
