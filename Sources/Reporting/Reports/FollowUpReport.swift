import Sujarit

/// The follow-up of a round: every risk measure, integrity measure and audit recommendation with its owner,
/// due day, status, result, problems and evidence, overdue ones marked, and the counts by status.
public struct FollowUpReport: Sendable, Hashable, Codable {
    public var header: ReportHeader
    public var lines: [FollowUpLine]
    public var counts: StatusCounts
    /// The counts of each kind of line present.
    public var byKind: [KindCounts]

    /// One kind's counts.
    public struct KindCounts: Sendable, Hashable, Codable {
        public var kind: FollowUpLine.Kind
        public var counts: StatusCounts
    }

    /// Builds the follow-up of `sources`' period, optionally for one department.
    public static func build(_ sources: ReportSources, department: String? = nil) async throws -> FollowUpReport {
        let measures = Lines.measures(sources, department: department).map { Lines.line($0, sources) }
        let audit = try await Lines.audit(sources, department: department).map(\.line)
        let lines =
            measures.sorted { ($0.kind == .riskMeasure ? 0 : 1, $0.id) < ($1.kind == .riskMeasure ? 0 : 1, $1.id) }
            + audit
        var basis = [
            """
            มาตรการในทะเบียนความเสี่ยงการทุจริตและมาตรการส่งเสริมคุณธรรม ปีงบประมาณ \
            \(sources.period.fiscalYear.be) พร้อมผลการดำเนินงานที่รายงานในรอบ
            """
        ]
        basis.append("ข้อเสนอแนะจากการตรวจสอบภายในและผลการติดตาม ณ วันที่พิจารณา")
        return FollowUpReport(
            header: ReportHeader(kind: .followup, sources: sources, department: department, basis: basis),
            lines: lines, counts: StatusCounts(lines),
            byKind: FollowUpLine.Kind.allCases.compactMap { kind in
                let chosen = lines.filter { $0.kind == kind }
                return chosen.isEmpty ? nil : KindCounts(kind: kind, counts: StatusCounts(chosen))
            }
        )
    }
}
