import Agency
import Foundation
import Sujarit

/// A gift to be logged, as a clerk enters it (`gift log`) or an import file lists it. When the entry was
/// already reported to the head, or already decided, when it is logged, those facts come along.
public struct GiftDraft: Sendable, Hashable {
    public var direction: GiftDirection
    /// The staff id of the official.
    public var person: String
    public var counterparty: PartyReference
    /// Person or firm; guessed from the name and tax id when not given.
    public var counterpartyKind: PartyKind?
    /// The relative kind's code (see ``GiftRules/relatives``) when the counterparty is a relative.
    public var relative: String?
    public var dealsWithAgency: Bool
    public var occasion: String
    public var date: CalendarDate
    public var description: String
    public var value: Money
    public var givenToPeopleGenerally: Bool
    public var note: String?
    /// The family member who received it on the official's account, when not the official.
    public var receivedBy: FamilyRecipient?
    /// The reason for accepting it ("เหตุผลความจำเป็น").
    public var reason: String?
    /// For a gift given: the recipient is the official's superior (or their family).
    public var toSuperior: Bool
    /// For a gift given: paid with public money (the agency's budget).
    public var publicMoney: Bool
    /// The day the report reached the head, when it already has.
    public var reportedOn: CalendarDate?
    /// The head's decision, when already taken, with its day and who took it.
    public var decision: GiftDecision?
    public var decidedOn: CalendarDate?
    public var decidedBy: String?
    /// For the head of agency's own gift: the authority above the head who decided (see ``HeadOfAgencyRule``).
    public var decidedByNextAuthority: String?

    public init(
        direction: GiftDirection, person: String, counterparty: PartyReference, counterpartyKind: PartyKind? = nil,
        relative: String? = nil, dealsWithAgency: Bool = false, occasion: String, date: CalendarDate,
        description: String, value: Money, givenToPeopleGenerally: Bool = false, note: String? = nil,
        reportedOn: CalendarDate? = nil, decision: GiftDecision? = nil, decidedOn: CalendarDate? = nil,
        decidedBy: String? = nil,
        decidedByNextAuthority: String? = nil, receivedBy: FamilyRecipient? = nil, reason: String? = nil,
        toSuperior: Bool = false, publicMoney: Bool = false
    ) {
        self.direction = direction
        self.person = person
        self.counterparty = counterparty
        self.counterpartyKind = counterpartyKind
        self.relative = relative
        self.dealsWithAgency = dealsWithAgency
        self.occasion = occasion
        self.date = date
        self.description = description
        self.value = value
        self.givenToPeopleGenerally = givenToPeopleGenerally
        self.note = note
        self.reportedOn = reportedOn
        self.decision = decision
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.decidedByNextAuthority = decidedByNextAuthority
        self.receivedBy = receivedBy
        self.reason = reason
        self.toSuperior = toSuperior
        self.publicMoney = publicMoney
    }
}

