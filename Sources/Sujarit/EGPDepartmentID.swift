/// An e-GP department id: the `deptId` of a department (4 digits central, 7 local, `6960501`) or the
/// `deptsubId` of a sub-unit (10 digits, `1509900857`, how many a เทศบาลตำบล knows its own feed).
///
/// The announcement feed is fetched per department or per sub-unit but does not say which one, so an
/// import needs the user to name it, and an agency's profile lists the departments it follows; this type
/// checks the shape before anything is read. The id is kept exactly as e-GP writes it, so stores written
/// before sub-units were accepted read unchanged; which kind it is follows from its length (``kind``).
public struct EGPDepartmentID: Sendable, Hashable, TextCodable {
    /// Which of e-GP's feed parameters the id is for, told apart by its number of digits.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 4 digits: a central-government department (`deptId`).
        case central
        /// 7 digits: a local government (`deptId`).
        case local
        /// 10 digits: a sub-unit (`deptsubId`), e.g. a เทศบาลตำบล that knows only this code.
        case subUnit = "sub-unit"

        /// How many digits an id of this kind has.
        public var digits: Int {
            switch self {
            case .central: 4
            case .local: 7
            case .subUnit: 10
            }
        }

        /// The feed parameter e-GP names this kind of id with: `deptId` or `deptsubId`.
        public var feedParameter: String { self == .subUnit ? "deptsubId" : "deptId" }

        /// Thai and English words for the kind, for tables and messages.
        public var label: LocalizedLabel {
            switch self {
            case .central: LocalizedLabel(th: "ส่วนกลาง", en: "central")
            case .local: LocalizedLabel(th: "ท้องถิ่น", en: "local")
            case .subUnit: LocalizedLabel(th: "หน่วยงานย่อย", en: "sub-unit")
            }
        }
    }

    /// The digits, Arabic.
    public let rawValue: String

    /// Reads an id written with Arabic or Thai digits and surrounding whitespace.
    /// - Throws: ``EGPIDError/invalidDepartmentID(_:)`` unless it is 4, 7 or 10 digits.
    public init(parsing text: String) throws(EGPIDError) {
        let digits = ThaiDigits.toArabic(text).trimmingWhitespace
        guard Self.kind(ofDigits: digits.utf8.count) != nil,
            digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { throw .invalidDepartmentID(text.trimmingWhitespace) }
        rawValue = digits
    }

    /// Central, local or sub-unit, from the number of digits.
    public var kind: Kind { Self.kind(ofDigits: rawValue.utf8.count)! }

    /// The kind of a stored id (`procurement_projects.department_id`, an event's `departmentID`): nil for
    /// text that is not an id, such as the empty department of contract data imported without `--dept`.
    public static func kind(of stored: String) -> Kind? {
        (try? EGPDepartmentID(parsing: stored))?.kind
    }

    /// The kind with `count` digits, nil for any other length.
    private static func kind(ofDigits count: Int) -> Kind? {
        Kind.allCases.first { $0.digits == count }
    }

    /// The digits, which is also how the id is stored.
    public var description: String { rawValue }
}
