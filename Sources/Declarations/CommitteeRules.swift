import Agency
import Foundation
import Sujarit

/// What a procurement's committee list breaks, warned when it is recorded and listed by `coi committee show`.
///
/// These are warnings, never refusals: the register records the appointment order as it was signed, so
/// a breach must be visible in it rather than kept out of it.
public enum CommitteeWarning: Sendable, Hashable, CustomStringConvertible {
    /// One person appointed both to consider the bids (or select) and to inspect the same procurement,
    /// which the Finance Ministry regulation 2560 clause 26 forbids.
    case separation(staffID: String, considering: ProcurementRole, inspecting: ProcurementRole)
    /// A committee left, once the members who recused are set aside, without its chair or with fewer
    /// members than ``CommitteeRules/minimumMembers`` (the regulation's chair and at least two members).
    /// `recused` are the staff ids who recused from it; `chair` and `members` count who remains.
    case quorum(committee: CommitteeType, recused: [String], chair: Bool, members: Int, minimumMembers: Int)

    /// The staff id the warning is about.
    public var staffID: String {
        switch self {
        case .separation(let staffID, _, _): staffID
        case .quorum(_, let recused, _, _, _): recused.joined(separator: ", ")
        }
    }

    /// The warning in Thai and English, naming the person, both seats, the clause and what to do.
    public var label: LocalizedLabel {
        switch self {
        case let .separation(staffID, considering, inspecting):
            LocalizedLabel(
                th: "\(staffID) เป็นทั้ง\(considering.label.th) และ\(inspecting.label.th) ของโครงการเดียวกัน "
                    + "ซึ่งขัดกับ\(CommitteeSeparation.source) — ควรแต่งตั้งผู้อื่นเป็น\(inspecting.shortLabel.th)",
                en: "\(staffID) sits as \(considering.label.en) and as \(inspecting.label.en) of the same procurement, "
                    + "which the Finance Ministry procurement regulation 2560, clause 26, forbids: appoint someone else as \(inspecting.shortLabel.en)"
            )
        case let .quorum(committee, recused, chair, members, minimum):
            LocalizedLabel(
                th:
                    """
                    \(committee.label.th) \
                    เหลือ\(chair ? "ประธานกรรมการและ" : "โดยไม่มีประธานกรรมการ และมี")กรรมการ \(members) คน 
                    """
                        + "หลังการถอนตัวของ \(recused.joined(separator: ", ")) (ต้องมีประธานกรรมการและกรรมการอย่างน้อย \(minimum) คน) — ควรแต่งตั้งกรรมการแทน"
                ,
                en:
                    """
                    the \(committee.label.en) is left \
                    \(chair ? "with its chair and" : "without its chair and with") \(members) member(s) 
                    """
                        + "after \(recused.joined(separator: ", ")) recused (it needs a chair and at least \(minimum) members): appoint a replacement"
            )
        }
    }

    /// A short code for machine-readable output, e.g. `separation`.
    public var code: String {
        switch self {
        case .separation: "separation"
        case .quorum: "quorum"
        }
    }

    public var description: String { "\(label.en) (\(label.th))" }
}

/// The separation of duties in a procurement: whoever considers the bids or selects the supplier must
/// not also inspect what is delivered (ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ
/// พ.ศ. 2560 ข้อ 26). It is law for every agency, so it is not configurable.
public enum CommitteeSeparation {
    /// The regulation and clause the rule comes from.
    public static let source = "ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 ข้อ 26"

    /// Each person holding a seat that considers the bids and a seat that inspects, once per pair of
    /// seats, sorted by person then roles.
    public static func warnings(_ seats: [CommitteeSeat]) -> [CommitteeWarning] {
        var result: [CommitteeWarning] = []
        for (staffID, mine) in Dictionary(grouping: seats, by: \.staffID).sorted(by: { $0.key < $1.key }) {
            let roles = Set(mine.map(\.role)).sorted()
            for considering in roles where considering.considersBids {
                for inspecting in roles where inspecting.inspects {
                    result.append(.separation(staffID: staffID, considering: considering, inspecting: inspecting))
                }
            }
        }
        return result
    }
}

extension ProcurementRole {
    /// Whether the seat considers the bids or selects the supplier: chair or member of the e-bidding,
    /// price-tender, selection or specific-method committee.
    public var considersBids: Bool {
        switch committee {
        case .eBidding, .priceTender, .selection, .specificMethod: seat == .chair || seat == .member
        case .inspection, .tor, .referencePrice, nil: false
        }
    }

