import Foundation
import Sujarit

/// What red-flag commands refuse, each message naming the value, what is accepted and what to do.
public enum OversightError: Error, LocalizedError, Equatable, Sendable {
    case invalidFlagID(String)
    case unknownFlag(FlagID)
    case unknownIndicator(String)
    case unknownStatus(String)
    case reasonMissing
    case alreadyDismissed(FlagID, on: CalendarDate, reason: String)
    case alreadyEscalated(FlagID, target: FlagEscalated.Target, reference: String)
    case notTriager(String)
    case departmentNeeded(FlagID)
    case unknownDepartment(String, known: [String])
    case projectsNotGrouped(department: String)
    case noTarget
    case riskNotCreated(String)
    /// The red flags' read model holds an `evidence` that cannot be read: the table was edited or damaged
    /// outside Sujarit (the log itself is intact unless `verify` says otherwise).
    case unreadableFlagRow(String)

    /// The message shown to the user.
    public var errorDescription: String? {
        switch self {
        case .unreadableFlagRow(let id):
            """
            The stored row of flag \(id) cannot be read: the red flags' table was changed outside Sujarit. \
            Run 'sujarit verify' to see what differs from the log, then 'sujarit rebuild' to recompute it.
            """
        case .invalidFlagID(let text):
            "'\(text)' is not a flag id; flag ids look like RF-2568-0001 (see 'sujarit flags list')."
        case .unknownFlag(let id):
            "There is no flag \(id). List the flags with 'sujarit flags list'; run the rules with 'sujarit flags run'."
        case .unknownIndicator(let text):
            "--indicator '\(text)' is not an indicator; the codes are: \(Indicator.codes)."
        case .unknownStatus(let text):
            "--status '\(text)' is not a status; use open, dismissed or escalated."
        case .reasonMissing:
            """
            --reason is required and must not be empty: say why the flag needs no further action (the reason \
            stays on the record).
            """
        case let .alreadyDismissed(id, day, reason):
            """
            \(id) was already dismissed on \(day.formatted(.thaiMedium)) (\(reason)); a dismissed flag is not \
            triaged again.
            """
        case let .alreadyEscalated(id, target, reference):
            """
            \(id) was already escalated to the \
            \(target == .risk ? "risk register as \(reference)" : "audit universe as \(reference)"); 
            """
                + (target == .risk ? "see 'sujarit risk show \(reference)'." : "see 'sujarit audit universe list'.")
        case .notTriager(let actor):
            """
            '\(actor)' may not triage flags: only the internal auditor and the legal officer (นิติกร) dismiss or \
            escalate them. 
            """
                + "Run with --as <their staff id> (see 'sujarit agency staff')."
        case .departmentNeeded(let id):
            """
            \(id)'s buyer could not be placed in one of the agency's departments; give the department the risk \
            belongs to with --department CODE.
            """
        case let .unknownDepartment(code, known):
            "--department '\(code)' is not a department of the agency; known codes: \(known.joined(separator: ", "))."
        case .projectsNotGrouped(let department):
            """
            The projects of e-GP department \(department) did not come together; a source must give each \
            department's projects in one run.
            """
        case .noTarget:
            """
            Say where the flag goes: --to-risk (a risk in the corruption-risk register) or --to-audit (a subject \
            in the audit universe).
            """
        case .riskNotCreated(let message):
            "The risk register refused the risk: \(message)"
        }
    }
}
