/// An e-GP project number (เลขที่โครงการ), or the number of a procurement-plan item.
///
/// Project numbers are 11 digits whose first two are the Buddhist-era year the project was created in
/// (`67119000332` is from 2567). Plan items carry `P` or `M` followed by 11 digits (`P69100030274`). The id
/// ties a feed announcement to contract data, a declaration to its procurement and a committee to its
/// project, so every register reads it with this one type and Oversight can join on its text. It is kept as
/// text: leading zeros matter and it is never arithmetic.
public struct EGPProjectID: Sendable, Hashable, Comparable, TextCodable {
    /// Whether the id names a project or a plan item.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An 11-digit project number.
        case project
        /// A `P…` or `M…` procurement-plan item number.
        case plan
    }

    /// The id as e-GP writes it, with Arabic digits and an upper-case letter for plan ids.
    public let rawValue: String

    /// Reads an id written with Arabic or Thai digits and optional surrounding whitespace (Unicode
    /// White_Space, so a no-break space pasted from a document is trimmed too); nil when the text is neither
    /// 11 digits nor `P`/`M` and 11 digits.
    public init?(_ text: String) {
        // The usual case, an id already as e-GP writes it, is checked on its bytes alone: the feed reader
        // calls this for every announcement.
        let utf8 = text.utf8
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if utf8.count == 11, utf8.allSatisfy(isDigit) {
            rawValue = text
            return
        }
        if utf8.count == 12, let first = utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "M"),
            utf8.dropFirst().allSatisfy(isDigit)
        {
            rawValue = text
            return
        }
        let candidate = ThaiDigits.toArabic(text).trimmingWhitespace.uppercased()
        var scalars = Substring(candidate).unicodeScalars
        if let first = scalars.first, first == "P" || first == "M" {
            scalars = scalars.dropFirst()
        }
        guard scalars.count == 11, scalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else {
            return nil
        }
        rawValue = candidate
    }

    /// Reads an id as ``init(_:)`` does.
    /// - Throws: ``EGPIDError/invalidProjectID(_:)`` when it is not one.
    public init(parsing text: String) throws(EGPIDError) {
        guard let id = EGPProjectID(text) else { throw .invalidProjectID(text) }
        self = id
    }

    /// ``Kind/plan`` for `P…`/`M…` ids, ``Kind/project`` otherwise.
    public var kind: Kind {
        rawValue.first!.isNumber ? .project : .plan
    }

    /// The Buddhist-era year in the id's first two digits (after the letter of a plan id): 2567 for
    /// `67119000332`, 2569 for `P69100030274`.
    public var beYear: Int {
        let digits = rawValue.drop(while: { !$0.isNumber }).prefix(2)
        return 2500 + Int(digits)!
    }

    /// The ``rawValue``, which is also how the id is stored.
    public var description: String { rawValue }

    /// Orders ids as text, which for ids of one kind is also by year and then by number.
    public static func < (lhs: EGPProjectID, rhs: EGPProjectID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
