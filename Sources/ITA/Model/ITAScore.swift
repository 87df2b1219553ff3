import Sujarit

/// A score out of 100 as the ITA publishes it (93.17), held exactly as a whole number of hundredths (9317).
///
/// ITA scores are printed with two decimals and the overall score is a weighted sum of them; holding them as
/// integers keeps the arithmetic exact, so 96.29 comes out the same on every machine (see ``ExactScore``).
/// Encodes as a decimal string such as `"93.17"`, like ``Money``.
public struct ITAScore: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The score in hundredths, 0 through 10 000.
    public let hundredths: Int

    /// The score of `hundredths` hundredths; must be within 0…10 000 (checked by ``init(parsing:)``).
    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    /// The lowest score, 0.00.
    public static let zero = ITAScore(hundredths: 0)
    /// The highest score, 100.00.
    public static let full = ITAScore(hundredths: 10_000)

    /// Reads `93.17`, `๙๓.๑๗`, `100`, `91.3` or `85,5` (a comma as the decimal mark): at most two decimals,
    /// from 0 to 100.
    ///
    /// - throws: ``ITAError/invalidScore(_:field:)`` naming the text and what is accepted.
    public init(parsing text: String, field: String = "score") throws {
        let cleaned = ThaiDigits.toArabic(text.trimmingCharacters(in: .whitespaces)).replacingOccurrences(
            of: ",", with: ".")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), parts[0].allSatisfy(\.isASCII),
            !parts[0].isEmpty
        else {
            throw ITAError.invalidScore(text, field: field)
        }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(digits)
            else {
                throw ITAError.invalidScore(text, field: field)
            }
            fraction = digits.count == 1 ? value * 10 : value
        }
        let hundredths = whole * 100 + fraction
        guard (0...10_000).contains(hundredths), whole >= 0 else { throw ITAError.invalidScore(text, field: field) }
        self.hundredths = hundredths
    }

    /// `93.17`, always two decimals; Thai digits with `.thai`.
    public func formatted(digits: DigitStyle = .arabic) -> String {
        let cents = hundredths % 100
        return ThaiDigits.apply(digits, to: "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)")
    }

    public var description: String { formatted() }

    public static func < (lhs: ITAScore, rhs: ITAScore) -> Bool { lhs.hundredths < rhs.hundredths }
}

extension ITAScore: Codable {
    /// Decodes `"93.17"` (a string keeps the two decimals exact) or a JSON number written by hand.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = try ITAScore(parsing: text)
        } else {
            let number = try container.decode(Double.self)
            self = try ITAScore(parsing: String(format: "%.2f", number))
        }
    }

    /// Encodes as `"93.17"`, the stored form; for scripts (``CodingUserInfoKey/scriptOutput``) as the number
    /// `93.17`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if encoder.userInfo[.scriptOutput] as? Bool == true {
            try container.encode(Double(hundredths) / 100)
        } else {
            try container.encode(formatted())
        }
    }
}

/// A score computed exactly as a fraction of hundredths, rounded only when it is shown.
///
/// The overall ITA score is `w₁·IIT + w₂·mean(EIT parts) + w₃·OIT`. With the scores in hundredths, the weights
/// in ten-thousandths and the mean's divisor kept as a denominator, the whole sum is one integer fraction:
/// nothing is rounded until ``rounded`` rounds it half-up (away from zero, as people do by hand) to two
/// decimals. The seed's IIT 93.17, EIT 91.33 and 97.58, OIT 100 give exactly 96.2875, shown as 96.29.
public struct ExactScore: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numerator, in hundredths times ``denominator``.
    public let numerator: Int
    /// A positive denominator.
    public let denominator: Int

    public init(numerator: Int, denominator: Int) {
        precondition(denominator > 0, "an exact score needs a positive denominator")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A score taken as exact.
    public init(_ score: ITAScore) { self.init(numerator: score.hundredths, denominator: 1) }

    /// The mean of `scores` (nil when empty), kept exact.
    public static func mean(_ scores: [ITAScore]) -> ExactScore? {
        guard !scores.isEmpty else { return nil }
        return ExactScore(numerator: scores.reduce(0) { $0 + $1.hundredths }, denominator: scores.count)
    }

    /// `self` times a weight given in ten-thousandths (0.30 → 3 000), kept exact.
    public func weighted(_ weight: ITAWeight) -> ExactScore {
        ExactScore(numerator: numerator * weight.tenThousandths, denominator: denominator * 10_000)
    }

    /// The exact sum.
    public static func + (lhs: ExactScore, rhs: ExactScore) -> ExactScore {
        ExactScore(
            numerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator)
    }

    /// Rounded half-up to two decimals: 96.2875 → 96.29, 96.285 → 96.29, 96.2849 → 96.28.
    public var rounded: ITAScore {
        // Scores are never negative, so half-up is floor(x + ½) = floor((2n + d) / 2d).
        ITAScore(hundredths: (2 * numerator + denominator) / (2 * denominator))
    }

    /// The value to four decimals, truncated, for showing the working (`96.2875`).
    public var fourDecimals: String {
        let tenThousandths = numerator * 100 / denominator
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    public var description: String { fourDecimals }

    public static func == (lhs: ExactScore, rhs: ExactScore) -> Bool {
        lhs.numerator * rhs.denominator == rhs.numerator * lhs.denominator
    }

    public func hash(into hasher: inout Hasher) {
        let divisor = Self.gcd(abs(numerator), denominator)
        hasher.combine(numerator / max(divisor, 1))
        hasher.combine(denominator / max(divisor, 1))
    }

    public static func < (lhs: ExactScore, rhs: ExactScore) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}

/// A weight of the overall score, held in ten-thousandths (0.30 → 3 000) so it is exact too.
public struct ITAWeight: Sendable, Hashable, Codable, CustomStringConvertible {
    public let tenThousandths: Int

    public init(tenThousandths: Int) { self.tenThousandths = tenThousandths }

    /// Reads `0.30`, `0.3`, `30%` or `๐.๓๐`: up to four decimals, from 0 to 1.
    public init?(text: String) {
        var value = ThaiDigits.toArabic(text.trimmingCharacters(in: .whitespaces))
        var percent = false
        if value.hasSuffix("%") { percent = true; value.removeLast() }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0 else { return nil }
        var fraction = 0, places = 0
        if parts.count == 2 {
            guard (1...4).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return nil
            }
            fraction = Int(parts[1])!
            places = parts[1].count
        }
        var scaled = whole * 10_000 + fraction * Int(pow10(4 - places))
        if percent {
            guard scaled % 100 == 0 else { return nil }
            scaled /= 100
        }
        guard (0...10_000).contains(scaled) else { return nil }
        tenThousandths = scaled
    }

    /// `0.30`.
    public var description: String {
        let fraction = String(tenThousandths % 10_000)
        var text = "\(tenThousandths / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
        // Keep two decimals at least, as weights are written (0.30), and drop the rest's trailing zeros.
        while text.hasSuffix("0"), text.split(separator: ".").last!.count > 2 { text.removeLast() }
        return text
    }

    /// `30%`.
    public var percent: String {
        tenThousandths % 100 == 0 ? "\(tenThousandths / 100)%" : "\(Double(tenThousandths) / 100)%"
    }
}

private func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { acc, _ in acc * 10 } }
