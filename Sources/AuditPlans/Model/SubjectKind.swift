import Sujarit

/// What kind of thing an audit subject is. The audit universe (ขอบเขตการตรวจสอบทั้งหมด) lists all four.
public enum SubjectKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A whole unit of the agency (สำนัก/กอง) audited as one.
    case department
    /// A process or mission (กระบวนงาน), e.g. revenue collection or building permits.
    case process
    /// A fund the agency runs or contributes to (กองทุน), e.g. the local health-security fund.
    case fund
    /// A procurement method or a group of procurements (การจัดซื้อจัดจ้าง).
    case procurement

    /// The kind's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .department: LocalizedLabel(th: "ส่วนราชการ", en: "department")
        case .process: LocalizedLabel(th: "กระบวนงาน", en: "process")
        case .fund: LocalizedLabel(th: "กองทุน", en: "fund")
        case .procurement: LocalizedLabel(th: "การจัดซื้อจัดจ้าง", en: "procurement")
        }
    }

    /// Reads the raw value or the Thai name; nil otherwise.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let kind = SubjectKind(rawValue: key) { self = kind; return }
        guard let kind = SubjectKind.allCases.first(where: { $0.label.th == key || $0.label.en == key }) else {
            return nil
        }
        self = kind
    }

    /// What `--kind` and the universe file accept, for error messages.
    public static let acceptedText = allCases.map { "\($0.rawValue) (\($0.label.th))" }.joined(separator: ", ")
}

/// Person-days (วัน-คน) a subject takes when the universe does not estimate it, per kind.
///
/// These are the usual sizes of one engagement in a municipality; an agency sets its own in the universe
/// file (`default_person_days`). The number in force is written into each subject when it is defined, so
/// changing the defaults later never changes a recorded subject.
public struct PersonDayDefaults: Sendable, Hashable {
    /// Person-days by kind.
    public var byKind: [SubjectKind: Int]

    /// Creates the value from its parts.
    public init(byKind: [SubjectKind: Int]) { self.byKind = byKind }

    /// Department 20, process 15, fund 10, procurement 20.
    public static let standard = PersonDayDefaults(byKind: [.department: 20, .process: 15, .fund: 10, .procurement: 20])

    /// The estimate for `kind`.
    public func personDays(for kind: SubjectKind) -> Int { byKind[kind] ?? 15 }
}
