import EventStore
import Presentation
import Sujarit

/// The agencies of a province or of the country side by side: one line of totals per agency, for the
/// oversight bodies (a provincial office, the national view) that may read many agencies' stores.
///
/// Each line is the agency's own executive summary reduced to counts, so the two can never disagree; a
/// figure is nil where the agency recorded nothing for the year (shown as "–", never as 0). Like the
/// executive summary it names no person.
public struct AgencyOverview: Sendable, Hashable, Codable {
    /// One agency's figures.
    public struct Line: Sendable, Hashable, Codable {
        /// The agency's e-GP department id.
        public var departmentID: String
        /// The agency's name, as its store was created with.
        public var agency: String
        /// The province code the agency is registered in, if any.
        @JSONNull public var province: String? = nil
        /// Risks identified for the year, and how many of them are scored.
        @JSONNull public var risks: Int? = nil
        @JSONNull public var risksScored: Int? = nil
        /// Measures of the year past their due day and not done.
        @JSONNull public var measuresOverdue: Int? = nil
        /// Gift reports made later than the 30 days allowed, and reports still missing.
        @JSONNull public var giftsLate: Int? = nil
        /// Procurement committee seats with no declaration of interest.
        @JSONNull public var declarationsMissing: Int? = nil
        /// Internal-audit recommendations past their due day.
        @JSONNull public var recommendationsOverdue: Int? = nil
        /// Red flags raised and still open.
        @JSONNull public var redFlagsOpen: Int? = nil
    }

    /// A store to summarise, with what the catalogue says of its agency.
    public struct Source: Sendable {
        public var departmentID: String
        public var province: String?
        public var store: any EventStore

        public init(departmentID: String, province: String?, store: any EventStore) {
            self.departmentID = departmentID
            self.province = province
            self.store = store
        }
    }

    /// The fiscal year and round of every line.
    public var fiscalYear: FiscalYear
    public var round: ReportingRound
    /// One line per agency, in department-id order.
    public var lines: [Line]

    /// Builds every agency's executive summary for the year and round, and keeps its totals.
    ///
    /// - parameter progress: Called after each agency, with how many are done, for a progress bar.
    public static func build(
        _ sources: [Source], fiscalYear: FiscalYear, round: ReportingRound, projections: [any Projection],
        concurrency: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> AgencyOverview {
        let ordered = sources.sorted(by: { $0.departmentID < $1.departmentID })
        var lines = [Line?](repeating: nil, count: ordered.count)
        var done = 0
        // At most `concurrency` agencies at a time: a view of the country shares a few connections.
        try await withThrowingTaskGroup(of: (Int, Line).self) { group in
            var next = 0
            func start() {
                guard next < ordered.count else { return }
                let (index, source) = (next, ordered[next])
                next += 1
                group.addTask {
                    // Totals from read models only the server's keeper writes (a shared PostgreSQL store: staff
                    // cannot bend them); each agency's own reports still check them against its log.
                    let report = try await ReportSources.open(
                        source.store, fiscalYear: fiscalYear, round: round, asOf: nil, projections: projections,
                        checkingReadModels: false)
                    let summary = try await ExecutiveSummary.build(report)
                    return (
                        index,
                        line(
                            summary, departmentID: source.departmentID, agency: report.agency, province: source.province
                        )
                    )
                }
            }
            for _ in 0..<max(1, concurrency) { start() }
            while let (index, line) = try await group.next() {
                lines[index] = line
                done += 1
                progress?(done, ordered.count)
                start()
            }
        }
        return AgencyOverview(fiscalYear: fiscalYear, round: round, lines: lines.compactMap { $0 })
    }

    /// One agency's line from its executive summary.
    static func line(_ summary: ExecutiveSummary, departmentID: String, agency: String, province: String?) -> Line {
        Line(
            departmentID: departmentID,
            agency: agency,
            province: province,
            risks: summary.risks?.total,
            risksScored: summary.risks?.scored,
            measuresOverdue: summary.measures?.counts.overdue,
            giftsLate: summary.gifts.map { $0.late + $0.missing },
            declarationsMissing: summary.declarations?.missing,
            recommendationsOverdue: summary.audit?.counts.overdue,
            redFlagsOpen: summary.redFlags?.open
        )
    }
}
