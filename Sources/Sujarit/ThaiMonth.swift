/// A month of the year with its Thai abbreviation and full name (มกราคม … ธันวาคม).
///
/// Thai dates write the month as an abbreviation (`21 มิ.ย. 67`) or a full name (`21 มิถุนายน 2567`); this
/// type holds both spellings, and the English names for bilingual labels. The raw value is the month
/// number, 1 for January.
public enum ThaiMonth: Int, Sendable, Hashable, Codable, CaseIterable {
    /// มกราคม (ม.ค.), January.
    case january = 1
    /// กุมภาพันธ์ (ก.พ.), February.
    case february
    /// มีนาคม (มี.ค.), March.
    case march
    /// เมษายน (เม.ย.), April.
    case april
    /// พฤษภาคม (พ.ค.), May.
    case may
    /// มิถุนายน (มิ.ย.), June.
    case june
    /// กรกฎาคม (ก.ค.), July.
    case july
    /// สิงหาคม (ส.ค.), August.
    case august
    /// กันยายน (ก.ย.), September.
    case september
    /// ตุลาคม (ต.ค.), October.
    case october
    /// พฤศจิกายน (พ.ย.), November.
    case november
    /// ธันวาคม (ธ.ค.), December.
    case december

    /// The month number, 1 for January through 12 for December.
    public var number: Int { rawValue }

    /// The standard Thai abbreviation with its dots, e.g. `มิ.ย.` for June.
    public var abbreviation: String {
        Self.abbreviations[rawValue - 1]
    }

    /// The full Thai name, e.g. `มิถุนายน` for June.
    public var fullName: String {
        Self.fullNames[rawValue - 1]
    }

    /// The English name, e.g. `June`.
    public var englishName: String {
        Self.englishNames[rawValue - 1]
    }

    /// The three-letter English abbreviation, e.g. `Jun`.
    public var englishAbbreviation: String {
        String(englishName.prefix(3))
    }

    /// The full name in Thai and English, for bilingual labels.
    public var label: LocalizedLabel {
        LocalizedLabel(th: fullName, en: englishName)
    }

    /// Recognises a Thai month written as an abbreviation, with or without dots (`มิ.ย.`, `มิย`), or as a
    /// full name (`มิถุนายน`); returns nil for anything else.
    ///
    /// Dots and whitespace inside the text are ignored, and the common misspelling `กรกฏาคม` (with ฏ)
    /// is accepted for กรกฎาคม.
    public init?(thai text: String) {
        let key = String(text.unicodeScalars.filter { $0 != "." && !$0.properties.isWhitespace })
        guard let month = Self.lookup[key] else { return nil }
        self = month
    }

    /// The abbreviations, January first.
    static let abbreviations = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]

    /// The full Thai names, January first.
    static let fullNames = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]

    /// The English names, January first.
    static let englishNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Every accepted spelling with dots and spaces removed, mapped to its month.
    private static let lookup: [String: ThaiMonth] = {
        var table: [String: ThaiMonth] = [:]
        for month in ThaiMonth.allCases {
            table[month.abbreviation.replacingDots] = month
            table[month.fullName] = month
        }
        table["กรกฏาคม"] = .july
        return table
    }()
}

extension String {
    /// The text without full stops, used to compare month abbreviations written with or without dots.
    fileprivate var replacingDots: String {
        String(unicodeScalars.filter { $0 != "." })
    }
}