    /// Whether the seat inspects what is delivered: chair or member of the inspection committee, the single
    /// inspector (ผู้ตรวจรับพัสดุ), or the works supervisor (ผู้ควบคุมงาน), whose reports the inspection relies on.
    public var inspects: Bool {
        switch seat {
        case .inspector, .supervisor: true
        case .chair, .member: committee == .inspection
        case .headOfficer, .officer: false
        }
    }
}

/// How many must remain on a procurement committee after recusals, read from `Registers/committee-rules.yaml`
/// (the regulation 2560 clause 26: a chair and at least two members), and the warnings a committee list gets.
public struct CommitteeRules: Sendable, Hashable {
    /// Where the numbers come from, as the file names it.
    public var source: String
    /// Whether a committee must keep its chair (ประธานกรรมการ) after recusals.
    public var requiresChair: Bool
    /// Members besides the chair who must remain after recusals.
    public var minimumMembers: Int

    /// The regulation's own numbers, used when no rules file is found.
    public static let regulation2560 = CommitteeRules(
        source: CommitteeSeparation.source, requiresChair: true, minimumMembers: 2)

    public init(source: String, requiresChair: Bool, minimumMembers: Int) {
        self.source = source
        self.requiresChair = requiresChair
        self.minimumMembers = minimumMembers
    }

    /// Reads a rules file (`Registers/committee-rules.yaml`): `source`, and under `quorum` `chair`
    /// (true/false) and `members` (a whole number from 1 to 20). Errors name the file, line and field.
    public static func load(_ path: String) throws -> CommitteeRules {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["version", "source", "quorum"])
        let quorum = try root.required("quorum")
        try quorum.allowOnly(["chair", "members"])
        let chairNode = try quorum.required("chair")
        let chair: Bool
        switch try chairNode.text().lowercased() {
        case "true", "yes": chair = true
        case "false", "no": chair = false
        case let other: throw chairNode.error("expected true or false, found '\(other)'")
        }
        let membersNode = try quorum.required("members")
        let members = try membersNode.integer()
        guard (1...20).contains(members) else {
            throw membersNode.error(
                "expected a whole number of members from 1 to 20 (the regulation asks for at least 2), found \(members)"
            )
        }
        return CommitteeRules(source: try root.text("source"), requiresChair: chair, minimumMembers: members)
    }

    /// The rules in force: `committee-rules.yaml` in `registers` (the registers folder, when known), else
    /// ``regulation2560``. A file that exists but cannot be read is an error, never silently ignored.
    public static func resolve(registers: String?) throws -> CommitteeRules {
        if let registers {
            let path = (registers as NSString).appendingPathComponent("committee-rules.yaml")
            if FileManager.default.fileExists(atPath: path) { return try load(path) }
        }
        return .regulation2560
    }

    /// What `seats` break: clause 26's separation (``CommitteeSeparation``), then each committee that,
    /// with the `recused` seats set aside, lacks its chair or members. A committee with no recusal is not
    /// judged on its size here: the warning is about a recusal leaving it short.
    public func warnings(_ seats: [CommitteeSeat], recused: Set<CommitteeSeat>) -> [CommitteeWarning] {
        var result = CommitteeSeparation.warnings(seats)
        let byCommittee = Dictionary(grouping: seats.filter { $0.role.committee != nil }, by: { $0.role.committee! })
        for committee in CommitteeType.allCases {
            guard let mine = byCommittee[committee] else { continue }
            let gone = mine.filter { recused.contains($0) }
            guard !gone.isEmpty else { continue }
            let remaining = mine.filter { !recused.contains($0) }
            let chair = remaining.contains { $0.role.seat == .chair }
            let members = remaining.filter { $0.role.seat == .member }.count
            if (requiresChair && !chair) || members < minimumMembers {
                result.append(
                    .quorum(
                        committee: committee, recused: gone.map(\.staffID).sorted(), chair: chair,
                        members: members, minimumMembers: minimumMembers
                    ))
            }
        }
        return result
    }

    /// The warnings of a project's seats as `coi missing` reads them (a seat is recused when its
    /// declaration in force records a recusal).
    public func warnings(_ seats: [SeatDeclaration]) -> [CommitteeWarning] {
        warnings(seats.map(\.seat), recused: Set(seats.filter(\.recused).map(\.seat)))
    }
}
