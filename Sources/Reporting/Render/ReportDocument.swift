import Foundation
import Presentation

/// Any report Sujarit makes, so one renderer and one command path serve them all.
public enum ReportDocument: Sendable {
    case followup(FollowUpReport)
    case o34(RiskAssessmentReport)
    case o35(RiskManagementReport)
    case o33(GiftPolicyReport)
    case plan(PlanReport)
    case audit(AuditFollowUpReport)
    case executive(ExecutiveSummary)
    case engagement(AuditEngagementReport)
    case auditAnnual(AuditAnnualReport)

    /// The report's header.
    public var header: ReportHeader {
        switch self {
        case .followup(let report): report.header
        case .o34(let report): report.header
        case .o35(let report): report.header
        case .o33(let report): report.header
        case .plan(let report): report.header
        case .audit(let report): report.header
        case .executive(let report): report.header
        case .engagement(let report): report.header
        case .auditAnnual(let report): report.header
        }
    }

    /// The report's values as JSON: sorted keys, ISO dates, so scripts and diffs can rely on it.
    public func json() throws -> String {
        let encoder = JSONOutput.encoder()
        let data: Data =
            switch self {
            case .followup(let report): try encoder.encode(report)
            case .o34(let report): try encoder.encode(report)
            case .o35(let report): try encoder.encode(report)
            case .o33(let report): try encoder.encode(report)
            case .plan(let report): try encoder.encode(report)
            case .audit(let report): try encoder.encode(report)
            case .executive(let report): try encoder.encode(report)
            case .engagement(let report): try encoder.encode(report)
            case .auditAnnual(let report): try encoder.encode(report)
            }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A file name for it, e.g. `followup-2568-6m.html` or `executive-2568-12m-asof-2025-09-30.pdf`; the
    /// confidential version says so before the extension (`o35-2568-12m.internal.html`).
    public func fileName(_ extension: String) -> String {
        let header = self.header
        var parts = [header.kind.rawValue, String(header.period.fiscalYear.be)]
        if let round = header.period.round { parts.append(round.rawValue) }
        if case .engagement(let report) = self { parts.append(report.engagement.subject.lowercased()) }
        if let department = header.department { parts.append(department.lowercased()) }
        if header.period.replayed { parts.append("asof-\(header.period.asOf.formatted(.iso))") }
        let marked = header.privacy == .confidential ? "internal." + `extension` : `extension`
        return parts.joined(separator: "-") + "." + marked
    }
}
