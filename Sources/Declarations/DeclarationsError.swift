import Foundation
import Sujarit

/// Why a declaration or committee command was refused. Each message names the field, the value given,
/// what is accepted and what to do; a refused command writes nothing.
public enum DeclarationsError: LocalizedError, Sendable, Hashable {
    /// A role that is not one of ``ProcurementRole/all``.
    case unknownRole(String)
    /// No `annual-declarations.yaml` in the registers folder named.
    case noAnnualRules(String)
    /// A relationship that is not one of ``Relationship``.
    case unknownRelationship(String)
    /// A share that is not a percentage above 0 and at most 100.
    case invalidShare(String)
    /// Text that is not an e-GP project or plan number.
    case invalidProject(String)
    /// A party kind other than person or firm.
    case invalidKind(String)
    /// A tax id that fails validation, with the field it was given in.
    case invalidTaxID(field: String, String)
    /// A date that cannot be read, with the field it was given in.
    case invalidDate(field: String, String)
    /// An `--interest` that is not `key=value` pairs.
    case malformedInterest(String)
    /// An `--interest` key other than ``DeclaredInterest/specKeys``.
    case unknownInterestKey(String)
    /// An `--interest` without `rel=`.
    case relationshipMissing(String)
    /// An interest (1-based) that names no party though its relationship needs one.
    case partyMissing(position: Int, relationship: Relationship)
    /// A share given for a relationship other than shareholder.
    case shareNotApplicable(position: Int, relationship: Relationship)
    /// An interest that ends before it begins.
    case periodReversed(position: Int, from: CalendarDate, to: CalendarDate)
    /// Neither "no interest" nor any interest was given, or both were.
    case noInterestConflict(interests: Int)
    /// A staff id the agency directory does not hold.
    case unknownPerson(String)
    /// A day after today in Bangkok.
    case dateInFuture(field: String, CalendarDate, today: CalendarDate)
    /// A day before the person's first day of service.
    case beforeService(person: String, field: String, CalendarDate, since: CalendarDate)
    /// A day after the person's last day of service.
    case afterService(person: String, field: String, CalendarDate, until: CalendarDate)
    /// A second declaration for the same declarant and subject; amend the first instead.
    case alreadyDeclared(String)
    /// No declaration with this id.
    case notFound(String)
    /// `coi correct` gave the day the declaration already counts as signed.
    case unchangedSigningDay(id: String, CalendarDate)
    /// `coi correct` gave a signing day after the declaration's first amendment.
    case correctionAfterAmendment(id: String, CalendarDate, amended: CalendarDate)
    /// A change to a withdrawn declaration.
    case withdrawn(String, on: CalendarDate)
    /// An amendment or withdrawal dated before the signature.
    case beforeSigning(id: String, field: String, CalendarDate, signed: CalendarDate)
    /// An amendment or withdrawal without a reason.
    case reasonMissing(String)
    /// An amendment that repeats what the declaration already says.
    case unchangedAmendment(String)
    /// The same person listed twice in one role.
    case duplicateSeat(person: String, role: ProcurementRole)
    /// Two chairs for one committee.
    case twoChairs(CommitteeType, String, String)
    /// A committee list without members.
    case emptyCommittee(EGPProjectID)
    /// A `--member` that is not `ID:ROLE`.
    case malformedSeat(String)
    /// A committee list identical to the one recorded.
    case unchangedCommittee(EGPProjectID)
    /// The store's declaration-stream key event (at `sequence`) does not hold a key of the known scheme.
    case damagedStreamKey(sequence: Int64)

