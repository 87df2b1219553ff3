import Agency
import AuditPlans
import EventStore
import Procurement
import Sujarit

/// Draws an engagement's audit sample from imported data and records it with the engagement.
///
/// The draw lives here, where modules are spanned: it reads the procurement read model through its query API
/// (``ProcurementPopulation``, walked twice and never held whole), draws with ``SampleDraw``, and records the
/// result through the audit register's own decision (`AuditPlanService.recordSample`), which checks that the
/// engagement is open. Neither register imports the other.
public struct AuditSampling: Sendable {
    /// The store read and appended to.
    public let store: any EventStore

    /// Creates the value from its parts.
    public init(store: any EventStore) { self.store = store }

    /// A draw and the event that recorded it.
    public struct Recorded: Sendable, Hashable {
        /// The draw, with the items' titles and the monetary-unit interval and start.
        public var draw: SampleDraw
        /// What the population was, in words.
        public var population: String
        /// The recorded event (its `number` is the sample's number within the engagement).
        public var event: AuditSampleDrawn
    }

    /// Draws `size` procurement projects matching `filter` for `engagement` by `method` with `seed`, and
    /// records the draw on `context.today`.
    ///
    /// - throws: ``SamplingError`` when the population cannot give the sample, and the audit register's error
    ///   when the engagement is not open; nothing is recorded then.
    public func drawFromProcurement(
        for engagement: EngagementRef, filter: ProcurementPopulationFilter, method: SamplingMethod, size: Int,
        seed: UInt64, context: CommandContext
    ) async throws -> Recorded {
        let scope = try await ProcurementScope.agency(of: store)
        let draw = try await SampleDraw.draw(method: method, size: size, seed: seed) { body in
            try await ProcurementPopulation.forEachItem(in: scope, filter: filter, body)
        }
        let event = try await AuditPlanService(store: store).recordSample(
            AuditSampleDraw(
                engagement: engagement, source: "procurement", population: filter.description, method: method,
                size: size, seed: seed, populationSize: draw.populationSize, populationTotal: draw.populationTotal,
                items: draw.items.map { SampledItem(id: $0.item.id, amount: $0.item.amount ?? .zero) },
                drawnOn: context.today
            ),
            context: context
        )
        return Recorded(draw: draw, population: filter.description, event: event)
    }
}
