import Agency
import EventStore
import Foundation
import ITA
import Oversight
import Procurement
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
    /// Local government or state agency, from the profile (local when not set): which OIT list applies.
    public let agencyType: AgencyKind
    /// The OIT catalogues of `Registers/ita` (nil when the folder is not found), to name each year's items.
    public let itaCatalogues: ITACatalogueLibrary?
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
    /// The sequence at which the read models the report reads were found to match the log (live reports are
    /// checked with ``EventStore/verifyReadModels(progress:)``; a replayed one is built from the log itself);
    /// nil when the store cannot check them, and then the report does not claim it.
    public let readModelsVerifiedAt: Int64?

    /// Opens the sources of a report on `fiscalYear`'s `round`, as of `asOf` (today when nil).
    ///
    /// Two days are separate here: `asOf` is the log's day (the log replayed as it stood at its end),
    /// `judgedOn` the day overdue is judged on. A register filed as of a day of its own (`audit plan export
    /// --as-of`) gives only `judgedOn` and reads the live log; a report gives `asOf` and is judged on it.
    ///
    /// - parameters:
    ///   - judgedOn: The day overdue is judged on; nil judges on the as-of day, capped at the round's end.
    ///   - projections: Every module's read models, to rebuild them when the log is replayed.
    ///   - now: The current instant; "today" is its day in Bangkok.
    ///   - checkingReadModels: Whether a live report checks the read models against the log first (it does,
    ///     but where only the server's keeper can write them and the caller reads thousands of agencies).
    ///   - readingRedFlags: Whether what is made from these sources reads the red flags (``ReportKind/readsRedFlags``);
    ///     when not, their read model is neither checked nor replayed.
    /// - throws: ``ReportingError/asOfInFuture(day:today:)`` for a day after today.
    public static func open(
        _ live: any EventStore, fiscalYear: FiscalYear, round: ReportingRound?, asOf: CalendarDate?,
        judgedOn: CalendarDate? = nil, projections: [any Projection], now: Date = Date(),
        checkingReadModels: Bool = true, readingRedFlags: Bool = true
    ) async throws -> ReportSources {
        let today = CalendarDate(now)
        let read = readModelsRead(projections, redFlags: readingRedFlags)
        // An explicit day is always replayed, even today's: the report is then a function of the log and the
        // day alone, so issuing it again later (once the day is over) gives the same bytes.
        guard let day = asOf else {
            let verifiedAt = checkingReadModels ? try await verifiedSequence(of: live, reading: read) : nil
            return try await ReportSources(
                store: live,
                period: ReportPeriod(
                    fiscalYear: fiscalYear, round: round, asOf: today, replayed: false, judgedOn: judgedOn
                ),
                now: now, readModelsVerifiedAt: verifiedAt
            )
        }
        guard day <= today else {
            throw ReportingError.asOfInFuture(day: day.formatted(.thaiMedium), today: today.formatted(.thaiMedium))
        }
        // Only the read models a report reads: replaying the procurement read model too held a national
        // store's millions of rows in memory for a report that never looks at them.
        let snapshot = try await LogSnapshot.replay(
            live, recordedBefore: day.adding(days: 1).startOfDay,
            projections: projections.filter { read.contains($0.name) })
        return try await ReportSources(
            store: snapshot,
            period: ReportPeriod(fiscalYear: fiscalYear, round: round, asOf: day, replayed: true, judgedOn: judgedOn),
            now: now,
            readModelsVerifiedAt: try await snapshot.lastSequence()
        )
    }

    /// The read models a report reads, by projection name: every register's, but not the procurement read
    /// model, which no report reads (Reporting reads projects only through the red flags Oversight keeps in
    /// its own read model), and not the red flags' unless `redFlags`. At national size the procurement read
    /// model is millions of rows and the red flags over a hundred thousand, each with its evidence: replaying
    /// them to check them was most of each report's time (issue 17). `ReportReadsTests` records the tables
    /// each report and the due calendar query, and holds them to this set.
    public static func readModelsRead(_ projections: [any Projection], redFlags: Bool = true) -> Set<String> {
        var names = Set(projections.map(\.name)).subtracting([ProcurementProjection().name])
        if !redFlags { names.remove(RedFlagsProjection().name) }
        return names
    }

    /// Checks the live store's read models that a report reads (`names`) against its log before a report
    /// trusts them: the sequence they were found to match at, or nil when the store cannot check.
    /// - throws: ``ReadModelMismatch`` naming the tables that differ; the report is then not made.
    static func verifiedSequence(of live: any EventStore, reading names: Set<String>) async throws -> Int64? {
        let report: ReadModelReport
        do {
            report = try await live.verifyReadModels(only: names, progress: nil)
        } catch EventStoreError.readModelCheckUnavailable {
            return nil
        }
        try report.requireConsistent(location: live.location)
        return report.sequence
    }

    /// Sources over `store` as it is, for `period` (tests and the previous round of a summary);
    /// `readModelsVerifiedAt` is what a check of its read models found (see ``readModelsVerifiedAt``).
    public init(
        store: any EventStore, period: ReportPeriod, now: Date = Date(), readModelsVerifiedAt: Int64? = nil
    ) async throws {
        self.store = store
        self.period = period
        let profile = try await AgencyProfile.load(from: store)
        agency = profile?.agencyName ?? ""
        agencyType = profile?.kind ?? .localGovernment
        itaCatalogues = try ITACatalogueLibrary.defaultFolder().map { try ITACatalogueLibrary.load(folder: $0) }
        directory = try await AgencyDirectory.load(from: store)
        ledger = try await RiskLedger.load(from: store)
        lastSequence = try await store.lastSequence()
        anchor = try await ChainAnchor.event(at: lastSequence, in: store)
        generatedAt = period.replayed ? nil : now
        self.readModelsVerifiedAt = readModelsVerifiedAt
    }

    /// The same sources looking at another period (the previous round), reading the same state of the log.
    public func with(period: ReportPeriod) -> ReportSources {
        ReportSources(
            store: store, period: period, agency: agency, agencyType: agencyType, itaCatalogues: itaCatalogues,
            directory: directory, ledger: ledger, lastSequence: lastSequence, anchor: anchor, generatedAt: generatedAt,
            readModelsVerifiedAt: readModelsVerifiedAt)
    }

    private init(
        store: any EventStore, period: ReportPeriod, agency: String, agencyType: AgencyKind,
        itaCatalogues: ITACatalogueLibrary?, directory: AgencyDirectory, ledger: RiskLedger,
        lastSequence: Int64, anchor: ChainAnchor?, generatedAt: Date?, readModelsVerifiedAt: Int64?
    ) {
        self.store = store
        self.period = period
        self.agency = agency
        self.agencyType = agencyType
        self.itaCatalogues = itaCatalogues
        self.directory = directory
        self.ledger = ledger
        self.lastSequence = lastSequence
        self.anchor = anchor
        self.generatedAt = generatedAt
        self.readModelsVerifiedAt = readModelsVerifiedAt
    }

    /// A department's Thai name, or the code when the directory does not know it.
    public func departmentName(_ code: String?) -> String {
        guard let code else { return "" }
        return directory.department(code)?.name ?? code
    }

    /// A staff member's name, or the id.
    public func staffName(_ id: String) -> String { directory.member(id)?.name ?? id }

    /// The year's OIT item for a duty (a purpose key of `Registers/ita/purposes.yaml`) as reports name it, or nil
    /// when the year's catalogue for this agency's type has none.
    public func itaItem(purpose: String) -> String? {
        itaCatalogues?.catalogue(period.fiscalYear, type: agencyType)?.item(purpose: purpose)?.label
    }
}
