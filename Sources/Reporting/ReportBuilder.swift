import Agency

/// Builds any report from its sources: the one entry the command line calls.
public enum ReportBuilder {
    /// Builds `kind` for `sources`' period.
    ///
    /// - parameters:
    ///   - department: Limit the report to one department's code (not the O33 or the executive summary, which
    ///     are the agency's as a whole).
    ///   - viewer: The staff id of who asks, for what the gift log lets them see (O33).
    ///   - confidential: The internal O34/O35 (marked ลับ), with the findings of risks entered from red flags;
    ///     only a viewer ``PersonalDataAccess`` lets see details may ask for it.
    ///   - engagement: The engagement report's audit subject (nil: the engagement closed last in the year).
    public static func build(
        _ kind: ReportKind, _ sources: ReportSources, department: String? = nil, viewer: String? = nil,
        confidential: Bool = false, engagement: String? = nil
    ) async throws -> ReportDocument {
        if confidential {
            guard kind == .o34 || kind == .o35 else { throw ReportingError.noInternalVersion(kind) }
            guard
                PersonalDataAccess.view(
                    for: viewer.flatMap { PersonalDataAccess.viewer(named: $0, in: sources.directory) }) == .full
            else {
                throw ReportingError.internalNotAllowed(viewer: viewer)
            }
            return kind == .o34
                ? .o34(await RiskAssessmentReport.build(sources, department: department, confidential: true))
                : .o35(await RiskManagementReport.build(sources, department: department, confidential: true))
        }
        return switch kind {
        case .followup: .followup(try await FollowUpReport.build(sources, department: department))
        case .o34: .o34(await RiskAssessmentReport.build(sources, department: department))
        case .o35: .o35(await RiskManagementReport.build(sources, department: department))
        case .o33: .o33(try await GiftPolicyReport.build(sources, viewer: viewer))
        case .plan, .measures: .plan(try PlanReport.build(kind, sources, department: department))
        case .audit: .audit(try await AuditFollowUpReport.build(sources, department: department))
        case .executive: .executive(try await ExecutiveSummary.build(sources))
        case .engagement: .engagement(try await AuditEngagementReport.build(sources, subject: engagement))
        case .auditAnnual: .auditAnnual(try await AuditAnnualReport.build(sources))
        }
    }
}
