import Foundation
import Sujarit

/// Why a gift-log command was refused. Each message names the field, the value given, what is accepted
/// and what to do; a refused command writes nothing.
public enum GiftLogError: LocalizedError, Sendable, Hashable {
    /// Text that is not an entry id such as `G-2568-007`.
    case invalidEntryID(String)
    /// A staff id the agency directory does not hold.
    case unknownPerson(field: String, String)
    /// A day after today in Bangkok.
    case dateInFuture(field: String, CalendarDate, today: CalendarDate)
    /// A day before the person's first day of service.
    case beforeService(person: String, field: String, CalendarDate, since: CalendarDate)
    /// A day after the person's last day of service.
    case afterService(person: String, field: String, CalendarDate, until: CalendarDate)
    /// A value below zero.
    case negativeValue(field: String, Money)
    /// A value that is not an amount of baht.
    case invalidValue(field: String, String)
    /// A tax id that fails validation.
    case invalidTaxID(field: String, String)
    /// A date that cannot be read.
    case invalidDate(field: String, String)
    /// A relative kind the rules do not list.
    case unknownRelative(String, accepted: [String])
    /// A required field left empty.
    case emptyField(String)
    /// No entry with this id.
    case notFound(GiftEntryID)
    /// A report recorded for an entry whose verdict needs none.
    case needsNoReport(GiftEntryID, GiftVerdict)
    /// A decision recorded for an entry whose verdict needs none.
    case needsNoDecision(GiftEntryID, GiftVerdict)
    /// A second report of the same entry.
    case alreadyReported(GiftEntryID, on: CalendarDate)
    /// A second decision on the same entry.
    case alreadyDecided(GiftEntryID, GiftDecision, on: CalendarDate)
    /// A decision on an entry not yet reported to the head.
    case notReported(GiftEntryID)
    /// A report dated before the gift.
    case beforeGift(GiftEntryID, field: String, CalendarDate, giftDate: CalendarDate)
    /// A decision dated before the report.
    case beforeReport(GiftEntryID, decidedOn: CalendarDate, reportedOn: CalendarDate)
    /// A decider who is not an executive.
    case notExecutive(String)
    /// A rules version not above the adopted one.
    case rulesVersionNotHigher(given: Int, current: Int)
    /// Rules identical to the adopted version.
    case rulesUnchanged(Int)
    /// A second policy declaration for one fiscal year.
    case policyAlreadyDeclared(FiscalYear, on: CalendarDate)
    /// A negative number of participants.
    case invalidParticipants(String)
    /// A decision in an import file without its day.
    case decisionWithoutDate
    /// A family member's relation the rules do not list.
    case unknownRelation(String, accepted: [String])
    /// A family recipient given for a gift the official gave.
    case receivedByOnGiven
    /// A date correction to the day already recorded.
    case dateUnchanged(GiftEntryID, CalendarDate)
    /// A date correction to a day after the entry's report or decision.
    case correctedAfter(GiftEntryID, CalendarDate, event: String, on: CalendarDate)
    /// A field of gifts given (to a superior, public money) on a gift received or refused.
    case givenOnlyField(String)
    /// A decision on the head of agency's own gift taken by staff, or without the next authority.
    case ownGiftOfHead(GiftEntryID, head: String, agencyType: String, authority: String, by: String?)
    /// A next authority that is not the one configured for the agency's type.
    case wrongNextAuthority(GiftEntryID, given: String, agencyType: String, expected: String)
    /// A next authority given for a gift that is not the head of agency's own.
    case nextAuthorityNotForStaff(GiftEntryID, given: String, person: String)

