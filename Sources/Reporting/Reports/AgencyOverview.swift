import Agency
import AuditPlans
import Declarations
import EventStore
import GiftLog
import Oversight
import Presentation
import RiskRegister
import Sujarit

/// The agencies of a province or of the country side by side: one line of totals per agency, for the
/// oversight bodies (a provincial office, the national view) that may read many agencies' stores.
///
/// Each figure is the one the agency's own executive summary shows, by the same rule, but computed for every
/// agency at once: one query per figure over a store that spans the agencies (``AgencySpanningStore``), each
/// grouped by agency, rather than one summary per agency. Risks, scored risks, declarations missing and open red
/// flags are grouped counts of read models. Three figures need more than a column holds, and are computed from
/// one query read in department order, one agency at a time: overdue measures and overdue recommendations (a
/// round counts only some progress updates and follow-up rounds, which the read models keep only the latest
/// of — from the log) and late or missing gift reports (whether a gift must be reported depends on the giver's
/// other gifts of the occasion and on the rules it was logged under — from `gift_entries`, judged by the gift
/// log's own judge). A figure is nil where the agency recorded nothing for the year (shown as "–", never as 0).
/// Like the executive summary it names no person. It reads the read models as the server's projector left them
/// (only the keeper writes them); each agency's own reports still check theirs against its log.
public struct AgencyOverview: Sendable, Hashable, Codable {
    /// One agency's figures.
    public struct Line: Sendable, Hashable, Codable {
        /// The agency's e-GP department id.
        public var departmentID: String
        /// The agency's name, as its store was created with (or last renamed to).
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

    /// An agency the view may read, with what the server's catalogue says of it.
    public struct Source: Sendable, Hashable {
        public var departmentID: String
        public var province: String?

        /// Creates the value from its parts.
        public init(departmentID: String, province: String?) {
            self.departmentID = departmentID
            self.province = province
        }
    }

    /// The fiscal year and round of every line.
    public var fiscalYear: FiscalYear
    public var round: ReportingRound
    /// One line per agency, in department-id order.
    public var lines: [Line]

    /// The figures of `agencies` for the year's round as of `today` (judged on the earlier of today and the
    /// round's end, as a live executive summary is), read from `store`.
    ///
    /// A handful of queries whatever the number of agencies; rows of agencies not in `agencies` are ignored.
    public static func build(
        _ agencies: [Source], from store: any AgencySpanningStore, fiscalYear: FiscalYear, round: ReportingRound,
        today: CalendarDate
    ) async throws -> AgencyOverview {
        let period = ReportPeriod(fiscalYear: fiscalYear, round: round, asOf: today, replayed: false)
        let judged = period.judgedOn
        let names = try await AgencyProfile.namesByAgency(store)
        let risks = try await RiskRegisterQueries.countsByAgency(store, fiscalYear: fiscalYear)
        var measures: [String: Int] = [:]
        try await RiskRegisterQueries.forEachAgencyMeasures(store, fiscalYear: fiscalYear) { agency, year in
            measures[agency] = year.filter { Lines.overdueDays($0, in: period) != nil }.count
        }
        let gifts = try await GiftQueries.lateOrMissingByAgency(store, year: fiscalYear, round: round, asOf: judged)
        let seats = try await DeclarationQueries.coverageByAgency(store, fiscalYear: fiscalYear, judgedOn: judged)
        var recommendations: [String: Int] = [:]
        try await AuditQueries.forEachAgencyFollowUps(store) { agency, followUps in
            if let overdue = overdueRecommendations(followUps, in: period) { recommendations[agency] = overdue }
        }
        let flags = try await RedFlagQueries.countsByAgency(store, fiscalYear: fiscalYear)
        let lines = agencies.sorted { $0.departmentID < $1.departmentID }.map { source in
            let id = source.departmentID
            return Line(
                departmentID: id, agency: names[id] ?? "", province: source.province, risks: risks[id]?.risks,
                risksScored: risks[id]?.scored, measuresOverdue: measures[id],
                // The summary always counts gifts: an agency that logged none has none late.
                giftsLate: gifts[id] ?? 0, declarationsMissing: seats[id]?.missing,
                recommendationsOverdue: recommendations[id], redFlagsOpen: flags[id]?.open)
        }
        return AgencyOverview(fiscalYear: fiscalYear, round: round, lines: lines)
    }

    /// How many recommendations the period follows up were overdue on its judging day; nil when it follows up
    /// none (the summary then has no audit section). The rule of ``Lines/audit(_:department:)``.
    static func overdueRecommendations(_ followUps: [FindingFollowUp], in period: ReportPeriod) -> Int? {
        var followed = 0, overdue = 0
        for followUp in followUps where Lines.isFollowedUp(followUp.finding, in: period) {
            let recommendations = followUp.finding.recommendations + followUp.added.map(\.recommendation)
            for recommendation in recommendations {
                let (status, _) = Lines.auditStatus(followUp.rounds[recommendation.number] ?? [], on: period.judgedOn)
                guard Lines.isFollowedUp(followUp.finding, status: status, in: period) else { continue }
                followed += 1
                if Lines.auditOverdueDays(due: recommendation.due, status: status, on: period.judgedOn) != nil {
                    overdue += 1
                }
            }
        }
        return followed == 0 ? nil : overdue
    }
}
