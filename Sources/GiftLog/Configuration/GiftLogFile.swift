import Agency
import Foundation
import Sujarit

/// A file of gift-log records to enter at once (`sujarit gift import FILE`): the year's policy declaration
/// (O31), culture activities (O32) and gift entries, such as `Registers/examples/takbai/gifts-2568.yaml`:
///
/// ```yaml
/// policy:
///   fiscal_year: 2568
///   declared: 1 ต.ค. 67
///   by: mayor
///   title: ประกาศเจตนารมณ์ No Gift Policy
///   evidence: [https://www.takbai.go.th/nogift-2568]
/// activities:
///   - held: 15 พ.ย. 67
///     title: อบรมสร้างวัฒนธรรม No Gift
///     participants: 52
/// gifts:
///   - direction: received        # received, given or refused
///     person: kittipong
///     from: บริษัท ตากใบวัสดุภัณฑ์ จำกัด    # 'to:' for a gift given
///     tax_id: 0965560000019       # optional
///     deals_with_agency: true
///     occasion: ปีใหม่ 2568
///     date: 2 ม.ค. 68
///     what: กระเช้าผลไม้
///     value: 1,500
/// ```
///
/// Optional gift fields: `kind` (person|firm), `relative` (a code of the rules), `general` (given to people
/// in general), `reported`, `decision` (keep|return|hand-over), `decided`, `decided_by`, `decided_by_authority` (the
/// authority above the head, for the head's own gift), `received_by` with `relation` (a family member who
/// received it on the official's account), `reason` (เหตุผลความจำเป็น), `to_superior` and `public_money` (true/false, for a gift given), `note`.
public struct GiftLogFile: Sendable, Hashable {
    /// Where an item sits in the file, so a refusal by the register names the line.
    public struct Place: Sendable, Hashable {
        public var file: String
        public var line: Int?
        public var field: String

        /// `error` from the register, placed at this item.
        public func wrap(_ error: any Error) -> ConfigurationError {
            ConfigurationError(file: file, line: line, field: field, message: error.localizedDescription)
        }
    }

    /// A gift and where it was written.
    public struct GiftItem: Sendable, Hashable {
        public var draft: GiftDraft
        public var place: Place
    }

    /// A culture activity and where it was written.
    public struct ActivityItem: Sendable, Hashable {
        public var heldOn: CalendarDate
        public var title: String
        public var participants: Int?
        public var evidence: [String]
        public var place: Place
    }

    /// The policy declaration and where it was written.
    public struct PolicyItem: Sendable, Hashable {
        public var declaration: NoGiftPolicyDeclared
        public var place: Place
    }

    public var policy: PolicyItem?
    public var activities: [ActivityItem]
    public var gifts: [GiftItem]

    /// Reads and checks the file's shape and values; the register's rules are checked when it is recorded.
    /// A file that is not a regular file or is larger than `limits.maxFileBytes` is refused unread, and a
    /// gift valued above `limits.gift` (100 million baht by default) is refused.
    /// - throws: `ConfigurationError` naming file, line and field.
    public static func load(_ path: String, limits: InputLimits = .defaults) throws -> GiftLogFile {
        try parse(try ConfigNode.load(path, maxBytes: limits.maxFileBytes), limits: limits)
    }

    /// Reads an already parsed document (see ``load(_:limits:)``).
    public static func parse(_ root: ConfigNode, limits: InputLimits = .defaults) throws -> GiftLogFile {
        try root.allowOnly(["policy", "activities", "gifts"])
        var policy: PolicyItem?
        if let node = try root.optional("policy") {
            try node.allowOnly(["fiscal_year", "declared", "by", "title", "evidence"])
            policy = PolicyItem(
                declaration: NoGiftPolicyDeclared(
                    fiscalYear: try value(node.required("fiscal_year")) { try FiscalYear.parse($0.text()) },
                    declaredOn: try node.required("declared").date(), declaredBy: try node.text("by"),
                    title: try node.text("title"), evidence: try node.optional("evidence")?.texts() ?? []
                ), place: place(node))
        }
        let activities = try (root.optional("activities")?.items() ?? []).map { node in
            try node.allowOnly(["held", "title", "participants", "evidence"])
            return ActivityItem(
                heldOn: try node.required("held").date(), title: try node.text("title"),
                participants: try node.optional("participants")?.integer(),
                evidence: try node.optional("evidence")?.texts() ?? [], place: place(node)
            )
        }
        let gifts = try (root.optional("gifts")?.items() ?? []).map { node in
            GiftItem(draft: try gift(node, limits: limits), place: place(node))
        }
        return GiftLogFile(policy: policy, activities: activities, gifts: gifts)
    }

