import Foundation

/// Why an amount of money could not be read.
public enum MoneyError: LocalizedError, Sendable, Hashable {
    /// The text was empty or only whitespace.
    case empty
    /// The text contains a character that has no place in an amount (the associated character).
    case invalidCharacter(String, Character)
    /// A thousands separator is not followed by exactly three digits, or the first group is too long.
    case misplacedComma(String)
    /// The amount has more than two decimals; baht have 100 satang.
    case tooManyDecimals(String)
    /// The text has no digits where digits are needed, e.g. `-`, `.50`, `12.` or `1.2.3`.
    case malformed(String)
    /// The amount is too large to hold.
    case overflow(String)
    /// A total does not fit in ``Money`` (beyond ±92 quadrillion baht); the associated text says what was
    /// being summed. Real data never gets there: the amounts summed were written by an older version or
    /// edited in the store directly.
    case totalOverflow(String)

    /// Examples of accepted amounts, as shown in error messages.
    public static let acceptedForms = "156,000.00, 156000, ๑๕๖,๐๐๐.๐๐, 1,234.5 or -250 บาท"

    /// A message that names the text, the problem and what is accepted.
    public var errorDescription: String? {
        switch self {
        case .empty:
            "No amount was given. Write baht with up to two decimals, e.g. \(Self.acceptedForms)."
        case let .invalidCharacter(text, character):
            "'\(text)' is not an amount of money: '\(character)' is not allowed. "
                + "Write baht with digits, commas and up to two decimals, e.g. \(Self.acceptedForms)."
        case let .misplacedComma(text):
            "'\(text)' has a misplaced comma: commas separate groups of three digits, as in 1,234,567.89."
        case let .tooManyDecimals(text):
            "'\(text)' has more than two decimals: amounts are in baht and satang, e.g. 1,234.50."
        case let .malformed(text):
            "'\(text)' is not an amount of money. Write digits before any decimal point, e.g. "
                + "\(Self.acceptedForms)."
        case let .overflow(text):
            "'\(text)' is too large an amount: the largest is 92,233,720,368,547,758.07 baht."
        case let .totalOverflow(what):
            "The total of \(what) is larger than 92,233,720,368,547,758.07 baht, the largest amount Sujarit "
                + "can hold: some of these amounts are wrong (recorded by an older version or edited in the store). "
                + "Correct or withdraw the wrong records, then run the command again."
        }
    }
}
