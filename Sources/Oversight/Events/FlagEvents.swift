import EventStore
import Foundation
import Sujarit

/// A red flag was raised by `flags run` (stream `flag/RF-2568-0001`).
///
/// Appended with the dedupe key `red-flag:<identity>` (`red-flag:~<token>` when the evidence names people,
/// see ``dedupeIdentity(of:key:)``), so running the rules again over the same data adds nothing. Carries the
/// whole evidence, so the flag explains itself however the data changes later.
public struct RedFlagRaised: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "RedFlagRaised"
    /// The flag's id.
    public var flagID: FlagID
    /// The indicator that raised it.
    public var indicator: Indicator
    /// The fiscal year the flag is about.
    public var fiscalYear: FiscalYear
    /// The buyer's e-GP department id.
    public var departmentID: String
    /// The agency department the buyer resolved to, when it did.
    public var unit: String?
    /// The situation the flag is about (see ``FlagCandidate/identity``).
    public var identity: String
    /// The evidence: records, figures, cut-off, people; stored as `FlagEvidencePayloadV1` (schema 1).
    @StoredEvidenceV1 public var evidence: FlagEvidence
    /// The records the evidence rests on (see ``FlagCandidate/evidenceKey``).
    public var evidenceKey: String
    /// The version of `Registers/red-flags.yaml` the rules ran with.
    public var configurationVersion: Int

    /// Creates the value from its parts.
    public init(flagID: FlagID, candidate: FlagCandidate, configurationVersion: Int) {
        self.flagID = flagID
        indicator = candidate.indicator
        fiscalYear = candidate.fiscalYear
        departmentID = candidate.departmentID
        unit = candidate.unit
        identity = candidate.identity
        evidence = candidate.evidence
        evidenceKey = candidate.evidenceKey
        self.configurationVersion = configurationVersion
    }

    /// The dedupe key of the raising event, from ``dedupeIdentity(of:key:)``.
    public static func dedupeKey(identity: String) -> String { "red-flag:" + identity }

    /// What the dedupe keys of `candidate`'s events are built from: its identity; or, when its evidence names
    /// people, `~` and the keyed token of the identity (``StreamTokenKey/token(for:)``), since such an
    /// identity holds a declaration id or a staff id (`coi-committee|67119000333|67119000333-e-bidding-member-rusdee`)
    /// and the log's `dedupe_key` column must name no one. `key` is the store's
    /// ``DeclarationStreamKey``; it is nil only for a run none of whose candidates names people.
    ///
    /// Flags raised earlier under the identity itself stay idempotent: `flags run` finds known flags by
    /// identity in the read model, never by dedupe key, so it neither raises them again nor needs the old key.
    public static func dedupeIdentity(of candidate: FlagCandidate, key: StreamTokenKey?) -> String {
        guard candidate.evidence.namesPeople, let key else { return candidate.identity }
        return "~" + key.token(for: candidate.identity)
    }
}

/// A later run found the flag's situation resting on other records (a fourth split award, a second project
/// won by a declarant's relative); the evidence is replaced and the status kept.
public struct RedFlagRevised: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "RedFlagRevised"
    /// The flag's id.
    public var flagID: FlagID
    /// The evidence: records, figures, cut-off, people; stored as `FlagEvidencePayloadV1` (schema 1).
    @StoredEvidenceV1 public var evidence: FlagEvidence
    /// The ids of the records the evidence rests on, sorted and joined.
    public var evidenceKey: String
    /// The version of `Registers/red-flags.yaml` used.
    public var configurationVersion: Int

    /// Creates the value from its parts.
    public init(flagID: FlagID, candidate: FlagCandidate, configurationVersion: Int) {
        self.flagID = flagID
        evidence = candidate.evidence
        evidenceKey = candidate.evidenceKey
        self.configurationVersion = configurationVersion
    }

    /// The dedupe key of a revision to the given records; `identity` from ``RedFlagRaised/dedupeIdentity(of:key:)``.
    public static func dedupeKey(identity: String, digest: String) -> String { "red-flag:\(identity):\(digest)" }
}

/// The audit unit looked at the flag and found nothing to pursue; the reason stays with it.
public struct FlagDismissed: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "FlagDismissed"
    /// The flag's id.
    public var flagID: FlagID
    /// Why, in the words of who decided.
    public var reason: String
    /// The day it was decided.
    public var dismissedOn: CalendarDate

    /// Creates the value from its parts.
    public init(flagID: FlagID, reason: String, dismissedOn: CalendarDate) {
        self.flagID = flagID
        self.reason = reason
        self.dismissedOn = dismissedOn
    }
}

/// The flag was taken further: a risk was entered in the corruption-risk register, or the subject was added
/// to the audit universe. Appended in the same transaction as the risk it created.
public struct FlagEscalated: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "FlagEscalated"
    /// Where it went.
    public enum Target: String, Sendable, Hashable, Codable {
        /// The corruption-risk register (O34).
        case risk
        /// The internal audit universe.
        case audit
    }

    /// The flag's id.
    public var flagID: FlagID
    /// Where the flag went.
    public var target: Target
    /// The risk id (`R-2568-009`) or the audit subject id (`RF-2568-0003`).
    public var reference: String
    /// The day it was escalated.
    public var escalatedOn: CalendarDate
    /// A remark, when given.
    public var note: String?

    /// Creates the value from its parts.
    public init(flagID: FlagID, target: Target, reference: String, escalatedOn: CalendarDate, note: String? = nil) {
        self.flagID = flagID
        self.target = target
        self.reference = reference
        self.escalatedOn = escalatedOn
        self.note = note
    }
}

/// The streams of red flags.
public enum FlagStreams {
    /// `flag/RF-2568-0001`: one flag's history.
    public static func flag(_ id: FlagID) throws -> StreamID { try StreamID(category: "flag", id: id.description) }
}
