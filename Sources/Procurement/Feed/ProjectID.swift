/// An e-GP project number (เลขที่โครงการ), or the number of a procurement-plan item.
///
/// Project numbers are 11 digits whose first two are the Buddhist-era year the project was created in
/// (`67119000332` is from 2567). Plan items carry `P` or `M` followed by 11 digits (`P69100030274`). The
/// id is what ties a feed announcement to contract data (data.go.th, GovSpending), so it is kept as text:
/// leading zeros matter and it is never arithmetic.
public struct ProjectID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whether the id names a project or a plan item.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An 11-digit project number.
        case project
        /// A `P…` or `M…` procurement-plan item number.
        case plan
    }

    /// The id as e-GP writes it, with Arabic digits and an upper-case letter for plan ids.
    public let rawValue: String

    /// Reads an id written with Arabic or Thai digits and optional surrounding whitespace; nil when the text
    /// is neither 11 digits nor `P`/`M` and 11 digits.
    public init?(_ text: String) {
        // The usual case, an id already as e-GP writes it, is checked on its bytes alone.
        let utf8 = text.utf8
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if utf8.count == 11, utf8.allSatisfy(isDigit) {
            rawValue = text
            return
        }
        if utf8.count == 12, let first = utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "M"),
           utf8.dropFirst().allSatisfy(isDigit) {
            rawValue = text
            return
        }
        let candidate = FeedText.trimmed(FeedText.arabicDigits(text)).uppercased()
        var scalars = Substring(candidate).unicodeScalars
        if let first = scalars.first, first == "P" || first == "M" {
            scalars = scalars.dropFirst()
        }
        guard scalars.count == 11, scalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else {
            return nil
        }
        rawValue = candidate
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

    /// The ``rawValue``.
    public var description: String { rawValue }

    /// Orders ids as text, which for ids of one kind is also by year and then by number.
    public static func < (lhs: ProjectID, rhs: ProjectID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension ProjectID: Codable {
    /// Decodes the id from its text, rejecting text that is not a project or plan id.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ProjectID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not an e-GP project id (11 digits, or P/M and 11 digits).")
        }
        self = id
    }

    /// Encodes the id as its text, e.g. `"67119000332"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
