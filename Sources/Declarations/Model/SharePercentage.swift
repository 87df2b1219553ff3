import Foundation
import Sujarit

/// A shareholding as a percentage with up to two decimals, held exactly in hundredths of a percent.
///
/// The Organic Act's joint-interest test turns on "more than 25 %", so shares are compared exactly and
/// never as floating point. Encodes as a string such as `"25.50"`.
public struct SharePercentage: Sendable, Hashable, Comparable, TextCodable {
    /// The share in hundredths of a percent: 2550 is 25.50 %.
    public let hundredths: Int

    /// A share of `hundredths` hundredths of a percent; must be in 1…10000.
    public init?(hundredths: Int) {
        guard (1...10_000).contains(hundredths) else { return nil }
        self.hundredths = hundredths
    }

    /// Reads `30`, `25.5`, `25.50 %`, `๓๐` (Thai digits); the share must be above 0 and at most 100.
    /// - throws: ``DeclarationsError/invalidShare(_:)``.
    public init(parsing text: String) throws {
        var key = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
        if key.hasSuffix("%") { key = String(key.dropLast()).trimmingCharacters(in: .whitespaces) }
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let whole = Int(parts[0]), whole >= 0
        else { throw DeclarationsError.invalidShare(text) }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let value = Int(parts[1]) else {
                throw DeclarationsError.invalidShare(text)
            }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        guard let share = SharePercentage(hundredths: whole * 100 + fraction) else {
            throw DeclarationsError.invalidShare(text)
        }
        self = share
    }

    /// `25.50`.
    public var description: String {
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public static func < (lhs: SharePercentage, rhs: SharePercentage) -> Bool { lhs.hundredths < rhs.hundredths }
}
