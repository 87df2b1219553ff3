/// Builds any report from its sources: the one entry the command line calls.
public enum ReportBuilder {
    /// Builds `kind` for `sources`' period.
    ///
    /// - parameters:
    ///   - department: Limit the report to one department's code (not the O33 or the executive summary, which
    ///     are the agency's as a whole).
    ///   - viewer: The staff id of who asks, for what the gift log lets them see (O33).
    public static func build(_ kind: ReportKind, _ sources: ReportSources, department: String? = nil, viewer: String? = nil) async throws -> ReportDocument {
        switch kind {
        case .followup: .followup(try await FollowUpReport.build(sources, department: department))
        case .o34: .o34(RiskAssessmentReport.build(sources, department: department))
        case .o35: .o35(RiskManagementReport.build(sources, department: department))
        case .o33: .o33(try await GiftPolicyReport.build(sources, viewer: viewer))
        case .plan, .measures: .plan(PlanReport.build(kind, sources, department: department))
        case .audit: .audit(try await AuditFollowUpReport.build(sources, department: department))
        case .executive: .executive(try await ExecutiveSummary.build(sources))
        }
    }
}
