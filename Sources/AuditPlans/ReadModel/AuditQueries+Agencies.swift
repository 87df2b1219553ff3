import EventStore
import Sujarit

extension AuditQueries {
    /// Every agency's findings with their recommendations (those of the finding and those added since) and
    /// every follow-up round, one agency at a time in department order.
    ///
    /// From the log rather than `audit_recommendations`: a report judges each recommendation by its last
    /// round on or before the judging day, and the read model keeps only the latest round. One query over
    /// the findings' events, read as it arrives, folded by ``FindingFollowUp/apply(_:)`` as
    /// ``FindingFollowUp/load(_:from:)`` folds a finding's stream: memory holds one agency's findings.
    public static func forEachAgencyFollowUps(
        _ store: any AgencySpanningStore, _ body: (_ agency: String, [FindingFollowUp]) throws -> Void
    ) async throws {
        let types: Set<String> = [
            AuditFindingRecorded.eventType, AuditRecommendationAdded.eventType, AuditFollowUpRecorded.eventType,
        ]
        try await store.forEachAgency(eventsOf: types) { agency, events in
            var followUps: [FindingID: FindingFollowUp] = [:]
            for event in events {
                switch event.type {
                case AuditFindingRecorded.eventType:
                    let finding = try event.decode(AuditFindingRecorded.self)
                    followUps[finding.id] = FindingFollowUp(finding: finding)
                case AuditRecommendationAdded.eventType:
                    try followUps[try event.decode(AuditRecommendationAdded.self).finding]?.apply(event)
                default:
                    try followUps[try event.decode(AuditFollowUpRecorded.self).finding]?.apply(event)
                }
            }
            if !followUps.isEmpty { try body(agency, followUps.values.sorted { $0.finding.id < $1.finding.id }) }
        }
    }
}
