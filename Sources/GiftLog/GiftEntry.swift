import EventStore
import Foundation
import Sujarit

/// A gift entry as its stream tells it: the logged facts, the report to the head of agency, the decision.
public struct GiftEntry: Sendable, Hashable {
    /// The facts as logged, with later corrections of the day applied (``dateCorrections`` keeps them).
    public var logged: GiftLogged
    /// When it was reported to the head of agency, if it was.
    public var reportedOn: CalendarDate?
    /// The head's decision, if taken.
    public var decision: GiftDecisionRecorded?
    /// The stream's version after the last event folded in.
    public var version: Int

    public init(
        logged: GiftLogged, reportedOn: CalendarDate? = nil, decision: GiftDecisionRecorded? = nil, version: Int = 1
    ) {
        self.logged = logged
        self.reportedOn = reportedOn
        self.decision = decision
        self.version = version
    }

    /// The entry's id.
    public var id: GiftEntryID { logged.entryID }

    /// The entry from its stream's events; nil for an empty stream.
    public static func fold(_ events: [RecordedEvent]) throws -> GiftEntry? {
        var entry: GiftEntry?
        for event in events {
            switch event.type {
            case GiftLogged.eventType: entry = GiftEntry(logged: try event.decode(GiftLogged.self))
            case GiftReportedToHead.eventType: entry?.apply(try event.decode(GiftReportedToHead.self))
            case GiftDecisionRecorded.eventType: entry?.apply(try event.decode(GiftDecisionRecorded.self))
            case GiftDateCorrected.eventType: entry?.apply(try event.decode(GiftDateCorrected.self))
            default: continue
            }
            entry?.version = event.streamVersion
        }
        return entry
    }
}

// The evolve step, one per event after the first: ``fold(_:)`` applies what it reads from the log, and a
// decision that goes on deciding after an event it proposed (an import logging a gift already reported and
// decided) applies that event, so the entry it checks next is the one a replay will give.
extension GiftEntry {
    /// Folds the report to the head of agency; the stream moves one version on.
    public mutating func apply(_ event: GiftReportedToHead) {
        reportedOn = event.reportedOn
        version += 1
    }

    /// Folds the head's decision; the stream moves one version on.
    public mutating func apply(_ event: GiftDecisionRecorded) {
        decision = event
        version += 1
    }

    /// Folds a correction of the gift's day; the stream moves one version on.
    public mutating func apply(_ event: GiftDateCorrected) {
        logged.date = event.correctedDate
        version += 1
    }
}

