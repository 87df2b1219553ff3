import EventStore
import Foundation
import Sujarit

/// A gift received, given or refused was entered in the log.
///
/// Records the facts only. The verdict is derived from them by the rules of ``rulesVersion``, together with
/// the other gifts from the same giver on the same occasion, so it is computed when read rather than stored.
public struct GiftLogged: DomainEvent, Hashable {
    public static let eventType = "GiftLogged"

    /// The entry id, numbered within the fiscal year of ``date``.
    public var entryID: GiftEntryID
    /// Received, given or refused.
    public var direction: GiftDirection
    /// The staff id of the official who received, gave or refused.
    public var person: String
    /// Their department code on that day (Oversight compares it with buying departments).
    public var department: String
    /// The giver (received, refused) or the recipient (given).
    public var counterparty: PartyReference
    /// Whether the counterparty is a person or a firm.
    public var counterpartyKind: PartyKind
    /// The relative kind's code when the counterparty is a relative under the rules; nil otherwise.
    public var relative: String?
    /// Whether the counterparty deals with the agency (a bidder, contractor, permit applicant).
    public var dealsWithAgency: Bool
    /// The occasion, e.g. ปีใหม่ 2568; gifts are summed per giver per occasion.
    public var occasion: String
    /// The day of receipt, giving or refusal.
    public var date: CalendarDate
    /// What it was, e.g. กระเช้าผลไม้.
    public var description: String
    /// The estimated value in baht.
    public var value: Money
    /// Whether it was given to people in general (a souvenir handed to every visitor).
    public var givenToPeopleGenerally: Bool
    /// The version of ``GiftRules`` in force when it was logged.
    public var rulesVersion: Int
    /// A remark.
    public var note: String?
    /// The family member who received it on the official's account, when not the official; nil in events
    /// recorded before the field existed.
    public var receivedBy: FamilyRecipient?
    /// The reason for accepting it (the form's "เหตุผลความจำเป็น"), when given.
    public var reason: String?
    /// For a gift given: the recipient is the official's superior (or their family); nil when not said.
    public var toSuperior: Bool?
    /// For a gift given: it was paid with public money (the agency's budget); nil when not said.
    public var publicMoney: Bool?
    /// Where the log found that the counterparty has business before the agency when the officer did not
    /// say so (``PartiesWithBusiness``), e.g. `procurement: project 67119000333, winner`; nil when the
    /// officer's `--deals-with-agency` decided, and in events recorded before the field existed.
    public var businessFound: String?

    public init(
        entryID: GiftEntryID, direction: GiftDirection, person: String, department: String,
        counterparty: PartyReference, counterpartyKind: PartyKind, relative: String?, dealsWithAgency: Bool,
        occasion: String, date: CalendarDate, description: String, value: Money, givenToPeopleGenerally: Bool,
        rulesVersion: Int, note: String? = nil, receivedBy: FamilyRecipient? = nil, reason: String? = nil,
        toSuperior: Bool? = nil, publicMoney: Bool? = nil
    ) {
        self.entryID = entryID
        self.direction = direction
        self.person = person
        self.department = department
        self.counterparty = counterparty
        self.counterpartyKind = counterpartyKind
        self.relative = relative
        self.dealsWithAgency = dealsWithAgency
        self.occasion = occasion
        self.date = date
        self.description = description
        self.value = value
        self.givenToPeopleGenerally = givenToPeopleGenerally
        self.rulesVersion = rulesVersion
        self.note = note
        self.receivedBy = receivedBy
        self.reason = reason
        self.toSuperior = toSuperior
        self.publicMoney = publicMoney
    }
}

/// A gift above the threshold was reported to the head of agency (the แบบรายงานการรับของขวัญ reached them).
public struct GiftReportedToHead: DomainEvent, Hashable {
    public static let eventType = "GiftReportedToHead"
    /// The entry reported.
    public var entryID: GiftEntryID
    /// The day the report reached the head.
    public var reportedOn: CalendarDate

    public init(entryID: GiftEntryID, reportedOn: CalendarDate) {
        self.entryID = entryID
        self.reportedOn = reportedOn
    }
}

/// The head of agency decided what happens to a reported gift.
public struct GiftDecisionRecorded: DomainEvent, Hashable {
    public static let eventType = "GiftDecisionRecorded"
    /// The entry decided on.
    public var entryID: GiftEntryID
    /// Keep, return or hand over.
    public var decision: GiftDecision
    /// The day of the decision.
    public var decidedOn: CalendarDate
    /// The staff id of who decided, when given (the head of agency or their deputy).
    public var decidedBy: String?
    /// A remark.
    public var note: String?
    /// When the gift was the head of agency's own: the authority above the head who decided, as recorded
    /// (e.g. ผู้ว่าราชการจังหวัดนราธิวาส); nil otherwise, and in events recorded before the field existed.
    public var nextAuthority: String?