/// The pure decisions of the gift log: what to record for a command, or why not.
public enum GiftLogDecider {
    /// The entries to record for `drafts`, numbered after `existing`, with their report and decision.
    ///
    /// Every draft is checked before any is accepted: the person is in the directory and was serving on
    /// the day, the day is not in the future, the value is not negative, the relative kind is one the rules
    /// list, and a report or decision given with it is for a gift that needs one (judged together with the
    /// existing entries, since gifts from one giver on one occasion are summed).
    ///
    /// - parameter locate: Turns a refusal of the draft at an index into the error to throw (an import
    ///   names the file and line); by default the refusal is thrown as it is.
    public static func entries(
        for drafts: [GiftDraft], existing: [GiftEntry], rules: GiftRules, allRules: [Int: GiftRules],
        directory: AgencyDirectory, today: CalendarDate, locate: (Int, GiftLogError) -> any Error = { $1 }
    ) throws -> [GiftEntry] {
        func guarded<T>(_ index: Int, _ work: () throws -> T) throws -> T {
            do { return try work() } catch let error as GiftLogError { throw locate(index, error) }
        }
        var numbers: [FiscalYear: Int] = [:]
        for entry in existing { numbers[entry.id.fiscalYear] = max(numbers[entry.id.fiscalYear] ?? 0, entry.id.number) }
        var created: [GiftEntry] = []
        for (index, draft) in drafts.enumerated() {
            let person = try guarded(index) {
                try check(draft, rules: rules)
                return try servingPerson(
                    draft.person, field: "--person", on: draft.date, field: "--on", directory: directory, today: today)
            }
            let year = FiscalYear.containing(draft.date)
            let number = (numbers[year] ?? 0) + 1
            numbers[year] = number
            let logged = GiftLogged(
                entryID: GiftEntryID(fiscalYear: year, number: number), direction: draft.direction, person: person.id,
                department: person.department, counterparty: draft.counterparty,
                counterpartyKind: draft.counterpartyKind ?? (draft.counterparty.looksLikeFirm ? .firm : .person),
                relative: draft.relative.flatMap { rules.relative($0)?.code }, dealsWithAgency: draft.dealsWithAgency,
                occasion: draft.occasion.trimmingCharacters(in: .whitespacesAndNewlines), date: draft.date,
                description: draft.description.trimmingCharacters(in: .whitespacesAndNewlines), value: draft.value,
                givenToPeopleGenerally: draft.givenToPeopleGenerally, rulesVersion: rules.version,
                note: draft.note,
                receivedBy: draft.receivedBy.map {
                    FamilyRecipient(
                        name: $0.name.trimmingCharacters(in: .whitespacesAndNewlines),
                        relation: rules.relative($0.relation)!.code)
                },
                reason: draft.reason?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty,
                toSuperior: draft.toSuperior ? true : nil, publicMoney: draft.publicMoney ? true : nil
            )
            created.append(GiftEntry(logged: logged))
        }
        // Reports and decisions given with the drafts are checked against the verdicts of all entries.
        let assessments = try GiftJudge.assess(existing + created, rules: { allRules[$0] ?? rules }, asOf: today)
        for (index, draft) in drafts.enumerated() {
            try guarded(index) {
                var entry = created[index]
                if let reportedOn = draft.reportedOn {
                    entry.apply(
                        try entry.decideReport(on: reportedOn, assessment: assessments[entry.id]!, today: today))
                }
                if let decision = draft.decision {
                    guard let decidedOn = draft.decidedOn else { throw GiftLogError.decisionWithoutDate }
                    let recorded = try entry.decideDecision(
                        decision, on: decidedOn, by: draft.decidedBy, nextAuthority: draft.decidedByNextAuthority,
                        reportedOn: nil, note: nil,
                        assessment: assessments[entry.id]!, rules: rules, directory: directory, today: today
                    )
                    if let report = recorded.report { entry.apply(report) }
                    entry.apply(recorded.decision)
                }
                created[index] = entry
            }
        }
        return created
    }

    /// The fields a draft must have right on its own.
    static func check(_ draft: GiftDraft, rules: GiftRules) throws {
        if draft.value.isNegative { throw GiftLogError.negativeValue(field: "--value", draft.value) }
        if draft.counterparty.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw GiftLogError.emptyField(draft.direction == .given ? "--to (recipient)" : "--from (giver)")
        }
        if draft.occasion.trimmingCharacters(in: .whitespaces).isEmpty { throw GiftLogError.emptyField("--occasion") }
        if draft.description.trimmingCharacters(in: .whitespaces).isEmpty { throw GiftLogError.emptyField("--what") }
        if let relative = draft.relative, rules.relative(relative) == nil {
            throw GiftLogError.unknownRelative(relative, accepted: rules.relatives.map(\.code))
        }
        if (draft.toSuperior || draft.publicMoney), draft.direction != .given {
            throw GiftLogError.givenOnlyField(draft.toSuperior ? "--to-superior" : "--public-money")
        }
        if let family = draft.receivedBy {
            if draft.direction == .given { throw GiftLogError.receivedByOnGiven }
            if family.name.trimmingCharacters(in: .whitespaces).isEmpty {
                throw GiftLogError.emptyField("--received-by")
            }
            guard rules.relative(family.relation) != nil else {
                throw GiftLogError.unknownRelation(family.relation, accepted: rules.relatives.map(\.code))
            }
        }
    }

    /// The directory entry of `id`, refusing an unknown person, or a day in the future or outside their service.
    static func servingPerson(
        _ id: String, field personField: String, on day: CalendarDate, field dayField: String,
        directory: AgencyDirectory, today: CalendarDate
    ) throws -> StaffMember {
        guard let person = directory.member(id) else { throw GiftLogError.unknownPerson(field: personField, id) }
        if day > today { throw GiftLogError.dateInFuture(field: dayField, day, today: today) }
        if let since = person.since, day < since {
            throw GiftLogError.beforeService(
                person: "\(person.name) (\(person.id))", field: dayField, day, since: since)
        }
        if let until = person.until, day > until {
            throw GiftLogError.afterService(person: "\(person.name) (\(person.id))", field: dayField, day, until: until)
        }
        return person
    }
}

