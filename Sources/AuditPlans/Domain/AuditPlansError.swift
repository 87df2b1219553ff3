import Foundation
import Sujarit

/// Why an audit-plans command was refused. Each message names the field, the value given, what is
/// accepted and what to do; a refused command writes nothing.
public enum AuditPlansError: LocalizedError, Sendable, Hashable {
    case invalidSubjectID(String)
    case invalidRiskID(String)
    case invalidFindingID(String)
    case invalidKind(String)
    case invalidRiskLevel(field: String, String)
    case invalidPeriod(field: String, String)
    case invalidStatus(String)
    case notPositive(field: String, Int)
    case emptyField(String)
    case unknownDepartment(field: String, String, known: [String])
    case unknownStaff(field: String, String)
    case missingRole(field: String, String, role: String)
    case notServing(field: String, String, on: CalendarDate)
    case dateInFuture(field: String, CalendarDate, today: CalendarDate)
    case dateBefore(field: String, CalendarDate, what: String, CalendarDate)
    case subjectExists(String)
    case unknownSubject(String)
    case emptyUniverse
    case draftExists(FiscalYear)
    case noPlan(FiscalYear)
    case alreadyApproved(FiscalYear, by: String, on: CalendarDate)
    case sameApprovalDay(FiscalYear, CalendarDate)
    case approvalAfter(CalendarDate, what: String, CalendarDate)
    case approvedPlanNeedsAmendment(FiscalYear, approvedOn: CalendarDate)
    case amendmentOnDraft(FiscalYear)
    case nothingToChange
    case emptyPlan(FiscalYear)
    case overCapacity(total: Int, capacity: Int)
    case alreadyInPlan(String, FiscalYear)
    case notInPlan(String, FiscalYear)
    case deferredNotInPlan(String, FiscalYear, personDays: Int, remaining: Int, approved: Bool)
    case engagementStartedOnEntry(String)
    case planNotApproved(FiscalYear)
    case engagementAlreadyStarted(String, on: CalendarDate)
    case engagementNotStarted(String, FiscalYear)
    case engagementClosed(String, on: CalendarDate)
    case noRecommendation
    case mismatchedRecommendationFields(field: String, count: Int, recommendations: Int)
    case unknownFinding(FindingID)
    case unknownRecommendation(FindingID, Int, count: Int)
    case recommendationNeeded(FindingID, count: Int)
    case followUpClosed(RecommendationRef, ProgressStatus, on: CalendarDate)
    case acceptanceNeeds(String)
    case acceptanceOnly(String)
    case invalidSample(field: String, reason: String)
    case unknownStep(String, Int, count: Int)
    case stepDone(String, Int, on: CalendarDate)
    case workingPaperAttached(String, as: String, String)
    case unknownWorkingPaper(String, String)
    case responseNeedsDue(ResponsePosition)
    case sameResponse(RecommendationRef, on: CalendarDate)
    case alreadyResponded(RecommendationRef, on: CalendarDate)
    case allResponded(FindingID)
    case noResponseRecorded(RecommendationRef, by: CalendarDate)
    case responsesMissing(EngagementRef, [RecommendationRef])
    case invalidPosition(String)
    case charterUnchanged(Int, approved: Bool)
    case charterAlreadyApproved(Int, on: CalendarDate)
    case charterNotDrafted
    case charterNotInForce
    case qualityAssessed(FiscalYear, on: CalendarDate)
    case qualityUnknownItem(String, known: [String])
    case qualityTwice(String)
    case qualityUnanswered([String])

