import Foundation
import Sujarit

/// The e-GP number of the procurement a declaration or a committee is for: 11 digits whose first two are
/// the BE year (`67119000333`), or a plan item's `P`/`M` and 11 digits (`P69100030274`).
///
/// Registers do not import one another, so this is the register's own reading of the id the Procurement
/// module also parses; both keep the same text, which is what Oversight joins on.
public struct ProjectNumber: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The id with Arabic digits and an upper-case letter.
    public let rawValue: String

    /// Reads an id with Thai or Arabic digits; throws ``DeclarationsError/invalidProject(_:)`` otherwise.
    public init(parsing text: String) throws {
        let candidate = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces).uppercased()
        var digits = Substring(candidate)
        if let first = digits.first, first == "P" || first == "M" { digits = digits.dropFirst() }
        guard digits.count == 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw DeclarationsError.invalidProject(text)
        }
        rawValue = candidate
    }

    public var description: String { rawValue }

    public static func < (lhs: ProjectNumber, rhs: ProjectNumber) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.localizedDescription)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
