import Agency
import AuditPlans
import Declarations
import EventStore
import GiftLog
import ITA
import Oversight
import Procurement
import RiskRegister

/// Every `DomainEvent` type of the registers, each of which must have a fixture per schema version.
///
/// A new event type goes here with its first fixture; the completeness test also reads every
/// `static let eventType` in Sources, so a type left out of this list fails too.
let pinnedEventTypes: [any DomainEvent.Type] = [
    // Agency
    StoreInitialized.self, AgencyProfileUpdated.self, DepartmentDefined.self, StaffMemberDefined.self,
    // RiskRegister
    RiskMatrixAdopted.self, RiskCategoryDefined.self, RiskIdentified.self, RiskAssessed.self, RiskAccepted.self,
    ScoringRoundOpened.self, ScoringRoundClosed.self, RiskScored.self, RiskScoreResolved.self,
    RiskScoresFinalized.self, MeasurePlanned.self, MeasureProgressReported.self, MeasurePlanAmended.self,
    // Declarations
    DeclarationSigned.self, DeclarationAmended.self, DeclarationWithdrawn.self, DeclarationDateCorrected.self,
    RecusalRecorded.self, CommitteeRecorded.self, DeclarationStreamKeyCreated.self,
    // GiftLog
    GiftLogged.self, GiftReportedToHead.self, GiftDecisionRecorded.self, GiftDateCorrected.self,
    GiftRulesAdopted.self, NoGiftPolicyDeclared.self, NoGiftActivityRecorded.self,
    // AuditPlans
    AuditSubjectDefined.self, AuditPlanDrafted.self, AuditPlanEdited.self, AuditPlanAmended.self,
    AuditPlanApproved.self, AuditPlanApprovalCorrected.self, AuditEngagementStarted.self,
    AuditEngagementClosed.self, AuditFindingRecorded.self, AuditFollowUpRecorded.self,
    AuditEngagementScoped.self, AuditProgramStepAdded.self, AuditProgramStepPerformed.self,
    AuditWorkingPaperAttached.self, AuditTimeRecorded.self, AuditSampleDrawn.self, AuditRecommendationAdded.self,
    AuditManagementResponded.self, AuditResponseNotReceived.self, AuditCharterDrafted.self,
    AuditCharterApproved.self, AuditCharterReviewed.self, AuditQualityAssessed.self,
    // Procurement
    AnnouncementPublished.self, AnnouncementsPublished.self, BiddersRecorded.self, ContractRecorded.self,
    ContractsRecorded.self, FeedImported.self, ContractsImported.self,
    // ITA
    ITAFrameworkAdopted.self, ITAResultRecorded.self, ITAItemPublished.self,
    // Oversight
    RedFlagRaised.self, RedFlagRevised.self, FlagDismissed.self, FlagEscalated.self,
]
