import Agency
import EventStore
import Foundation
import RiskRegister
import Sujarit

/// Where a report reads from: the live store, or the log replayed to the end of the as-of day, with what
/// every report needs loaded once (the agency, its directory, the risk register folded from the log).
///
/// Other modules' data (gifts, declarations, audit, ITA) is read through their own services and queries on
/// ``store``, which is the snapshot when the report is as of a past day.
public struct ReportSources: Sendable {
    /// The store the report reads: the live one, or a ``LogSnapshot``.
    public let store: any EventStore
    public let period: ReportPeriod
    /// The agency's name, as the store was created with.
    public let agency: String
    public let directory: AgencyDirectory
    /// The risk register (measures, risks) as the store holds it.
    public let ledger: RiskLedger
    /// The sequence of the last event read: which state of the log the report shows.
    public let lastSequence: Int64
    /// That event's place in the hash chain, printed on the report so the paper can later prove the log was
    /// not rewritten (`sujarit verify --anchor`); nil for an empty log.
    public let anchor: ChainAnchor?
    /// When the report was made; nil for a report as of a given day, which depends on the log and the day only.
    public let generatedAt: Date?

    /// Opens the sources of a report on `fiscalYear`'s `round`, as of `asOf` (today when nil).
    ///
    /// - parameters:
    ///   - projections: Every module's read models, to rebuild them when the log is replayed.
    ///   - now: The current instant; "today" is its day in Bangkok.
    /// - throws: ``ReportingError/asOfInFuture(day:today:)`` for a day after today.
    public static func open(
        _ live: any EventStore, fiscalYear: FiscalYear, round: ReportingRound?, asOf: CalendarDate?,
        projections: [any Projection], now: Date = Date()
    ) async throws -> ReportSources {
        let today = CalendarDate(now)
        // An explicit day is always replayed, even today's: the report is then a function of the log and the
        // day alone, so issuing it again later (once the day is over) gives the same bytes.
        guard let day = asOf else {
            return try await ReportSources(store: live, period: ReportPeriod(fiscalYear: fiscalYear, round: round, asOf: today, replayed: false), now: now)
        }
        guard day <= today else {
            throw ReportingError.asOfInFuture(day: day.formatted(.thaiMedium), today: today.formatted(.thaiMedium))
        }
        let snapshot = try await LogSnapshot.replay(live, recordedBefore: day.adding(days: 1).startOfDay, projections: projections)
        return try await ReportSources(
            store: snapshot, period: ReportPeriod(fiscalYear: fiscalYear, round: round, asOf: day, replayed: true), now: now
        )
    }

    /// Sources over `store` as it is, for `period` (tests and the previous round of a summary).
    public init(store: any EventStore, period: ReportPeriod, now: Date = Date()) async throws {
        self.store = store
        self.period = period
        agency = try await AgencyProfile.load(from: store)?.agencyName ?? ""
        directory = try await AgencyDirectory.load(from: store)
        ledger = try await RiskLedger.load(from: store)
        lastSequence = try await store.lastSequence()
        anchor = try await ChainAnchor.event(at: lastSequence, in: store)
        generatedAt = period.replayed ? nil : now
    }

    /// The same sources looking at another period (the previous round), reading the same state of the log.
    public func with(period: ReportPeriod) -> ReportSources {
        ReportSources(store: store, period: period, agency: agency, directory: directory, ledger: ledger, lastSequence: lastSequence, anchor: anchor, generatedAt: generatedAt)
    }

    private init(
        store: any EventStore, period: ReportPeriod, agency: String, directory: AgencyDirectory, ledger: RiskLedger,
        lastSequence: Int64, anchor: ChainAnchor?, generatedAt: Date?
    ) {
        self.store = store
        self.period = period
        self.agency = agency
        self.directory = directory
        self.ledger = ledger
        self.lastSequence = lastSequence
        self.anchor = anchor
        self.generatedAt = generatedAt
    }

    /// A department's Thai name, or the code when the directory does not know it.
    public func departmentName(_ code: String?) -> String {
        guard let code else { return "" }
        return directory.department(code)?.name ?? code
    }

    /// A staff member's name, or the id.
    public func staffName(_ id: String) -> String { directory.member(id)?.name ?? id }
}
