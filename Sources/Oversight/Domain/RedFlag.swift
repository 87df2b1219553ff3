import Agency
import EventStore
import Foundation
import Sujarit

/// A red flag as its stream tells it: what was raised, each revision, and what the audit unit decided.
public struct RedFlag: Sendable, Hashable {
    /// Where the flag stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Raised and not yet looked at.
        case open
        /// Looked at, nothing to pursue.
        case dismissed
        /// Taken to the risk register or the audit universe.
        case escalated

        /// The status's name in Thai and English.
        public var label: LocalizedLabel {
            switch self {
            case .open: LocalizedLabel(th: "รอพิจารณา", en: "open")
            case .dismissed: LocalizedLabel(th: "ยุติ ไม่ดำเนินการต่อ", en: "dismissed")
            case .escalated: LocalizedLabel(th: "ส่งต่อแล้ว", en: "escalated")
            }
        }
    }

    /// The event that raised it.
    public var raised: RedFlagRaised
    /// The evidence as last revised.
    public var evidence: FlagEvidence
    /// How many times the evidence was revised.
    public var revisions: Int = 0
    /// The dismissal, if any.
    public var dismissal: FlagDismissed?
    /// Each escalation, oldest first.
    public var escalations: [FlagEscalated] = []
    /// Each event with who recorded it and when.
    public var history: [HistoryEntry] = []
    /// The stream's version after the last event folded in.
    public var version: Int = 0

    /// One event of the flag's history.
    public struct HistoryEntry: Sendable, Hashable {
        /// The event's type name.
        public var eventType: String
        /// Who recorded it.
        public var actor: String
        /// When it was recorded.
        public var recordedAt: Date
        /// Free text from the form.
        public var detail: String?
    }

    /// The flag's id.
    public var id: FlagID { raised.flagID }

    /// Open, dismissed or escalated.
    public var status: Status {
        if dismissal != nil { return .dismissed }
        return escalations.isEmpty ? .open : .escalated
    }

    /// The flag from its stream's events; nil for an empty stream.
    public static func fold(_ events: [RecordedEvent]) throws -> RedFlag? {
        var flag: RedFlag?
        for event in events {
            var detail: String?
            switch event.type {
            case RedFlagRaised.eventType:
                let raised = try event.decode(RedFlagRaised.self)
                flag = RedFlag(raised: raised, evidence: raised.evidence)
            case RedFlagRevised.eventType:
                let revised = try event.decode(RedFlagRevised.self)
                flag?.evidence = revised.evidence
                flag?.revisions += 1
            case FlagDismissed.eventType:
                let dismissed = try event.decode(FlagDismissed.self)
                flag?.dismissal = dismissed
                detail = dismissed.reason
            case FlagEscalated.eventType:
                let escalated = try event.decode(FlagEscalated.self)
                flag?.escalations.append(escalated)
                detail = "\(escalated.target.rawValue) \(escalated.reference)"
            default:
                continue
            }
            flag?.history.append(
                HistoryEntry(eventType: event.type, actor: event.actor, recordedAt: event.recordedAt, detail: detail))
            flag?.version = event.streamVersion
        }
        return flag
    }

    // MARK: Deciding

    /// The event that dismisses the flag.
    /// - throws: ``OversightError`` for an empty reason, a flag already dismissed, or one already escalated.
    public func decideDismissal(reason: String, on day: CalendarDate) throws -> FlagDismissed {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw OversightError.reasonMissing }
        if let dismissal {
            throw OversightError.alreadyDismissed(id, on: dismissal.dismissedOn, reason: dismissal.reason)
        }
        if let escalation = escalations.first {
            throw OversightError.alreadyEscalated(id, target: escalation.target, reference: escalation.reference)
        }
        return FlagDismissed(flagID: id, reason: reason, dismissedOn: day)
    }

    /// Checks that the flag may be escalated to `target`.
    /// - throws: ``OversightError`` for a dismissed flag or one already escalated to the same place.
    public func checkEscalation(to target: FlagEscalated.Target) throws {
        if let dismissal {
            throw OversightError.alreadyDismissed(id, on: dismissal.dismissedOn, reason: dismissal.reason)
        }
        if let done = escalations.first(where: { $0.target == target }) {
            throw OversightError.alreadyEscalated(id, target: target, reference: done.reference)
        }
    }

    /// The risk this flag was escalated to, if any.
    public var riskID: String? { escalations.first { $0.target == .risk }?.reference }

    /// The audit subject this flag was escalated to, if any.
    public var auditSubject: String? { escalations.first { $0.target == .audit }?.reference }
}

/// Who may triage flags and see the people they name: a pure function of the viewer's roles, the same rule
/// the declarations register and the gift log apply.
///
/// Flags built on declarations or gifts carry personal data (PDPA). Only the internal auditor and the legal
/// officer (นิติกร), whose work is to review them, see names and may dismiss or escalate a flag. Everyone
/// else, and a viewer the directory does not know, sees the flag without the people.
public enum RedFlagAccess {
    /// The roles that see names and triage: the agency-wide ones of ``PersonalDataAccess``.
    public static var detailRoles: Set<Role> { PersonalDataAccess.detailRoles }

    /// Whether `viewer` sees names (``PersonalDataAccess/view(for:)``).
    public static func seesNames(_ viewer: StaffMember?) -> Bool {
        PersonalDataAccess.view(for: viewer) == .full
    }

    /// Checks that `actor` may dismiss or escalate flags.
    /// - throws: ``OversightError/notTriager(_:)``.
    public static func checkTriager(_ actor: String, in directory: AgencyDirectory) throws {
        guard seesNames(directory.member(actor)) else { throw OversightError.notTriager(actor) }
    }
}