extension GiftEntry {
    /// The event recording that this entry was reported to the head on `day`.
    /// - throws: ``GiftLogError`` when the entry needs no report, was already reported, or the day is before
    ///   the gift or in the future.
    public func decideReport(
        on day: CalendarDate, assessment: GiftAssessment, today: CalendarDate
    ) throws -> GiftReportedToHead {
        guard assessment.verdict.needsReport else { throw GiftLogError.needsNoReport(id, assessment.verdict) }
        if let reportedOn { throw GiftLogError.alreadyReported(id, on: reportedOn) }
        guard day >= logged.date else {
            throw GiftLogError.beforeGift(id, field: "--reported-on", day, giftDate: logged.date)
        }
        if day > today { throw GiftLogError.dateInFuture(field: "--reported-on", day, today: today) }
        return GiftReportedToHead(entryID: id, reportedOn: day)
    }

    /// The events recording the head's `decision` on `day` (and the report, when `reportedOn` is given
    /// for an entry not yet reported).
    ///
    /// A gift the head of agency received (their position is a head position of ``GiftRules/headOfAgencyInForce``)
    /// is decided by the next authority of the agency's type, recorded as `nextAuthority`, never by staff.
    /// - throws: ``GiftLogError`` when the entry needs no decision, is already decided, was never reported,
    ///   the decider is not an executive, the head's own gift lacks the next authority (or names another),
    ///   or the days are out of order or in the future.
    public func decideDecision(
        _ decision: GiftDecision, on day: CalendarDate, by decider: String?, nextAuthority: String? = nil,
        reportedOn newReport: CalendarDate?, note: String?, assessment: GiftAssessment, rules: GiftRules,
        directory: AgencyDirectory, today: CalendarDate
    ) throws -> (report: GiftReportedToHead?, decision: GiftDecisionRecorded) {
        guard assessment.verdict.needsReport else { throw GiftLogError.needsNoDecision(id, assessment.verdict) }
        if let existing = self.decision {
            throw GiftLogError.alreadyDecided(id, existing.decision, on: existing.decidedOn)
        }
        var report: GiftReportedToHead?
        if let newReport, reportedOn == nil {
            report = try decideReport(on: newReport, assessment: assessment, today: today)
        }
        guard let reported = report?.reportedOn ?? reportedOn else { throw GiftLogError.notReported(id) }
        guard day >= reported else { throw GiftLogError.beforeReport(id, decidedOn: day, reportedOn: reported) }
        if day > today { throw GiftLogError.dateInFuture(field: "--on (decided)", day, today: today) }
        let authority = nextAuthority?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        let recipient = directory.member(logged.person)
        if let recipient, let type = rules.headOfAgencyInForce.type(ofHeadPosition: recipient.position) {
            let head = "\(recipient.name) (\(recipient.id)), \(recipient.position)"
            guard let authority, decider == nil else {
                throw GiftLogError.ownGiftOfHead(
                    id, head: head, agencyType: type.type, authority: type.nextAuthority, by: decider)
            }
            guard HeadOfAgencyRule.compact(authority).hasPrefix(HeadOfAgencyRule.compact(type.nextAuthority)) else {
                throw GiftLogError.wrongNextAuthority(
                    id, given: authority, agencyType: type.type, expected: type.nextAuthority)
            }
        } else if let authority {
            throw GiftLogError.nextAuthorityNotForStaff(
                id, given: authority, person: recipient.map { "\($0.name) (\($0.id)), \($0.position)" } ?? logged.person
            )
        }
        if let decider {
            guard let member = directory.member(decider) else {
                throw GiftLogError.unknownPerson(field: "--by", decider)
            }
            guard member.has(.executive) else { throw GiftLogError.notExecutive(decider) }
        }
        return (
            report,
            GiftDecisionRecorded(
                entryID: id, decision: decision, decidedOn: day, decidedBy: decider, note: note,
                nextAuthority: authority)
        )
    }
}

extension GiftEntry {
    /// The event correcting this entry's day to `day`, recorded by mistake.
    /// - throws: ``GiftLogError`` when the reason is empty, the day is the one recorded, in the future or
    ///   outside the person's service, or after the day the entry was reported or decided.
    public func decideDateCorrection(
        to day: CalendarDate, reason: String, directory: AgencyDirectory, today: CalendarDate
    ) throws -> GiftDateCorrected {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw GiftLogError.emptyField("--reason") }
        if day == logged.date { throw GiftLogError.dateUnchanged(id, day) }
        _ = try GiftLogDecider.servingPerson(
            logged.person, field: "the entry's person", on: day, field: "--on", directory: directory, today: today)
        if let reportedOn, reportedOn < day {
            throw GiftLogError.correctedAfter(id, day, event: "reported to the head", on: reportedOn)
        }
        if let decision, decision.decidedOn < day {
            throw GiftLogError.correctedAfter(id, day, event: "decided", on: decision.decidedOn)
        }
        return GiftDateCorrected(entryID: id, previousDate: logged.date, correctedDate: day, reason: reason)
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
