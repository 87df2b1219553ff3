import Oversight
import Sujarit

/// The JSON form of `flags explain`, for scripts, with the evidence as the viewer may see it
/// (`Docs/schemas/flags-explain.schema.json`).
///
/// The evidence is written here field by field rather than through its stored payload's encoding: the payload's
/// bytes must never change, while this output keeps every key (null when absent) and types each figure.
struct FlagsExplainJSON: Encodable {
    /// A party named in the evidence: a firm or a giver.
    struct Party: Encodable {
        var name: String
        var taxID: String?

        init(_ party: PartyReference) {
            name = party.name
            taxID = party.taxID?.description
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(taxID, forKey: .taxID) // null when the tax id is not known
        }

        private enum CodingKeys: String, CodingKey { case name, taxID }
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
        var fact: ProjectFact

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fact.projectID, forKey: .projectID)
            try container.encode(fact.title, forKey: .title)
            try container.encode(fact.method, forKey: .method)
            try container.encode(fact.fiscalYear.be, forKey: .fiscalYear)
            try container.encode(fact.departmentID, forKey: .departmentID)
            try container.encode(fact.departmentName, forKey: .departmentName)
            try container.encode(fact.awarded, forKey: .awarded)
            try container.encode(fact.amount, forKey: .amount)
            try container.encode(fact.referencePrice, forKey: .referencePrice)
            try container.encode(fact.budget, forKey: .budget)
            try container.encode(fact.winners, forKey: .winners)
        }

        private enum CodingKeys: String, CodingKey {
            case projectID, title, method, fiscalYear, departmentID, departmentName, awarded, amount, referencePrice
            case budget, winners
        }
    }

    /// The line the flag crossed and where it came from; for a data fence, the quartiles it was drawn from.
    struct CutOffValue: Encodable {
        var cutOff: CutOff

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(cutOff.setting, forKey: .setting)
            try container.encode(Value(value: cutOff.value), forKey: .value)
            try container.encode(cutOff.basis.rawValue, forKey: .basis)
            try container.encode(cutOff.configurationVersion, forKey: .configurationVersion)
            try container.encode(cutOff.statistics.map(Statistics.init), forKey: .statistics)
        }

        private enum CodingKeys: String, CodingKey { case setting, value, basis, configurationVersion, statistics }
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
        var evidence: FlagEvidence

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(evidence.projects.map(Project.init), forKey: .projects)
            try container.encode(evidence.omittedProjects, forKey: .omittedProjects)
            try container.encode(evidence.supplier.map(Party.init), forKey: .supplier)
            try container.encode(
                evidence.figures.map { Figure(name: $0.name, value: Value(value: $0.value)) }, forKey: .figures)
            try container.encode(evidence.cutOff.map(CutOffValue.init), forKey: .cutOff)
            try container.encode(evidence.people.map(Person.init), forKey: .people)
            try container.encode(evidence.declarations.map(Declaration.init), forKey: .declarations)
            try container.encode(evidence.gifts.map(Gift.init), forKey: .gifts)
        }

        private enum CodingKeys: String, CodingKey {
            case projects, omittedProjects, supplier, figures, cutOff, people, declarations, gifts
        }
    }

    /// A named figure of the evidence.
    struct Figure: Encodable {
        var name: String
        var value: Value
    }

    /// A member of staff the flag is about.
    struct Person: Encodable {
        var fact: PersonFact

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fact.staffID, forKey: .staffID)
            try container.encode(fact.department, forKey: .department)
            try container.encode(fact.capacity, forKey: .capacity)
        }

        private enum CodingKeys: String, CodingKey { case staffID, department, capacity }
    }

    /// A declared interest the flag cites.
    struct Declaration: Encodable {
        var fact: DeclarationFact

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fact.declarationID, forKey: .declarationID)
            try container.encode(fact.declarant, forKey: .declarant)
            try container.encode(fact.department, forKey: .department)
            try container.encode(fact.project, forKey: .project)
            try container.encode(Party(fact.party), forKey: .party)
            try container.encode(fact.relationship, forKey: .relationship)
            try container.encode(fact.detail, forKey: .detail)
            try container.encode(fact.recused, forKey: .recused)
        }

        private enum CodingKeys: String, CodingKey {
            case declarationID, declarant, department, project, party, relationship, detail, recused
        }
    }

    /// A gift the flag cites.
    struct Gift: Encodable {
        var fact: GiftFact

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fact.entryID, forKey: .entryID)
            try container.encode(fact.recipient, forKey: .recipient)
            try container.encode(fact.department, forKey: .department)
            try container.encode(Party(fact.giver), forKey: .giver)
            try container.encode(fact.date, forKey: .date)
            try container.encode(fact.value, forKey: .value)
            try container.encode(fact.description, forKey: .description)
            try container.encode(fact.occasion, forKey: .occasion)
        }

        private enum CodingKeys: String, CodingKey {
            case entryID, recipient, department, giver, date, value, description, occasion
        }
    }

    let flag: String
    let indicator: String
    let indicatorTh: String
    let status: String
    let statusTh: String
    let fiscalYear: Int
    let departmentID: String
    let unit: String?
    let finding: LocalizedLabel
    let cutOff: LocalizedLabel?
    let nextStep: LocalizedLabel
    let evidence: Evidence
    let redacted: Bool
    let riskID: String?
    let auditSubject: String?

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
        evidence = Evidence(evidence: flag.evidence)
        redacted = explained.explanation.redacted
        riskID = flag.riskID
        auditSubject = flag.auditSubject
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(flag, forKey: .flag)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(indicatorTh, forKey: .indicatorTh)
        try container.encode(status, forKey: .status)
        try container.encode(statusTh, forKey: .statusTh)
        try container.encode(fiscalYear, forKey: .fiscalYear)
        try container.encode(departmentID, forKey: .departmentID)
        try container.encode(unit, forKey: .unit) // the optional keys are null, never left out
        try container.encode(finding, forKey: .finding)
        try container.encode(cutOff, forKey: .cutOff)
        try container.encode(nextStep, forKey: .nextStep)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(redacted, forKey: .redacted)
        try container.encode(riskID, forKey: .riskID)
        try container.encode(auditSubject, forKey: .auditSubject)
    }

    private enum CodingKeys: String, CodingKey {
        case flag, indicator, indicatorTh, status, statusTh, fiscalYear, departmentID, unit, finding, cutOff
        case nextStep, evidence, redacted, riskID, auditSubject
    }
}
