import EventStore
import Sujarit

/// The whole register folded from the log: matrices, categories, risks, rounds and measures.
///
/// A municipality's register holds tens of risks and a few hundred events a year, so commands fold the
/// register's events (and only those) on each run: decisions then see every fact at once (a finalize checks
/// all the year's risks) together with each stream's version, which the append uses as its expected version.
public struct RiskLedger: Sendable {
    public var matrices: [MatrixKey: RiskMatrix] = [:]
    public var categories: [String: RiskCategory] = [:]
    public var risks: [RiskID: Risk] = [:]
    public var measures: [MeasureID: Measure] = [:]
    public var rounds: [RoundID: ScoringRound] = [:]
    /// Versions of the configuration streams (matrices, categories) read.
    public var configurationVersions: [StreamID: Int] = [:]

    public init() {}

    /// Reads every register event from the store.
    public static func load(from store: any EventStore) async throws -> RiskLedger {
        var ledger = RiskLedger()
        try await store.forEachEvent(filter: EventFilter(types: RiskEventTypes.all)) { event in
            try ledger.apply(event)
        }
        return ledger
    }

    /// Folds one event.
    public mutating func apply(_ event: RecordedEvent) throws {
        switch event.type {
        case RiskMatrixAdopted.eventType:
            let matrix = try event.decode(RiskMatrixAdopted.self).matrix
            matrices[matrix.key] = matrix
            configurationVersions[event.streamID] = event.streamVersion
        case RiskCategoryDefined.eventType:
            let category = try event.decode(RiskCategoryDefined.self).category
            categories[category.code] = category
            configurationVersions[event.streamID] = event.streamVersion
        case RiskIdentified.eventType:
            let identified = try event.decode(RiskIdentified.self)
            var risk = Risk(identified: identified)
            risk.version = event.streamVersion
            risks[identified.id] = risk
        case RiskAssessed.eventType, RiskScored.eventType, RiskScoreResolved.eventType, RiskScoresFinalized.eventType,
            RiskAccepted.eventType:
            let id = try RiskID(parsing: event.streamID.id)
            try risks[id]?.apply(event)
        case ScoringRoundOpened.eventType:
            let opened = try event.decode(ScoringRoundOpened.self)
            rounds[opened.round] = ScoringRound(opened: opened, closed: nil, version: event.streamVersion)
        case ScoringRoundClosed.eventType:
            let closed = try event.decode(ScoringRoundClosed.self)
            rounds[closed.round]?.closed = closed
            rounds[closed.round]?.version = event.streamVersion
        case MeasurePlanned.eventType:
            let planned = try event.decode(MeasurePlanned.self)
            var measure = Measure(planned: planned)
            measure.version = event.streamVersion
            measures[planned.id] = measure
        case MeasureProgressReported.eventType:
            let reported = try event.decode(MeasureProgressReported.self)
            measures[reported.measure]?.progress.append(reported)
            measures[reported.measure]?.version = event.streamVersion
        case MeasurePlanAmended.eventType:
            let amended = try event.decode(MeasurePlanAmended.self)
            measures[amended.measure]?.amendments.append(amended)
            measures[amended.measure]?.version = event.streamVersion
        default:
            break
        }
    }

    // MARK: Queries

    /// The newest adopted version of matrix `id`.
    public func latestMatrix(_ id: String) -> RiskMatrix? {
        matrices.values.filter { $0.id == id }.max { $0.version < $1.version }
    }

    /// The matrix a stored score used.
    public func matrix(_ key: MatrixKey) -> RiskMatrix? { matrices[key] }

    /// The risk with `id`, or an error naming it.
    public func risk(_ id: RiskID) throws -> Risk {
        guard let risk = risks[id] else { throw RiskRegisterError.unknownRisk(id.description) }
        return risk
    }

    /// The measure with `id`, or an error naming it.
    public func measure(_ id: MeasureID) throws -> Measure {
        guard let measure = measures[id] else { throw RiskRegisterError.unknownMeasure(id.description) }
        return measure
    }

    /// Risks of a fiscal year, by id.
    public func risks(in year: FiscalYear) -> [Risk] {
        risks.values.filter { $0.id.fiscalYear == year }.sorted { $0.id < $1.id }
    }

    /// Measures of a fiscal year, by id.
    public func measures(in year: FiscalYear) -> [Measure] {
        measures.values.filter { $0.id.fiscalYear == year }.sorted { $0.id < $1.id }
    }

    /// Measures linked to a risk.
    public func measures(for risk: RiskID) -> [Measure] {
        measures.values.filter { $0.planned.risks.contains(risk) }.sorted { $0.id < $1.id }
    }

    /// The year's open round, if any (at most one is open per year).
    public func openRound(in year: FiscalYear) -> ScoringRound? {
        rounds.values.first { $0.id.fiscalYear == year && $0.isOpen }
    }

    /// The only open round across years, when exactly one is open (so `risk session` needs no `--fy`).
    public var soleOpenRound: ScoringRound? {
        let open = rounds.values.filter(\.isOpen)
        return open.count == 1 ? open[0] : nil
    }

    /// The next free risk number in a year.
    public func nextRiskID(in year: FiscalYear) -> RiskID {
        RiskID(fiscalYear: year, number: (risks.keys.filter { $0.fiscalYear == year }.map(\.number).max() ?? 0) + 1)
    }

    /// The next free measure number in a year.
    public func nextMeasureID(in year: FiscalYear) -> MeasureID {
        MeasureID(
            fiscalYear: year, number: (measures.keys.filter { $0.fiscalYear == year }.map(\.number).max() ?? 0) + 1)
    }
}
