import Agency
import Foundation
import Sujarit

/// How many of the risk committee must have scored a risk before the chair may make its consensus the
/// committee's (`risk finalize`), read from `Registers/risk-scoring.yaml`.
///
/// Without it one member's score could be finalized as the committee's: a round where 2 of 8 risks were
/// scored, one by 1 of 5 members, was closed that way.
public struct ScoringQuorum: Sendable, Hashable, Codable {
    /// The share of the committee that makes a quorum.
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        /// More than half (เกินกึ่งหนึ่ง): 3 of 5, 3 of 4.
        case moreThanHalf = "more-than-half"
        /// At least half (ไม่น้อยกว่ากึ่งหนึ่ง), as the Administrative Procedure Act 2539 s.79 sets for
        /// administrative committees: 3 of 5, 2 of 4.
        case atLeastHalf = "at-least-half"
        /// Every member.
        case all
    }

    /// The rule.
    public var rule: Rule
    /// Where the rule comes from, as the file names it.
    public var source: String

    /// The default: more than half of the committee.
    public static let moreThanHalf = ScoringQuorum(
        rule: .moreThanHalf, source: "Registers/risk-scoring.yaml (default: more than half of the committee)")

    public init(rule: Rule, source: String) {
        self.rule = rule
        self.source = source
    }

    /// The members needed out of a committee of `size` (at least 1).
    public func required(committee size: Int) -> Int {
        let needed =
            switch rule {
            case .moreThanHalf: size / 2 + 1
            case .atLeastHalf: (size + 1) / 2
            case .all: size
            }
        return max(1, needed)
    }

    /// The risk committee on `day`: staff with the committee-member or committee-chair role who are serving.
    public static func committee(in directory: AgencyDirectory, on day: CalendarDate) -> [StaffMember] {
        directory.staff.filter { ($0.has(.committeeMember) || $0.has(.committeeChair)) && $0.isServing(on: day) }
    }

    /// Reads a rules file: `source` and `quorum` (more-than-half, at-least-half or all). Errors name the
    /// file, line and field.
    public static func load(_ path: String) throws -> ScoringQuorum {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["version", "source", "quorum"])
        let node = try root.required("quorum")
        let text = try node.text()
        guard let rule = Rule(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw node.error(
                "'\(text)' is not a quorum rule; write one of \(Rule.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return ScoringQuorum(rule: rule, source: try root.text("source"))
    }

    /// The rule in force: `risk-scoring.yaml` in `registers` (the registers folder, when known), else
    /// ``moreThanHalf``. A file that exists but cannot be read is an error, never silently ignored.
    public static func resolve(registers: String?) throws -> ScoringQuorum {
        if let registers {
            let path = (registers as NSString).appendingPathComponent("risk-scoring.yaml")
            if FileManager.default.fileExists(atPath: path) { return try load(path) }
        }
        return .moreThanHalf
    }
}

/// A risk scored in a round by fewer members than the quorum: who scored and who has not.
public struct QuorumShortfall: Sendable, Hashable, CustomStringConvertible {
    public var risk: RiskID
    /// The staff ids who scored it, sorted.
    public var scored: [String]
    /// The committee members who have not, sorted.
    public var missing: [String]

    public init(risk: RiskID, scored: [String], missing: [String]) {
        self.risk = risk
        self.scored = scored
        self.missing = missing
    }

    public var description: String {
        """
        \(risk): scored by \(scored.count) (\(scored.joined(separator: ", "))), not yet by \
        \(missing.joined(separator: ", "))
        """
    }
}
