import Agency
import Sujarit

/// Management responses and added recommendations, decided on the finding's stream: a response only to a
/// recommendation the finding has, after the finding and never in the future; "no response received" only
/// where no response has come.
extension FindingFollowUp {
    /// The response that stands for recommendation `number`, if any.
    public func response(_ number: Int) -> AuditManagementResponded? { responses[number]?.last }

    /// Recommendations with neither a response (recorded later, or given with the finding) nor a "no response
    /// received by DAY" record.
    public var unanswered: [RecommendationRef] {
        recommendations.filter { !hasResponse($0.number) && notReceived[$0.number] == nil }.map {
            RecommendationRef(finding: finding.id, number: $0.number)
        }
    }

    /// Whether management answered recommendation `number`: a response event, or the response the finding
    /// was recorded with.
    func hasResponse(_ number: Int) -> Bool {
        response(number) != nil
            || recommendations.contains { $0.number == number && $0.managementResponse != nil }
    }

    /// Adds a recommendation, numbered after the last; its owner must be in the directory and its due day on
    /// or after the day it is added.
    public func decideAddRecommendation(
        text: String, owner: String, due: CalendarDate, on day: CalendarDate, directory: AgencyDirectory,
        today: CalendarDate
    ) throws -> AuditRecommendationAdded {
        try Check.notFuture(day, field: "--on", today: today)
        if day < finding.recordedOn {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the finding's day", finding.recordedOn)
        }
        if due < day { throw AuditPlansError.dateBefore(field: "--due", due, what: "the day it is added", day) }
        let member = try directory.require(owner, field: "--owner")
        let recommendation = Recommendation(
            number: (recommendations.map(\.number).max() ?? 0) + 1,
            text: try Check.text(text, field: "--recommendation"), managementResponse: nil, actionOwner: member.id,
            due: due)
        return AuditRecommendationAdded(finding: finding.id, recommendation: recommendation, addedOn: day)
    }

    /// Records management's response to recommendation `number` (nil when the finding has one).
    ///
    /// The owner must be in the directory; agreeing (wholly or partly) needs a due day, on or after the
    /// response. A response identical to the one standing is refused, so repeating a command records nothing.
    public func decideResponse(
        recommendation number: Int?, position: ResponsePosition, actionPlan: String, owner: String,
        due: CalendarDate?, on day: CalendarDate, directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditManagementResponded {
        let recommendation = try recommendation(number)
        try Check.notFuture(day, field: "--on", today: today)
        let since = added.first { $0.recommendation.number == recommendation.number }?.addedOn ?? finding.recordedOn
        if day < since {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the recommendation was made", since)
        }
        let plan = try Check.text(actionPlan, field: "--action-plan")
        let member = try directory.require(owner, field: "--owner")
        if position != .disagree, due == nil { throw AuditPlansError.responseNeedsDue(position) }
        if let due, due < day { throw AuditPlansError.dateBefore(field: "--due", due, what: "the response", day) }
        let earlier = responses[recommendation.number] ?? []
        let response = AuditManagementResponded(
            finding: finding.id, recommendation: recommendation.number, position: position, actionPlan: plan,
            owner: member.id, due: due, respondedOn: day, revision: earlier.count + 1)
        if let last = earlier.last, last.position == position, last.actionPlan == plan, last.owner == member.id,
            last.due == due
        {
            throw AuditPlansError.sameResponse(response.ref, on: last.respondedOn)
        }
        return response
    }

    /// Records that no response to recommendation `number` — or, when nil, to each recommendation still
    /// unanswered — had been received by `day`.
    public func decideNoResponse(
        recommendation number: Int?, by day: CalendarDate, note: String?, today: CalendarDate
    ) throws -> [AuditResponseNotReceived] {
        try Check.notFuture(day, field: "--by", today: today)
        if day < finding.recordedOn {
            throw AuditPlansError.dateBefore(field: "--by", day, what: "the finding's day", finding.recordedOn)
        }
        let numbers: [Int]
        if let number {
            let recommendation = try recommendation(number)
            if let response = response(recommendation.number) {
                throw AuditPlansError.alreadyResponded(response.ref, on: response.respondedOn)
            }
            if recommendation.managementResponse != nil {
                throw AuditPlansError.alreadyResponded(
                    RecommendationRef(finding: finding.id, number: recommendation.number), on: finding.recordedOn)
            }
            if let noted = notReceived[recommendation.number], noted.by >= day {
                throw AuditPlansError.noResponseRecorded(noted.ref, by: noted.by)
            }
            numbers = [recommendation.number]
        } else {
            // A later day may be recorded again (still nothing by then); the same or an earlier one adds nothing.
            numbers = recommendations.map(\.number).filter { number in
                !hasResponse(number) && (notReceived[number].map { $0.by < day } ?? true)
            }
            guard !numbers.isEmpty else { throw AuditPlansError.allResponded(finding.id) }
        }
        return numbers.map {
            AuditResponseNotReceived(finding: finding.id, recommendation: $0, by: day, note: Check.optionalText(note))
        }
    }
}