    public var errorDescription: String? {
        switch self {
        case let .invalidSubjectID(text):
            "'\(text)' is not a subject id. Use 1–32 capital letters, digits and dashes, e.g. FIN-REV or PROC-SPECIFIC."
        case let .invalidRiskID(text):
            "'\(text)' is not a risk id. Risk ids look like R-2568-003 (see 'sujarit risk list')."
        case let .invalidFindingID(text):
            """
            '\(text)' is not a finding id. Findings look like F-2568-001, a recommendation F-2568-001.2 (see \
            'sujarit audit status').
            """
        case let .invalidKind(text):
            "--kind '\(text)' is not a subject kind. Accepted: \(SubjectKind.acceptedText)."
        case let .invalidRiskLevel(field, text):
            "\(field) '\(text)' is not a risk level. Accepted: \(AuditRiskLevel.acceptedText)."
        case let .invalidPeriod(field, text):
            "\(field) '\(text)' is not a period. Accepted: \(AuditPeriod.acceptedText)."
        case let .invalidStatus(text):
            "--status '\(text)' is not a follow-up status. Accepted: \(ProgressStatus.acceptedText)."
        case let .notPositive(field, value):
            "\(field) is \(value); it must be a whole number of person-days above 0."
        case let .emptyField(field):
            "\(field) is empty; it is required."
        case let .unknownDepartment(field, code, known):
            """
            \(field) '\(code)' is not a department in the agency directory. Known codes: \
            \(known.isEmpty ? "none — load the directory with 'sujarit agency load FILE'" : known.joined(separator: ", ")).
            """
        case let .unknownStaff(field, id):
            """
            \(field) '\(id)' is not in the agency directory. See the ids with 'sujarit agency staff', or load the \
            directory with 'sujarit agency load FILE'.
            """
        case let .missingRole(field, id, role):
            """
            \(field) '\(id)' does not have the \(role) role in the agency directory. See who has it with 'sujarit \
            agency staff --role \(role)'.
            """
        case let .notServing(field, id, day):
            "\(field) '\(id)' was not in service on \(day.formatted(.thaiMedium)) according to the agency directory."
        case let .dateInFuture(field, date, today):
            """
            \(field) \(date.formatted(.thaiMedium)) is in the future (today is \(today.formatted(.thaiMedium)) in \
            Bangkok). Give the day it actually happened.
            """
        case let .dateBefore(field, date, what, other):
            "\(field) \(date.formatted(.thaiMedium)) is before \(what) (\(other.formatted(.thaiMedium)))."
        case let .subjectExists(id):
            "The subject \(id) is already in the audit universe. Add --replace to change it, or choose another id."
        case let .unknownSubject(id):
            "No subject \(id) in the audit universe. See them with 'sujarit audit universe list'."
        case .emptyUniverse:
            """
            The audit universe is empty. Add subjects with 'sujarit audit universe load FILE' or 'sujarit audit \
            universe add'.
            """
        case let .draftExists(year):
            """
            A draft plan for FY\(year.be) exists already. Change it with 'sujarit audit plan edit', or draft \
            again with --replace (the earlier draft stays in the history).
            """
        case let .noPlan(year):
            """
            There is no plan for FY\(year.be) yet. Draft one with 'sujarit audit plan draft --fy \(year.be) \
            --capacity DAYS'.
            """
        case let .alreadyApproved(year, by, on):
            """
            The FY\(year.be) plan was already approved by \(by) on \(on.formatted(.thaiMedium)); nothing was \
            recorded. Change it by amendment: 'sujarit audit plan edit … --reason TEXT --approved-by ID'; if that \
            day was recorded by mistake, correct it: 'sujarit audit plan approve --fy \(year.be) --correct --on \
            DAY --reason TEXT'.
            """
        case let .sameApprovalDay(year, day):
            """
            The FY\(year.be) plan is already recorded as approved on \(day.formatted(.thaiMedium)) by that \
            approver; nothing to correct. Give the real day with --on (and --by if the approver was wrong too).
            """
        case let .approvalAfter(day, what, other):
            """
            --on \(day.formatted(.thaiMedium)) is after \(what) on \(other.formatted(.thaiMedium)); the plan must \
            have been approved before that. Check the day of approval, or correct that record first.
            """
        case let .approvedPlanNeedsAmendment(year, on):
            """
            The FY\(year.be) plan was approved on \(on.formatted(.thaiMedium)), so it changes only by a recorded \
            amendment. Give --reason TEXT and --approved-by ID (an executive).
            """
        case let .amendmentOnDraft(year):
            "The FY\(year.be) plan is still a draft, so it needs no amendment: leave out --reason and --approved-by."
        case .nothingToChange:
            """
            Nothing to change: give the entry (--subject) and what to change (--period, --auditor, --person-days, \
            --objective, --scope, --method), or --add, --remove or --capacity.
            """
        case let .emptyPlan(year):
            """
            The FY\(year.be) plan has no entries; add some with 'sujarit audit plan edit --add SUBJECT' before \
            approving it.
            """
        case let .overCapacity(total, capacity):
            """
            The plan would need \(total) person-days, more than the capacity of \(capacity). Lower some entries' \
            --person-days, remove an entry, or raise --capacity.
            """
        case let .alreadyInPlan(id, year):
            "\(id) is already in the FY\(year.be) plan. Change its entry with --subject \(id)."
        case let .notInPlan(id, year):
            "\(id) is not in the FY\(year.be) plan. See its entries with 'sujarit audit plan show --fy \(year.be)'."
        case let .deferredNotInPlan(id, year, days, remaining, approved):
            """
            \(id) was deferred (เลื่อน) by the FY\(year.be) draft: it needs \(days) person-days and \(remaining) \
            were left, so it is not in the plan to change. 
            """
                + "Add it back with 'sujarit audit plan edit --fy \(year.be) --add \(id) --period q2'"
                + (approved ? " --reason TEXT --approved-by ID (an amendment)" : "")
                + ", giving its --period and --person-days; make room first (--capacity, or --remove or shorten another entry) if the plan is full."
        case let .engagementStartedOnEntry(id):
            "The engagement on \(id) has started, so its entry cannot be removed."
        case let .planNotApproved(year):
            """
            The FY\(year.be) plan is not approved yet; engagements start only on an approved plan ('sujarit audit \
            plan approve --fy \(year.be) --by ID').
            """
        case let .engagementAlreadyStarted(id, on):
            "The engagement on \(id) already started on \(on.formatted(.thaiMedium)); nothing was recorded."
        case let .engagementNotStarted(id, year):
            """
            The engagement on \(id) has not started. Start it with 'sujarit audit engagement start \(id) --fy \
            \(year.be)'.
            """
        case let .engagementClosed(id, on):
            """
            The engagement on \(id) was closed on \(on.formatted(.thaiMedium)); no more findings can be added to \
            it, and nothing was recorded.
            """
        case .noRecommendation:
            "A finding needs at least one --recommendation, each with --owner (staff id) and --due (date)."
        case let .mismatchedRecommendationFields(field, count, recommendations):
            """
            \(field) was given \(count) time(s) for \(recommendations) recommendation(s). Give it once (for all) \
            or once per --recommendation, in the same order.
            """
        case let .unknownFinding(id):
            "No finding \(id). See the findings with 'sujarit audit status --fy \(id.fiscalYear.be)'."
        case let .unknownRecommendation(id, number, count):
            "\(id) has no recommendation \(number); it has \(count) (\(id).1 … \(id).\(count))."
        case let .recommendationNeeded(id, count):
            "\(id) has \(count) recommendations; say which one, e.g. \(id).1."
        case let .followUpClosed(ref, status, on):
            """
            \(ref) was closed as '\(status.label.th)' (\(status.label.en)) on \(on.formatted(.thaiMedium)); it \
            needs no more follow-up, and nothing was recorded.
            """
        case let .acceptanceNeeds(field):
            """
            Accepting the risk needs \(field): management's acceptance must name the executive who approved it \
            (--approver) and why (--reason).
            """
        case let .acceptanceOnly(field):
            "\(field) is only for --status risk-accepted."
        case let .invalidSample(field, reason):
            "The sample was not recorded: \(field) \(reason). Check the options and draw again."
        case let .unknownStep(subject, number, count):
            """
            The engagement on \(subject) has no program step \(number); it has \(count). See them with 'sujarit \
            audit engagement show \(subject)'.
            """
        case let .stepDone(subject, number, on):
            """
            Step \(number) of the engagement on \(subject) was already recorded as done on \
            \(on.formatted(.thaiMedium)); nothing was recorded.
            """
        case let .workingPaperAttached(path, reference, subject):
            """
            \(path) has the same bytes as \(reference) of the engagement on \(subject), already attached; nothing \
            was recorded.
            """
        case let .responseNeedsDue(position):
            """
            A response that says '\(position.label.th)' (\(position.rawValue)) needs --due, the day management \
            commits to act by.
            """
        case let .sameResponse(ref, on):
            "\(ref) already has this response (given \(on.formatted(.thaiMedium))); nothing was recorded."
        case let .alreadyResponded(ref, on):
            """
            Management responded to \(ref) on \(on.formatted(.thaiMedium)), so it cannot be recorded as not \
            received; nothing was recorded.
            """
        case let .allResponded(id):
            """
            Every recommendation of \(id) has a response, or a 'no response received' record on or after that \
            day; nothing was recorded.
            """
        case let .noResponseRecorded(ref, by):
            """
            \(ref) is already recorded as without a response by \(by.formatted(.thaiMedium)); nothing was \
            recorded. Give a later --by day if still nothing has come.
            """
        case let .responsesMissing(engagement, refs):
            """
            The report on \(engagement) cannot be issued: \(refs.map(\.description).joined(separator: ", ")) \
            \(refs.count == 1 ? "has" : "have") no management response. Record each with 'sujarit audit response \
            add REF --position agree|partly|disagree --action-plan TEXT --owner ID --due DAY', or, when none came, \
            'sujarit audit response none REF --by DAY'.
            """
        case let .invalidPosition(text):
            "--position '\(text)' is not a response. Accepted: \(ResponsePosition.acceptedText)."
        case let .charterUnchanged(version, approved):
            approved
                ? """
                The text is the same as charter version \(version), in force; nothing was recorded. To confirm it \
                at the yearly review, use 'sujarit audit charter review --by ID'.
                """
                : "The text is the same as draft version \(version); nothing was recorded."
        case let .charterAlreadyApproved(version, on):
            """
            Charter version \(version) was already approved on \(on.formatted(.thaiMedium)) and there is no new \
            draft; nothing was recorded. Draft a new version with 'sujarit audit charter draft --file FILE'.
            """
        case .charterNotDrafted:
            """
            There is no charter draft to approve. Draft one first: 'sujarit audit charter draft --file \
            Reports/audit-charter.yaml'.
            """
        case .charterNotInForce:
            """
            No charter is in force yet, so there is nothing to review. Draft one and have the head of agency \
            approve it: 'sujarit audit charter draft', then 'sujarit audit charter approve --by ID'.
            """
        case let .qualityAssessed(year, on):
            """
            The self-assessment of FY\(year.be) was already recorded on \(on.formatted(.thaiMedium)); nothing \
            was recorded.
            """
        case let .qualityUnknownItem(id, known):
            "The checklist has no item '\(id)'. Its items: \(known.joined(separator: ", "))."
        case let .qualityTwice(id):
            "Item \(id) was rated twice; give each item once (--met, --partly or --not-met)."
        case let .qualityUnanswered(ids):
            """
            Every item must be rated; not rated: \(ids.joined(separator: ", ")). Add them to --met, --partly or \
            --not-met.
            """
        case let .unknownWorkingPaper(subject, reference):
            """
            The engagement on \(subject) has no working paper \(reference). See them with 'sujarit audit engagement \
            show \(subject)'.
            """
        }
    }
}
