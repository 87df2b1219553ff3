import Foundation

/// Why a tax id was rejected.
public enum TaxIDError: LocalizedError, Sendable, Hashable {
    /// The text holds a character other than a digit, dash or space (the associated character).
    case nonDigit(String, Character)
    /// The text does not hold exactly 13 digits; `digitCount` is how many it holds.
    case wrongLength(String, digitCount: Int)
    /// The last digit is not the check digit the first 12 require.
    case badCheckDigit(String, expected: Int, found: Int)

    /// A message that names the text, the problem and what is accepted.
    public var errorDescription: String? {
        switch self {
        case let .nonDigit(text, character):
            "'\(text)' is not a tax id: '\(character)' is not a digit. A tax id is 13 digits (Thai or Arabic), "
                + "optionally grouped with dashes, e.g. 0-1075-44000-10-8."
        case let .wrongLength(text, count):
            "'\(text)' has \(count) digit\(count == 1 ? "" : "s"), but a tax id has exactly 13, "
                + "e.g. 0107544000108 or 0-1075-44000-10-8."
        case let .badCheckDigit(text, expected, found):
            "'\(text)' is not a valid tax id: its last digit is \(found), but the first 12 digits require "
                + "\(expected). Check the number for a typing mistake."
        }
    }
}
