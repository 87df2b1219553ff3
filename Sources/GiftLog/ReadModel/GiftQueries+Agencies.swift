import EventStore
import Sujarit

extension GiftQueries {
    /// How many gifts of every agency `store` spans had to be reported in `round` of `year` and were reported
    /// late or not by their due day, judged on `asOf`, by department id; an agency that logged no gift is absent.
    ///
    /// The figure of the agency's O33 report (``GiftReport/lateReports`` plus ``GiftReport/missingReports``), by
    /// the same code: whether a gift must be reported depends on the giver's other gifts of the occasion and on
    /// the rules version it was logged under (``GiftJudge``), which no column holds. So the entries are read in
    /// one query in department order, one agency's at a time (an agency logs tens a year), and each agency's are
    /// judged as its own report judges them. The rules (a few rows per agency) are read first, in one query.
    public static func lateOrMissingByAgency(
        _ store: any AgencySpanningStore, year: FiscalYear, round: ReportingRound, asOf: CalendarDate
    ) async throws -> [String: Int] {
        var adopted: [String: [Int: GiftRules]] = [:]
        for row in try await store.query("SELECT agency, record FROM gift_rules ORDER BY agency, version") {
            let rules = try self.rules(row)
            adopted[row.string("agency") ?? "", default: [:]][rules.version] = rules
        }
        var counts: [String: Int] = [:]
        try await store.forEachAgency(
            SQLStatement(
                """
                SELECT agency, record, gift_date, reported_on, decision FROM gift_entries
                ORDER BY agency, gift_date, fiscal_year, number
                """)
        ) { agency, rows in
            let entries = try rows.map(entry)
            // As GiftLogService.allRules: the defaults stand in for a version never adopted.
            var rules = adopted[agency] ?? [:]
            if rules[GiftRules.defaults.version] == nil { rules[GiftRules.defaults.version] = .defaults }
            let assessments = try GiftJudge.assess(entries, rules: { rules[$0] ?? .defaults }, asOf: asOf)
            let report = GiftReport(
                fiscalYear: year, round: round, asOf: asOf,
                entries: entries.map { AssessedGift(entry: $0, assessment: assessments[$0.id]!) }, policy: nil,
                activities: [], rules: rules.max { $0.key < $1.key }?.value ?? .defaults)
            counts[agency] = report.lateReports + report.missingReports
        }
        return counts
    }
}