    public init(
        entryID: GiftEntryID, decision: GiftDecision, decidedOn: CalendarDate, decidedBy: String?, note: String? = nil,
        nextAuthority: String? = nil
    ) {
        self.entryID = entryID
        self.decision = decision
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.note = note
        self.nextAuthority = nextAuthority
    }
}

/// The day of a logged gift was corrected: it was recorded by mistake. The entry keeps its id; from now
/// on its verdict, due day and reports use ``correctedDate``, and its history shows both days.
public struct GiftDateCorrected: DomainEvent, Hashable {
    public static let eventType = "GiftDateCorrected"
    /// The entry corrected.
    public var entryID: GiftEntryID
    /// The day as it stood before the correction.
    public var previousDate: CalendarDate
    /// The right day of receipt, giving or refusal.
    public var correctedDate: CalendarDate
    /// Why the recorded day was wrong.
    public var reason: String

    public init(entryID: GiftEntryID, previousDate: CalendarDate, correctedDate: CalendarDate, reason: String) {
        self.entryID = entryID
        self.previousDate = previousDate
        self.correctedDate = correctedDate
        self.reason = reason
    }
}

/// A version of the gift rules was adopted; entries logged from now on are judged by it.
///
/// The payload stores the rules as ``GiftRulesPayloadV1``, not through `GiftRules`' own Codable, so the model
/// can change without changing what adopted rules look like in the log.
public struct GiftRulesAdopted: DomainEvent, Hashable {
    public static let eventType = "GiftRulesAdopted"
    /// The rules, with their version.
    public var rules: GiftRules

    /// The event adopting `rules`.
    public init(rules: GiftRules) { self.rules = rules }

    private enum CodingKeys: String, CodingKey { case rules }

    /// Reads the stored payload (schema 1).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rules = try container.decode(GiftRulesPayloadV1.self, forKey: .rules).model
    }

    /// Writes the payload in the stored form of schema 1.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(GiftRulesPayloadV1(rules), forKey: .rules)
    }
}

/// The head of agency declared the No Gift Policy for a fiscal year (OIT item O31).
public struct NoGiftPolicyDeclared: DomainEvent, Hashable {
    public static let eventType = "NoGiftPolicyDeclared"
    /// The fiscal year the policy is declared for.
    public var fiscalYear: FiscalYear
    /// The day it was signed.
    public var declaredOn: CalendarDate
    /// The staff id of the head of agency who signed it.
    public var declaredBy: String
    /// The title of the announcement, e.g. ประกาศเจตนารมณ์ No Gift Policy.
    public var title: String
    /// Where it can be seen: a web address, a document number.
    public var evidence: [String]

    public init(fiscalYear: FiscalYear, declaredOn: CalendarDate, declaredBy: String, title: String, evidence: [String])
    {
        self.fiscalYear = fiscalYear
        self.declaredOn = declaredOn
        self.declaredBy = declaredBy
        self.title = title
        self.evidence = evidence
    }
}

/// An activity building a No Gift culture was held (OIT item O32).
public struct NoGiftActivityRecorded: DomainEvent, Hashable {
    public static let eventType = "NoGiftActivityRecorded"
    /// The fiscal year of ``heldOn``.
    public var fiscalYear: FiscalYear
    /// The day it was held.
    public var heldOn: CalendarDate
    /// What it was.
    public var title: String
    /// How many took part, when counted.
    public var participants: Int?
    /// Where it is documented.
    public var evidence: [String]

    public init(fiscalYear: FiscalYear, heldOn: CalendarDate, title: String, participants: Int?, evidence: [String]) {
        self.fiscalYear = fiscalYear
        self.heldOn = heldOn
        self.title = title
        self.participants = participants
        self.evidence = evidence
    }
}

/// The streams of this register.
public enum GiftStreams {
    /// `gift/G-2568-007`: one entry's history.
    public static func entry(_ id: GiftEntryID) throws -> StreamID {
        try StreamID(category: "gift", id: id.description)
    }
    /// `gift-rules/agency`: every adopted version of the rules.
    public static let rules = try! StreamID(category: "gift-rules", id: "agency")
    /// `gift-policy/2568`: the year's policy declaration.
    public static func policy(_ year: FiscalYear) throws -> StreamID {
        try StreamID(category: "gift-policy", id: String(year.be))
    }
    /// `gift-culture/2568`: the year's culture activities.
    public static func activities(_ year: FiscalYear) throws -> StreamID {
        try StreamID(category: "gift-culture", id: String(year.be))
    }
}
