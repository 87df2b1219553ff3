import EventStore
import Sujarit

/// One agency's risk figures for a fiscal year, as its register's read model holds them.
public struct RiskCounts: Sendable, Hashable {
    /// Risks identified for the year.
    public var risks: Int
    /// Of those, the ones with an inherent score (assessed, imported or finalised by a round's consensus).
    public var scored: Int

    /// Creates the value from its parts.
    public init(risks: Int, scored: Int) {
        self.risks = risks
        self.scored = scored
    }
}

extension RiskRegisterQueries {
    /// The year's risks and scored risks of every agency `store` spans, by department id; an agency with no risk
    /// for the year is absent.
    ///
    /// The same rule as ``RiskLedger/risks(in:)`` and a risk's inherent score: `risk_register` has one row per
    /// `RiskIdentified` and its `inherent_score` is set by the same events that set a risk's inherent score in the
    /// ledger (`RiskAssessed`, `RiskScoresFinalized`; a member's round score is not a score until finalised).
    public static func countsByAgency(
        _ store: any AgencySpanningStore, fiscalYear: FiscalYear
    ) async throws -> [String: RiskCounts] {
        try await store.byAgency(
            """
            SELECT agency, COUNT(*) AS risks, COUNT(inherent_score) AS scored FROM risk_register
            WHERE fiscal_year = ? GROUP BY agency
            """, [fiscalYear.be]
        ) { row in
            RiskCounts(
                risks: row.int("risks") ?? 0, scored: row.int("scored") ?? 0)
        }
    }

    /// Every agency's measures of `fiscalYear` with their whole progress history, one agency at a time in
    /// department order, folded by the ledger's own ``RiskLedger/apply(_:)``.
    ///
    /// From the log rather than `risk_measures`: a report's round counts only some updates (a six-month report
    /// shows the six-month update even when the annual one exists) and a measure without a due day is due at
    /// the end of its timeframe; the read model keeps only the latest status and the explicit due day. One
    /// query over the register's measure events, read as it arrives: memory holds one agency's measures.
    public static func forEachAgencyMeasures(
        _ store: any AgencySpanningStore, fiscalYear: FiscalYear, _ body: (_ agency: String, [Measure]) throws -> Void
    ) async throws {
        let types: Set<String> = [
            MeasurePlanned.eventType, MeasureProgressReported.eventType, MeasurePlanAmended.eventType,
        ]
        try await store.forEachAgency(eventsOf: types) { agency, events in
            var ledger = RiskLedger()
            for event in events { try ledger.apply(event) }
            let measures = ledger.measures(in: fiscalYear)
            if !measures.isEmpty { try body(agency, measures) }
        }
    }
}
