import EventStore
import Sujarit

/// The streams the audit plans register writes.
///
/// A year's plan, its engagements and their findings share one stream (`audit-plan/2568`): the rules that
/// tie them — an engagement only on an approved entry, no finding on a closed engagement, no removing an
/// entry whose engagement started, finding numbers unique in the year — then hold by the stream's expected
/// version alone. A municipality's year is a few dozen such events. Follow-up rounds go on in later years,
/// so each finding has its own stream for them.
public enum AuditStreams {
    /// `audit-subject/FIN-REV`: one universe subject.
    public static func subject(_ id: String) throws -> StreamID { try StreamID(category: "audit-subject", id: id) }
    /// `audit-plan/2568`: a year's plan, engagements and findings.
    public static func plan(_ year: FiscalYear) throws -> StreamID {
        try StreamID(category: "audit-plan", id: String(year.be))
    }
    /// `audit-charter/agency`: the agency's Internal Audit Charter, every version.
    public static var charter: StreamID { get throws { try StreamID(category: "audit-charter", id: "agency") } }
    /// `audit-quality/2570`: the year's self-assessment of the audit activity.
    public static func quality(_ year: FiscalYear) throws -> StreamID {
        try StreamID(category: "audit-quality", id: String(year.be))
    }
    /// `audit-finding/F-2568-001`: the follow-up rounds, management responses and added recommendations of
    /// one finding.
    public static func finding(_ id: FindingID) throws -> StreamID {
        try StreamID(category: "audit-finding", id: id.description)
    }
}

/// Every event type of the register, for reading only its events from the log.
public enum AuditEventTypes {
    /// The type names, for an event filter.
    public static let all: Set<String> = [
        AuditSubjectDefined.eventType, AuditPlanDrafted.eventType, AuditPlanEdited.eventType,
        AuditPlanAmended.eventType,
        AuditPlanApproved.eventType, AuditPlanApprovalCorrected.eventType, AuditEngagementStarted.eventType,
        AuditEngagementClosed.eventType,
        AuditFindingRecorded.eventType, AuditFollowUpRecorded.eventType, AuditEngagementScoped.eventType,
        AuditProgramStepAdded.eventType, AuditProgramStepPerformed.eventType, AuditWorkingPaperAttached.eventType,
        AuditTimeRecorded.eventType, AuditSampleDrawn.eventType, AuditRecommendationAdded.eventType,
        AuditManagementResponded.eventType, AuditResponseNotReceived.eventType, AuditCharterDrafted.eventType,
        AuditCharterApproved.eventType, AuditCharterReviewed.eventType, AuditQualityAssessed.eventType,
    ]
}
