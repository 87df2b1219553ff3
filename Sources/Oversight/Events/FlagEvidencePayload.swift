import Sujarit

/// The stored form of a flag's evidence in ``RedFlagRaised`` and ``RedFlagRevised`` (schema 1): what the log
/// holds, kept apart from ``FlagEvidence`` so that changing the model (a renamed property, a new kind of fact)
/// never changes the bytes of a raised flag or makes an old one unreadable. The one coding of evidence: the
/// `red_flags.evidence` column and `flags explain --json` write it too; the model has none of its own.
///
/// Field for field the JSON `FlagEvidence` wrote when the events were introduced, figures rounded to six
/// decimals as then; the fixtures in `Tests/Fixtures/events` hold it byte for byte. A new shape is a new
/// struct and bumped schema versions of both events, never an edit of this one.
struct FlagEvidencePayloadV1: Codable, Hashable, Sendable {
    var projects: [Project]
    /// Projects left out beyond the ones kept (the model keeps at most ``FlagEvidence/maxProjects``).
    var omittedProjects: Int
    var supplier: PartyReference?
    var figures: [Figure]
    var cutOff: CutOff?
    var people: [Person]
    var declarations: [Declaration]
    var gifts: [Gift]

    /// The stored form of `evidence`.
    init(_ evidence: FlagEvidence) {
        projects = evidence.projects.map(Project.init)
        omittedProjects = evidence.omittedProjects
        supplier = evidence.supplier
        figures = evidence.figures.map(Figure.init)
        cutOff = evidence.cutOff.map(CutOff.init)
        people = evidence.people.map {
            Person(staffID: $0.staffID, department: $0.department, capacity: $0.capacity)
        }
        declarations = evidence.declarations.map(Declaration.init)
        gifts = evidence.gifts.map(Gift.init)
    }

    /// The evidence again, with the stored count of omitted projects (the model's initializer would recount).
    var model: FlagEvidence {
        var evidence = FlagEvidence(
            projects: projects.map(\.model), supplier: supplier, figures: figures.map(\.model), cutOff: cutOff?.model,
            people: people.map(\.model), declarations: declarations.map(\.model), gifts: gifts.map(\.model))
        evidence.omittedProjects = omittedProjects
        return evidence
    }
}

/// Codes the evidence of ``RedFlagRaised`` and ``RedFlagRevised`` as `FlagEvidencePayloadV1`, so the events
/// keep the synthesized coding of their other fields and name their evidence's stored form in one word.
@propertyWrapper
public struct StoredEvidenceV1: Codable, Hashable, Sendable {
    /// The evidence.
    public var wrappedValue: FlagEvidence

    /// Wraps `wrappedValue`.
    public init(wrappedValue: FlagEvidence) { self.wrappedValue = wrappedValue }

    /// Reads the evidence's stored form.
    public init(from decoder: any Decoder) throws { wrappedValue = try FlagEvidencePayloadV1(from: decoder).model }

    /// Writes the evidence's stored form.
    public func encode(to encoder: any Encoder) throws { try FlagEvidencePayloadV1(wrappedValue).encode(to: encoder) }
}

extension FlagEvidencePayloadV1 {
    /// A procurement project the flag rests on.
    struct Project: Codable, Hashable, Sendable {
        var projectID: String
        var title: String
        var method: String?
        var fiscalYear: FiscalYear
        var departmentID: String
        var departmentName: String?
        var awarded: CalendarDate?
        var amount: Money?
        var referencePrice: Money?
        var budget: Money?
        var winners: [String]

        /// The stored form of the model value.
        init(_ fact: ProjectFact) {
            projectID = fact.projectID
            title = fact.title
            method = fact.method
            fiscalYear = fact.fiscalYear
            departmentID = fact.departmentID
            departmentName = fact.departmentName
            awarded = fact.awarded
            amount = fact.amount
            referencePrice = fact.referencePrice
            budget = fact.budget
            winners = fact.winners
        }

        /// The model value again.
        var model: ProjectFact {
            ProjectFact(
                projectID: projectID, title: title, method: method, fiscalYear: fiscalYear, departmentID: departmentID,
                departmentName: departmentName, awarded: awarded, amount: amount, referencePrice: referencePrice,
                budget: budget, winners: winners)
        }
    }

    /// A named figure (`total`, `share`, …) and its value.
    struct Figure: Codable, Hashable, Sendable {
        var name: String
        var value: FigureValue

        /// The stored form of the model value.
        init(_ figure: Oversight.Figure) {
            name = figure.name
            value = FigureValue(figure.value)
        }

        /// The model value again.
        var model: Oversight.Figure {
            // The model's initializer takes a known name; a stored name is kept as written.
            var figure = Oversight.Figure(.total, value.model)
            figure.name = name
            return figure
        }
    }

    /// A figure's value: an object with exactly one key naming its kind; fractions rounded to six decimals.
    enum FigureValue: Codable, Hashable, Sendable {
        case money(Money), count(Int), share(Double), ratio(Double), number(Double), days(Int), date(CalendarDate)

        private enum Key: String, CodingKey { case money, count, share, ratio, number, days, date }

        /// The stored form of the model value.
        init(_ value: Oversight.FigureValue) {
            switch value {
            case .money(let value): self = .money(value)
            case .count(let value): self = .count(value)
            case .share(let value): self = .share(value)
            case .ratio(let value): self = .ratio(value)
            case .number(let value): self = .number(value)
            case .days(let value): self = .days(value)
            case .date(let value): self = .date(value)
            }
        }

