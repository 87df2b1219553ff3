/// An e-GP department id (`deptId`): 4 digits for a central-government department, 7 for a local one
/// (`6960501`).
///
/// The announcement feed is fetched per department but does not say which one, so an import needs the
/// user to name it, and an agency's profile lists the departments it follows; this type checks the shape
/// before anything is read.
public struct EGPDepartmentID: Sendable, Hashable, TextCodable {
    /// The digits, Arabic.
    public let rawValue: String

    /// Reads an id written with Arabic or Thai digits and surrounding whitespace.
    /// - Throws: ``EGPIDError/invalidDepartmentID(_:)`` unless it is 4 or 7 digits.
    public init(parsing text: String) throws(EGPIDError) {
        let digits = ThaiDigits.toArabic(text).trimmingWhitespace
        guard digits.utf8.count == 4 || digits.utf8.count == 7,
            digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { throw .invalidDepartmentID(text.trimmingWhitespace) }
        rawValue = digits
    }

    /// The digits, which is also how the id is stored.
    public var description: String { rawValue }
}
