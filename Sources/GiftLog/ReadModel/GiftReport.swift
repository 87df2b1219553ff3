import Foundation
import Sujarit

/// The O33 report ("รายงานผลการดำเนินการตามนโยบาย No Gift Policy") for a fiscal year's round: what was
/// received, given and refused, counted and valued by verdict, the gifts above the limit with their
/// reports and decisions, late and missing reports, and the O31 declaration and O32 activities.
///
/// A period with no gift at all is still a report, and says so (``isNil``, ``nilStatement``).
public struct GiftReport: Sendable, Hashable, Codable {
    /// One gift that must be reported (above the limit, or from a party with business before the agency),
    /// with its report and decision.
    ///
    /// Every key is written, a report, decision, proxy or reason not there as `null` rather than left out, so a
    /// script reads the same keys for every entry (`Docs/schemas/gift-report.schema.json`).
    public struct Case: Sendable, Hashable, Codable {
        public var entryID: GiftEntryID
        /// ``GiftVerdict/mustReport`` or ``GiftVerdict/notAcceptable``.
        public var verdict: GiftVerdict
        public var date: CalendarDate
        public var person: String
        public var department: String
        public var giver: String
        public var dealsWithAgency: Bool
        public var occasion: String
        public var description: String
        public var value: Money
        public var occasionTotal: Money
        public var dueOn: CalendarDate
        @JSONNull public var reportedOn: CalendarDate?
        public var reportStatus: ReportStatus
        @JSONNull public var decision: GiftDecision?
        @JSONNull public var decidedOn: CalendarDate?
        /// The family member who received it on the official's account, if any.
        @JSONNull public var receivedBy: FamilyRecipient?
        /// The reason for accepting it ("เหตุผลความจำเป็น"), if given.
        @JSONNull public var reason: String?
    }

    /// One gift given by staff.
    public struct Given: Sendable, Hashable, Codable {
        public var entryID: GiftEntryID
        /// ``GiftVerdict/given`` or the limit it passed.
        public var verdict: GiftVerdict
        public var date: CalendarDate
        public var person: String
        public var recipient: String
        public var occasion: String
        public var description: String
        public var value: Money
    }

    public var fiscalYear: FiscalYear
    public var round: ReportingRound
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    /// The day late and missing reports are judged on.
    public var asOf: CalendarDate
    /// Whether names and cases are included.
    public var view: GiftLogAccess.View
    /// The threshold and report period of the current rules, for the report's wording.
    public var threshold: Money
    public var reportWithinDays: Int
    /// The O31 declaration, if recorded.
    public var policy: NoGiftPolicyDeclared?
    /// The O32 activities of the fiscal year held by the end of the period.
    public var activities: [NoGiftActivityRecorded]
    /// Count and value per verdict for gifts dated within the period.
    public var totals: GiftTotals
    /// The gifts that must be reported (above the limit or not acceptable under the No Gift declaration);
    /// nil when the viewer sees totals only.
    public var overThreshold: [Case]?
    /// The gifts given; nil when the viewer sees totals only.
    public var givenEntries: [Given]?
    /// Entries of the period in total.
    public var entryCount: Int
    /// Gifts that must be reported, reported late and not reported by their due date.
    public var lateReports: Int
    public var missingReports: Int
    /// Gifts that must be reported with a decision, and awaiting one.
    public var decided: Int
    public var awaitingDecision: Int
    /// Gifts from parties that deal with the agency.
    public var fromPartiesDealingWithAgency: Int

    /// True when nothing was received, given or refused in the period.
    public var isNil: Bool { entryCount == 0 }

    /// The nil report's statement, in Thai and English.
    public var nilStatement: LocalizedLabel? {
        guard isNil else { return nil }
        return LocalizedLabel(
            th:
                """
                ไม่มีการรับ/ให้ของขวัญ ของกำนัล หรือประโยชน์อื่นใด และไม่มีการปฏิเสธการรับ ในรอบนี้ \
                (\(round.thaiLabel) \(fiscalYear.thaiLabel))
                """,
            en:
                """
                Nil report: no gift or other benefit was received, given or refused in this period \
                (\(round.englishLabel), FY\(fiscalYear.be)).
                """
        )
    }

    /// Builds the full report from every assessed entry (only those dated within the period are counted).
    public init(
        fiscalYear: FiscalYear, round: ReportingRound, asOf: CalendarDate, entries: [AssessedGift],
        policy: NoGiftPolicyDeclared?, activities: [NoGiftActivityRecorded], rules: GiftRules
    ) {
        let period = fiscalYear.period(for: round)
        let inPeriod = entries.filter { period.contains($0.entry.logged.date) }
        self.fiscalYear = fiscalYear
        self.round = round
        periodStart = period.lowerBound
        periodEnd = period.upperBound
        self.asOf = asOf
        view = .full
        threshold = rules.threshold
        reportWithinDays = rules.reportWithinDays
        self.policy = policy
        self.activities = activities.filter { period.contains($0.heldOn) }
        totals = GiftTotals(inPeriod)
        let above = inPeriod.filter(\.assessment.verdict.needsReport)
        overThreshold = above.map { gift in
            let logged = gift.entry.logged
            let decision = gift.entry.decision.flatMap { $0.decidedOn <= asOf ? $0 : nil }
            return Case(
                entryID: logged.entryID, verdict: gift.assessment.verdict, date: logged.date, person: logged.person,
                department: logged.department,
                giver: logged.counterparty.name, dealsWithAgency: logged.dealsWithAgency, occasion: logged.occasion,
                description: logged.description, value: logged.value, occasionTotal: gift.assessment.occasionTotal,
                dueOn: gift.assessment.dueOn!, reportedOn: gift.entry.reportedOn.flatMap { $0 <= asOf ? $0 : nil },
                reportStatus: gift.assessment.reportStatus!, decision: decision?.decision,
                decidedOn: decision?.decidedOn,
                receivedBy: logged.receivedBy, reason: logged.reason
            )
        }
        givenEntries = inPeriod.filter { $0.entry.logged.direction == .given }.map { gift in
            let logged = gift.entry.logged
            return Given(
                entryID: logged.entryID, verdict: gift.assessment.verdict, date: logged.date, person: logged.person,
                recipient: logged.counterparty.name,
                occasion: logged.occasion, description: logged.description, value: logged.value
            )
        }
        entryCount = inPeriod.count
        lateReports = above.filter { $0.assessment.reportStatus == .late }.count
        missingReports = above.filter { $0.assessment.reportStatus == .missing }.count
        awaitingDecision = above.filter(\.assessment.awaitingDecision).count
        decided = above.count - awaitingDecision
        fromPartiesDealingWithAgency =
            inPeriod.filter { $0.entry.logged.direction != .given && $0.entry.logged.dealsWithAgency }.count
    }
}