        /// The model value again.
        var model: Oversight.FigureValue {
            switch self {
            case .money(let value): .money(value)
            case .count(let value): .count(value)
            case .share(let value): .share(value)
            case .ratio(let value): .ratio(value)
            case .number(let value): .number(value)
            case .days(let value): .days(value)
            case .date(let value): .date(value)
            }
        }

        /// Reads the stored form: an object with exactly one known key.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            guard let key = container.allKeys.first else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "a figure needs one of money, count, share, ratio, number, days, date"))
            }
            switch key {
            case .money: self = .money(try container.decode(Money.self, forKey: key))
            case .count: self = .count(try container.decode(Int.self, forKey: key))
            case .share: self = .share(try container.decode(Double.self, forKey: key))
            case .ratio: self = .ratio(try container.decode(Double.self, forKey: key))
            case .number: self = .number(try container.decode(Double.self, forKey: key))
            case .days: self = .days(try container.decode(Int.self, forKey: key))
            case .date: self = .date(try container.decode(CalendarDate.self, forKey: key))
            }
        }

        /// Writes the stored form, fractions rounded.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case .money(let value): try container.encode(value, forKey: .money)
            case .count(let value): try container.encode(value, forKey: .count)
            case .share(let value): try container.encode(Self.rounded(value), forKey: .share)
            case .ratio(let value): try container.encode(Self.rounded(value), forKey: .ratio)
            case .number(let value): try container.encode(Self.rounded(value), forKey: .number)
            case .days(let value): try container.encode(value, forKey: .days)
            case .date(let value): try container.encode(value, forKey: .date)
            }
        }

        /// Six decimals, so a figure's bytes do not depend on the last bits of a computation.
        static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
    }

    /// The threshold the figures were held against, and where it came from.
    struct CutOff: Codable, Hashable, Sendable {
        var setting: String
        var value: FigureValue
        var basis: Basis
        var configurationVersion: Int
        var statistics: Statistics?

        /// Where a cut-off came from, as stored.
        enum Basis: String, Codable, Hashable, Sendable {
            case configured, dataFence = "data-fence", floor
        }

        /// The stored form of the model value.
        init(_ cutOff: Oversight.CutOff) {
            setting = cutOff.setting
            value = FigureValue(cutOff.value)
            basis =
                switch cutOff.basis {
                case .configured: .configured
                case .dataFence: .dataFence
                case .floor: .floor
                }
            configurationVersion = cutOff.configurationVersion
            statistics = cutOff.statistics.map(Statistics.init)
        }

        /// The model value again.
        var model: Oversight.CutOff {
            let basis: Oversight.CutOff.Basis =
                switch basis {
                case .configured: .configured
                case .dataFence: .dataFence
                case .floor: .floor
                }
            return Oversight.CutOff(
                setting: setting, value: value.model, basis: basis, configurationVersion: configurationVersion,
                statistics: statistics?.model)
        }
    }

    /// The quartiles and fence a data-driven cut-off was computed from.
    struct Statistics: Codable, Hashable, Sendable {
        var side: Side
        var q1: Double
        var q3: Double
        var multiplier: Double
        var sample: Int
        var population: String

        /// Which side of the distribution the fence is on, as stored.
        enum Side: String, Codable, Hashable, Sendable { case upper, lower }

        /// The stored form of the model value.
        init(_ statistics: FenceStatistics) {
            side = statistics.side == .upper ? .upper : .lower
            q1 = statistics.q1
            q3 = statistics.q3
            multiplier = statistics.multiplier
            sample = statistics.sample
            population = statistics.population
        }

        /// The model value again.
        var model: FenceStatistics {
            FenceStatistics(
                side: side == .upper ? .upper : .lower, q1: q1, q3: q3, multiplier: multiplier, sample: sample,
                population: population)
        }
    }

    /// A member of staff the flag names, in the capacity they acted.
    struct Person: Codable, Hashable, Sendable {
        var staffID: String
        var department: String?
        var capacity: String

        /// The model value again.
        var model: PersonFact { PersonFact(staffID: staffID, department: department, capacity: capacity) }
    }

    /// A declared interest the flag rests on.
    struct Declaration: Codable, Hashable, Sendable {
        var declarationID: String
        var declarant: String
        var department: String
        var project: String?
        var party: PartyReference
        var relationship: String
        var detail: String?
        var recused: Bool

        /// The stored form of the model value.
        init(_ fact: DeclarationFact) {
            declarationID = fact.declarationID
            declarant = fact.declarant
            department = fact.department
            project = fact.project
            party = fact.party
            relationship = fact.relationship
            detail = fact.detail
            recused = fact.recused
        }

        /// The model value again.
        var model: DeclarationFact {
            DeclarationFact(
                declarationID: declarationID, declarant: declarant, department: department, project: project,
                party: party, relationship: relationship, detail: detail, recused: recused)
        }
    }

    /// A gift from the flag's supplier to someone on the project.
    struct Gift: Codable, Hashable, Sendable {
        var entryID: String
        var recipient: String
        var department: String
        var giver: PartyReference
        var date: CalendarDate
        var value: Money
        var description: String
        var occasion: String

        /// The stored form of the model value.
        init(_ fact: GiftFact) {
            entryID = fact.entryID
            recipient = fact.recipient
            department = fact.department
            giver = fact.giver
            date = fact.date
            value = fact.value
            description = fact.description
            occasion = fact.occasion
        }

        /// The model value again.
        var model: GiftFact {
            GiftFact(
                entryID: entryID, recipient: recipient, department: department, giver: giver, date: date,
                value: value, description: description, occasion: occasion)
        }
    }
}
