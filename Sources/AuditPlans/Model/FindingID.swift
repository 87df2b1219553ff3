import Sujarit

/// What makes a ``FindingID``: `F`, and ``AuditPlansError/invalidFindingID(_:)``.
public enum FindingIDKind: YearNumberedKind {
    /// `F`.
    public static let prefix = "F"
    /// ``AuditPlansError/invalidFindingID(_:)``.
    public static func invalidID(_ text: String) -> any Error { AuditPlansError.invalidFindingID(text) }
}

/// A finding's id, `F-2568-001`: the plan year it was found in and its number within that year.
public typealias FindingID = YearNumberedID<FindingIDKind>

/// One recommendation of a finding, written `F-2568-001.2` (the `.n` may be left out when the finding has
/// only one).
public struct RecommendationRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The finding.
    public let finding: FindingID
    /// The recommendation's number within the finding, from 1.
    public let number: Int

    /// Creates the value from its parts.
    public init(finding: FindingID, number: Int) {
        self.finding = finding
        self.number = number
    }

    /// Parses `F-2568-001.2`; `number` is nil for a bare finding id.
    /// - throws: ``AuditPlansError/invalidFindingID(_:)``.
    public static func parse(_ text: String) throws -> (finding: FindingID, number: Int?) {
        let cleaned = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
        let pieces = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { throw AuditPlansError.invalidFindingID(text) }
        let finding = try FindingID(parsing: String(pieces[0]))
        guard pieces.count == 2 else { return (finding, nil) }
        guard let number = Int(pieces[1]), number > 0 else { throw AuditPlansError.invalidFindingID(text) }
        return (finding, number)
    }

    public var description: String { "\(finding).\(number)" }

    public static func < (lhs: RecommendationRef, rhs: RecommendationRef) -> Bool {
        (lhs.finding, lhs.number) < (rhs.finding, rhs.number)
    }
}