    public var errorDescription: String? {
        switch self {
        case let .noAnnualRules(folder):
            """
            Who must make the annual declaration is the agency's own decision, and no annual-declarations.yaml \
            was found in \(folder). Copy Registers/annual-declarations.yaml there and list the roles and \
            positions, or set SUJARIT_REGISTERS to the folder that has it.
            """
        case let .unknownRole(text):
            """
            '\(text)' is not a procurement role. Accepted: \
            \(ProcurementRole.all.map(\.description).joined(separator: ", ")).
            """
        case let .unknownRelationship(text):
            """
            rel '\(text)' is not a relationship. Accepted: \
            \(Relationship.allCases.map(\.rawValue).joined(separator: ", ")) (or the Thai word: ตนเอง, คู่สมรส, \
            ญาติ, ผู้ถือหุ้น, กรรมการ, เจ้าหนี้, ราคากลาง).
            """
        case let .invalidShare(text):
            "share '\(text)' is not a percentage above 0 and at most 100 with up to two decimals, e.g. 30 or 25.5."
        case let .invalidProject(text):
            """
            --project '\(text)' is not an e-GP project number: write its 11 digits (e.g. 67119000333) or a plan \
            item's P/M and 11 digits (P69100030274).
            """
        case let .invalidKind(text):
            "kind '\(text)' is not a party kind: write person or firm."
        case let .invalidTaxID(field, message):
            "\(field): \(message)"
        case let .invalidDate(field, message):
            "\(field): \(message)"
        case let .malformedInterest(text):
            """
            --interest '\(text)' is not a list of key=value pairs separated by ';'. Example: \"party=บริษัท \
            รุ่งเรืองก่อสร้าง จำกัด; tax=0105561000017; rel=shareholder; share=30\".
            """
        case let .unknownInterestKey(key):
            "--interest has an unknown key '\(key)'. Keys: \(DeclaredInterest.specKeys)."
        case let .relationshipMissing(text):
            """
            --interest '\(text)' has no rel=…; say how the declarant is tied to the party: \
            \(Relationship.allCases.map(\.rawValue).joined(separator: ", ")).
            """
        case let .partyMissing(position, relationship):
            """
            Interest \(position) (\(relationship.rawValue)) names no party: give party=NAME (and tax=ID when \
            known). Only drafted-tor may leave the party out.
            """
        case let .shareNotApplicable(position, relationship):
            """
            Interest \(position) gives a share, but a share applies only to rel=shareholder, not \
            \(relationship.rawValue). Remove share= or change rel.
            """
        case let .periodReversed(position, from, to):
            """
            Interest \(position) ends (to=\(to.formatted(.thaiMedium))) before it begins \
            (from=\(from.formatted(.thaiMedium))). Check the two dates.
            """
        case let .noInterestConflict(interests):
            interests == 0
                ? "Say what is declared: --no-interest (ไม่มีส่วนได้เสีย) or one or more --interest \"party=…; rel=…\"."
                : "--no-interest contradicts the \(interests) --interest given. Give one or the other."
        case let .unknownPerson(id):
            """
            No staff member '\(id)' in the agency directory. See the ids with 'sujarit agency staff', or load the \
            directory with 'sujarit agency load FILE'.
            """
        case let .dateInFuture(field, date, today):
            """
            \(field) \(date.formatted(.thaiMedium)) is in the future (today is \(today.formatted(.thaiMedium)) in \
            Bangkok). Give the day it actually happened.
            """
        case let .beforeService(person, field, date, since):
            """
            \(field) \(date.formatted(.thaiMedium)) is before \(person) started service on \
            \(since.formatted(.thaiMedium)). Check the date or the directory.
            """
        case let .afterService(person, field, date, until):
            """
            \(field) \(date.formatted(.thaiMedium)) is after \(person) left service on \
            \(until.formatted(.thaiMedium)). Check the date or the directory.
            """
        case let .alreadyDeclared(id):
            "Declaration \(id) already exists. To change it use 'sujarit coi amend \(id) …'; the history keeps both."
        case let .notFound(id):
            "No declaration \(id). List them with 'sujarit coi list'."
        case let .unchangedSigningDay(id, day):
            """
            Declaration \(id) is already recorded as signed on \(day.formatted(.thaiMedium)); nothing was \
            corrected. Give the day the form was really signed with --on.
            """
        case let .correctionAfterAmendment(id, day, amended):
            """
            --on (signed, corrected) \(day.formatted(.thaiMedium)) is after declaration \(id) was first amended \
            (\(amended.formatted(.thaiMedium))); a declaration is signed before it is amended. Check the day on \
            the signed form.
            """
        case let .withdrawn(id, date):
            """
            Declaration \(id) was withdrawn on \(date.formatted(.thaiMedium)); it cannot be changed. Sign a new \
            one for another subject, or see its history with 'sujarit coi show \(id)'.
            """
        case let .beforeSigning(id, field, date, signed):
            """
            \(field) \(date.formatted(.thaiMedium)) is before declaration \(id) was signed \
            (\(signed.formatted(.thaiMedium))).
            """
        case let .reasonMissing(command):
            """
            \(command) needs --reason: say why, for the audit trail (e.g. --reason \
            \"ได้รับแต่งตั้งเป็นกรรมการบริษัทเพิ่ม\").
            """
        case let .unchangedAmendment(id):
            "The amendment repeats what declaration \(id) already says; nothing was recorded."
        case let .duplicateSeat(person, role):
            "\(person) is listed twice as \(role). List each person once per role."
        case let .twoChairs(committee, first, second):
            "The \(committee.rawValue) committee has two chairs (\(first) and \(second)); a committee has one chair."
        case let .emptyCommittee(project):
            "No members given for \(project): add --member ID:ROLE, e.g. --member surachai:inspection-chair."
        case let .malformedSeat(text):
            "--member '\(text)' is not ID:ROLE, e.g. surachai:inspection-chair or kittipong:officer."
        case let .unchangedCommittee(project):
            "The committee of \(project) is already recorded exactly so; nothing was recorded."
        case let .damagedStreamKey(sequence):
            """
            Event #\(sequence) in coi-key/store should hold the store's declaration-stream key (64 hex digits, \
            scheme \(DeclarationStreamKeyCreated.currentScheme)) but does not, so no declaration can be found or \
            signed. Run 'sujarit verify' and restore the store from a backup that verifies.
            """
        }
    }
}