    static func gift(_ node: ConfigNode, limits: InputLimits = .defaults) throws -> GiftDraft {
        try node.allowOnly([
            "direction", "person", "from", "to", "tax_id", "kind", "relative", "deals_with_agency", "occasion", "date",
            "what", "value", "general", "reported", "decision", "decided", "decided_by", "decided_by_authority",
            "received_by", "relation", "reason", "to_superior", "public_money", "note",
        ])
        let direction = try value(node.required("direction")) { node in
            guard let direction = GiftDirection(text: try node.text()) else {
                throw node.error("expected received, given or refused, found '\(try node.text())'")
            }
            return direction
        }
        let counterpartyKey = direction == .given ? "to" : "from"
        let taxID = try node.optional("tax_id").map { taxNode in try value(taxNode) { try TaxID(validating: $0.text()) }
        }
        let amountNode = try node.required("value")
        let amount = try value(amountNode) { try Money.parse($0.text()) }
        guard !amount.isNegative else {
            throw amountNode.error(GiftLogError.negativeValue(field: "value", amount).errorDescription!)
        }
        do { try limits.check(amount, as: .gift) } catch {
            throw amountNode.error(error.errorDescription ?? "\(error)")
        }
        return GiftDraft(
            direction: direction, person: try node.text("person"),
            counterparty: PartyReference(name: try node.text(counterpartyKey), taxID: taxID),
            counterpartyKind: try node.optional("kind").map { kindNode in
                try value(kindNode) { node in
                    guard let kind = PartyKind(rawValue: try node.text()) else {
                        throw node.error("expected person or firm")
                    }
                    return kind
                }
            },
            relative: try node.optionalText("relative"),
            dealsWithAgency: try node.optional("deals_with_agency").map(flag) ?? false,
            occasion: try node.text("occasion"), date: try node.required("date").date(),
            description: try node.text("what"),
            value: amount, givenToPeopleGenerally: try node.optional("general").map(flag) ?? false,
            note: try node.optionalText("note"), reportedOn: try node.optional("reported")?.date(),
            decision: try node.optional("decision").map { decisionNode in
                try value(decisionNode) { node in
                    guard let decision = GiftDecision(text: try node.text()) else {
                        throw node.error("expected keep, return or hand-over")
                    }
                    return decision
                }
            },
            decidedOn: try node.optional("decided")?.date(), decidedBy: try node.optionalText("decided_by"),
            decidedByNextAuthority: try node.optionalText("decided_by_authority"),
            receivedBy: try node.optionalText("received_by").map {
                FamilyRecipient(name: $0, relation: try node.text("relation"))
            },
            reason: try node.optionalText("reason"),
            toSuperior: try node.optional("to_superior").map(flag) ?? false,
            publicMoney: try node.optional("public_money").map(flag) ?? false
        )
    }

    static func value<T>(_ node: ConfigNode, _ read: (ConfigNode) throws -> T) throws -> T {
        do { return try read(node) } catch let error as ConfigurationError { throw error } catch {
            throw node.error(error.localizedDescription)
        }
    }

    static func flag(_ node: ConfigNode) throws -> Bool {
        let text = try node.text()
        switch text.lowercased() {
        case "true", "yes", "ใช่": return true
        case "false", "no", "ไม่": return false
        default: throw node.error("expected true or false, found '\(text)'")
        }
    }

    static func place(_ node: ConfigNode) -> Place { Place(file: node.file, line: node.line, field: node.path) }
}
