import Sujarit

/// A sample as the drawing code made it, before it is recorded: what ``AuditPlanService/recordSample(_:context:)``
/// checks and turns into ``AuditSampleDrawn``.
public struct AuditSampleDraw: Sendable, Hashable {
    /// The engagement the sample is for; it must be open.
    public var engagement: EngagementRef
    /// Where the population came from, e.g. `procurement`.
    public var source: String
    /// What was drawn from, in words.
    public var population: String?
    /// Random or monetary-unit.
    public var method: SamplingMethod
    /// Draws asked for.
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
        engagement: EngagementRef, source: String, population: String?, method: SamplingMethod, size: Int,
        seed: UInt64, populationSize: Int, populationTotal: Money, items: [SampledItem], drawnOn: CalendarDate
    ) {
        self.engagement = engagement
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
}