    public var errorDescription: String? {
        switch self {
        case let .invalidEntryID(text):
            "'\(text)' is not a gift entry id. Ids look like G-2568-007; list them with 'sujarit gift list'."
        case let .unknownPerson(field, id):
            """
            \(field) '\(id)' is not in the agency directory. See the ids with 'sujarit agency staff', or load the \
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
        case let .negativeValue(field, value):
            """
            \(field) \(value.formatted()) is negative. Give the estimated value in baht, 0 or more, e.g. 2,500 or \
            2500.50.
            """
        case let .invalidValue(field, message):
            "\(field): \(message)"
        case let .invalidTaxID(field, message):
            "\(field): \(message) Leave the tax id out when it is not known."
        case let .invalidDate(field, message):
            "\(field): \(message)"
        case let .unknownRelative(text, accepted):
            """
            --relative '\(text)' is not a relative under the gift rules. Accepted: \
            \(accepted.joined(separator: ", ")). Leave it out when the giver is not a relative.
            """
        case let .emptyField(field):
            "\(field) is empty; it is required."
        case let .notFound(id):
            "No gift entry \(id). List them with 'sujarit gift list'."
        case let .needsNoReport(id, verdict):
            """
            \(id) needs no report to the head: its verdict is '\(verdict.label.th)' (\(verdict.label.en)). Only \
            gifts above the limit, or from a party with business before the agency (No Gift Policy), are reported.
            """
        case let .needsNoDecision(id, verdict):
            """
            \(id) needs no decision: its verdict is '\(verdict.label.th)' (\(verdict.label.en)). The head decides \
            only on gifts above the limit or from a party with business before the agency.
            """
        case let .alreadyReported(id, date):
            "\(id) was already reported to the head on \(date.formatted(.thaiMedium)); nothing was recorded."
        case let .alreadyDecided(id, decision, date):
            "\(id) was already decided on \(date.formatted(.thaiMedium)) (\(decision.label.th)); nothing was recorded."
        case let .notReported(id):
            """
            \(id) has not been reported to the head yet, so there is nothing to decide on. Give --reported-on \
            DATE (the day the report reached the head), or record it first with 'sujarit gift reported \(id) --on \
            DATE'.
            """
        case let .beforeGift(id, field, date, giftDate):
            """
            \(field) \(date.formatted(.thaiMedium)) is before the gift \(id) itself \
            (\(giftDate.formatted(.thaiMedium))).
            """
        case let .beforeReport(id, decidedOn, reportedOn):
            """
            The decision on \(id) (\(decidedOn.formatted(.thaiMedium))) is before it was reported to the head \
            (\(reportedOn.formatted(.thaiMedium))).
            """
        case let .notExecutive(id):
            """
            --by '\(id)' is not an executive in the agency directory; the head of agency (or a deputy) decides on \
            gifts.
            """
        case let .rulesVersionNotHigher(given, current):
            """
            The rules file has version \(given), but version \(current) is already adopted. Raise 'version' to \
            \(current + 1) when the rules change, so old verdicts keep their version.
            """
        case let .rulesUnchanged(version):
            "Version \(version) of the gift rules is already adopted with exactly these values; nothing was recorded."
        case let .policyAlreadyDeclared(year, date):
            """
            The No Gift Policy for FY\(year.be) was already recorded (declared \(date.formatted(.thaiMedium))); \
            nothing was recorded.
            """
        case let .invalidParticipants(text):
            "--participants '\(text)' is not a whole number of people (0 or more)."
        case .decisionWithoutDate:
            "A decision needs the day it was taken (decided_on)."
        case let .unknownRelation(text, accepted):
            """
            --relation '\(text)' is not a relation under the gift rules (the family member who received the gift \
            on the official's account). Accepted: \(accepted.joined(separator: ", ")).
            """
        case .receivedByOnGiven:
            """
            --received-by names the family member who received or refused a gift on the official's account; a \
            gift given by the official has none. Leave it out, or log the gift as received.
            """
        case let .dateUnchanged(id, day):
            """
            \(id) is already recorded on \(day.formatted(.thaiMedium)); nothing was recorded. Give the right day \
            with --on.
            """
        case let .correctedAfter(id, day, event, date):
            """
            --on \(day.formatted(.thaiMedium)) is after \(id) was \(event) on \(date.formatted(.thaiMedium)): a \
            gift cannot come after its own report or decision. Check the day; nothing was recorded.
            """
        case let .givenOnlyField(field):
            """
            \(field) describes a gift the official gave (gift log --given); this one was received or refused. \
            Leave \(field) out, or log it with --given.
            """
        case let .ownGiftOfHead(id, head, type, authority, by):
            """
            \(id) was received by \(head), the head of agency: the head does not decide on their own \
            gift\(by.map { ", and neither does --by '\($0)' (staff of the agency)" } ?? ""). For a \(type) the \
            \(authority) decides (Registers/gift-rules.yaml, head_of_agency). Record that decision with \
            --next-authority \"\(authority)…\" (title and name) and without --by; nothing was recorded.
            """
        case let .wrongNextAuthority(id, given, type, expected):
            """
            --next-authority '\(given)' is not the authority above the head of a \(type): \(id) is decided by the \
            \(expected) (Registers/gift-rules.yaml, head_of_agency). Give a title beginning with \(expected), or \
            correct the agency type table; nothing was recorded.
            """
        case let .nextAuthorityNotForStaff(id, given, person):
            """
            --next-authority '\(given)' is only for a gift the head of agency received; \(id) was received by \
            \(person), so the head (or an executive) decides with --by. Leave --next-authority out; nothing was \
            recorded.
            """
        }
    }
}
