import Sujarit

/// An e-GP department id (`deptId`): 4 digits for a central-government department, 7 for a local one
/// (`6960501`).
///
/// The announcement feed is fetched per department but does not say which one, so an import needs the
/// user to name it; this type checks the shape before anything is read.
public struct EGPDepartmentID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The digits, Arabic.
    public let rawValue: String

    /// Reads an id written with Arabic or Thai digits and surrounding whitespace.
    /// - Throws: ``ProcurementImportError/invalidDepartmentID(_:)`` unless it is 4 or 7 digits.
    public init(parsing text: String) throws(ProcurementImportError) {
        let digits = FeedText.trimmed(FeedText.arabicDigits(text))
        guard digits.utf8.count == 4 || digits.utf8.count == 7,
              digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { throw .invalidDepartmentID(FeedText.trimmed(text)) }
        rawValue = digits
    }

    /// The digits.
    public var description: String { rawValue }

    /// Decodes the digits, validating them as ``init(parsing:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.localizedDescription)
        }
    }

    /// Encodes the digits as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
