import EventStore
import Sujarit

/// How a sample was drawn.
public enum SamplingMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Simple random sampling: every item equally likely (การสุ่มอย่างง่าย).
    case random
    /// Monetary-unit sampling: every baht equally likely, so larger items are likelier (การสุ่มตามหน่วยเงิน).
    case mus

    /// The method's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .random: LocalizedLabel(th: "สุ่มอย่างง่าย", en: "simple random")
        case .mus: LocalizedLabel(th: "สุ่มตามหน่วยเงิน", en: "monetary-unit")
        }
    }
}

/// One item a sample selected.
public struct SampledItem: Sendable, Hashable, Codable {
    /// The item's id in its source, e.g. an e-GP project id.
    public var id: String
    /// The item's amount, as the population recorded it.
    public var amount: Money

    /// Creates the value from its parts.
    public init(id: String, amount: Money) {
        self.id = id
        self.amount = amount
    }
}

/// An engagement drew a sample (stream `audit-plan/<year>`): how, from what, with which seed, and what it
/// selected, so the draw can be repeated and checked later.
public struct AuditSampleDrawn: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditSampleDrawn"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The subject of the engagement that drew it.
    public var subject: String
    /// 1 for the engagement's first sample.
    public var number: Int
    /// Where the population came from, e.g. `procurement`.
    public var source: String
    /// What was drawn from, in words (department, procurement method, year).
    public var population: String?
    /// Random or monetary-unit.
    public var method: SamplingMethod
    /// Draws asked for; a monetary-unit sample may select fewer distinct items.
    public var size: Int
    /// The seed that makes the draw repeatable.
    public var seed: UInt64
    /// Items in the population.
    public var populationSize: Int
    /// The population's total amount.
    public var populationTotal: Money
    /// The items selected, in the order drawn.
    public var items: [SampledItem]
    /// The day of the draw.
    public var drawnOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, subject: String, number: Int, source: String, population: String?,
        method: SamplingMethod, size: Int, seed: UInt64, populationSize: Int, populationTotal: Money,
        items: [SampledItem], drawnOn: CalendarDate
    ) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.number = number
        self.source = source
        self.population = population
        self.method = method
        self.size = size
        self.seed = seed
        self.populationSize = populationSize
        self.populationTotal = populationTotal
        self.items = items
        self.drawnOn = drawnOn
    }

    /// The engagement that drew it.
    public var engagement: EngagementRef { EngagementRef(fiscalYear: fiscalYear, subject: subject) }

    /// The selected items' total.
    public var sampledTotal: Money { items.reduce(.zero) { $0 + $1.amount } }
}