/// What the rules make of a gift entry.
public enum GiftVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// From a relative, as befits their status.
    case allowedRelative = "allowed-relative"
    /// Given to people in general.
    case allowedGeneral = "allowed-general"
    /// From a non-relative, at most the threshold per giver per occasion.
    case allowedWithinLimit = "allowed-within-limit"
    /// Above the threshold: must be reported to the head of agency, who decides.
    case mustReport = "must-report"
    /// From a party with business before the agency, whatever the value: should not be accepted under the
    /// agency's No Gift declaration, and must be reported to the head of agency, who decides.
    case notAcceptable = "not-acceptable"
    /// Given by staff to someone, within the limits on gifts given.
    case given
    /// Given by staff to a superior, worth more than the limit (PM Office regulation on gifts 2565).
    case givenAboveSuperiorLimit = "given-above-superior-limit"
    /// Given by staff and paid with public money beyond what the rules allow (PM Office regulation 2565).
    case givenWithPublicMoney = "given-with-public-money"
    /// Offered and refused.
    case refused

    public var label: LocalizedLabel {
        switch self {
        case .allowedRelative: LocalizedLabel(th: "รับได้: จากญาติตามฐานานุรูป", en: "allowed: from a relative")
        case .allowedGeneral: LocalizedLabel(th: "รับได้: ให้แก่บุคคลทั่วไป", en: "allowed: given to people generally")
        case .allowedWithinLimit: LocalizedLabel(th: "รับได้: ไม่เกินเกณฑ์ต่อโอกาส", en: "allowed: within the limit")
        case .mustReport:
            LocalizedLabel(th: "เกินเกณฑ์: ต้องรายงานหัวหน้าหน่วยงาน", en: "above the limit: report to the head")
        case .notAcceptable:
            LocalizedLabel(
                th: "ไม่ควรรับ: จากผู้มีส่วนได้เสียกับหน่วยงาน (No Gift Policy) ต้องรายงานหัวหน้าหน่วยงาน",
                en:
                    """
                    should not be accepted: from a party with business before the agency (No Gift Policy); report \
                    to the head
                    """
            )
        case .given: LocalizedLabel(th: "ให้ของขวัญ", en: "given")
        case .givenAboveSuperiorLimit:
            LocalizedLabel(
                th: "ไม่ควรให้: ของขวัญแก่ผู้บังคับบัญชาเกินมูลค่าที่กำหนด (ระเบียบสำนักนายกฯ 2565)",
                en: "should not have been given: a gift to a superior above the limit (PM Office regulation 2565)"
            )
        case .givenWithPublicMoney:
            LocalizedLabel(
                th: "ไม่ควรให้: ใช้เงินของทางราชการซื้อของขวัญเกินที่กำหนด (ระเบียบสำนักนายกฯ 2565)",
                en: "should not have been given: a gift paid with public money (PM Office regulation 2565)"
            )
        case .refused: LocalizedLabel(th: "ปฏิเสธการรับ", en: "refused")
        }
    }

    /// True for the verdicts that must be reported to the head of agency within the report period and
    /// then decided on (keep, return, hand over).
    public var needsReport: Bool { self == .mustReport || self == .notAcceptable }

    /// True for the verdicts of gifts staff gave.
    public var isGiven: Bool { self == .given || self == .givenAboveSuperiorLimit || self == .givenWithPublicMoney }

    /// A word or two for narrow table columns.
    public var shortLabel: LocalizedLabel {
        switch self {
        case .allowedRelative: LocalizedLabel(th: "รับได้ (ญาติ)", en: "allowed (relative)")
        case .allowedGeneral: LocalizedLabel(th: "รับได้ (ทั่วไป)", en: "allowed (general)")
        case .allowedWithinLimit: LocalizedLabel(th: "รับได้ (ไม่เกินเกณฑ์)", en: "allowed (within limit)")
        case .mustReport: LocalizedLabel(th: "เกินเกณฑ์ ต้องรายงาน", en: "above limit: report")
        case .notAcceptable: LocalizedLabel(th: "ไม่ควรรับ ต้องรายงาน", en: "not acceptable: report")
        case .given: LocalizedLabel(th: "ให้", en: "given")
        case .givenAboveSuperiorLimit: LocalizedLabel(th: "ให้ผู้บังคับบัญชาเกินเกณฑ์", en: "given to superior: above limit")
        case .givenWithPublicMoney: LocalizedLabel(th: "ให้ด้วยเงินราชการ", en: "given with public money")
        case .refused: LocalizedLabel(th: "ปฏิเสธ", en: "refused")
        }
    }
}

/// Where the report of a gift above the threshold stands on the as-of day.
public enum ReportStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not reported, but the due date has not passed.
    case notYetDue = "not-yet-due"
    /// Reported on or before the due date.
    case onTime = "on-time"
    /// Reported after the due date.
    case late
    /// Not reported, and the due date has passed.
    case missing

    public var label: LocalizedLabel {
        switch self {
        case .notYetDue: LocalizedLabel(th: "ยังไม่ถึงกำหนดรายงาน", en: "not yet due")
        case .onTime: LocalizedLabel(th: "รายงานภายในกำหนด", en: "reported on time")
        case .late: LocalizedLabel(th: "รายงานล่าช้า", en: "reported late")
        case .missing: LocalizedLabel(th: "ไม่ได้รายงาน (เลยกำหนด)", en: "missing (overdue)")
        }
    }
}

/// An entry's verdict with what follows from it.
public struct GiftAssessment: Sendable, Hashable {
    public var entryID: GiftEntryID
    public var verdict: GiftVerdict
    /// The sum of the gifts from this giver to this person on this occasion (the entry's own value when
    /// it is not summed: relatives, general gifts, given, refused).
    public var occasionTotal: Money
    /// The last day to report to the head, for ``GiftVerdict/mustReport``.
    public var dueOn: CalendarDate?
    /// The report's standing as of the day assessed, for ``GiftVerdict/mustReport``.
    public var reportStatus: ReportStatus?
    /// True for an entry that must be reported and has no decision yet.
    public var awaitingDecision: Bool
    /// The rules version that judged it.
    public var rulesVersion: Int
}
