extension CalendarDate {
    /// Reads a date as Thai users and Thai open data write it.
    ///
    /// Accepted, with Thai or Arabic digits and surrounding whitespace:
    /// - ISO `2024-11-26` (also `2024/11/26`);
    /// - day/month/year `12/09/2568` (also with `-` or `.`), the year in four digits;
    /// - a Thai month abbreviation, with or without dots: `21 มิ.ย. 67`, `21 มิย 2567`;
    /// - a full Thai month name: `21 มิถุนายน 2567`, optionally with `พ.ศ.` before the year, and optionally
    ///   preceded by `วันที่` or a weekday (`วันศุกร์ที่ 21 มิถุนายน พ.ศ. 2567`).
    ///
    /// A four-digit year of 2400 or more is a Buddhist-era year (CE + 543); a smaller one is a Christian-era
    /// year. With a Thai month, a two-digit year is a BE year in the 2500s (`67` = 2567). A numeric date
    /// with a two-digit year is rejected as ambiguous.
    ///
    /// - Throws: ``CalendarDateError`` naming the text when it matches no form or names a day that does
    ///   not exist, such as `31 เม.ย. 67`.
    public static func parse(_ text: String) throws -> CalendarDate {
        if let iso = try parseCanonicalISO(text) { return iso }
        let input = text.normalizedInput
        guard !input.isEmpty else { throw CalendarDateError.empty }
        if let numeric = try parseNumeric(input, original: text) {
            return numeric
        }
        if let thai = try parseWithMonthName(input, original: text) {
            return thai
        }
        throw CalendarDateError.unrecognized(text.trimmingWhitespace)
    }

    /// Reads exactly `YYYY-MM-DD` in ASCII digits, the form the read models store every day in; nil for anything
    /// else, which the general reader below handles.
    ///
    /// Why a fast path: a national walk of the procurement read model parses a few days per project, and the
    /// general reader's Thai-digit mapping, trimming and splitting cost more than the rest of reading a project.
    /// The result, and the error for a day that does not exist, are those of the general reader, whose numeric
    /// form gives this text the same year rule and the same checks.
    private static func parseCanonicalISO(_ text: String) throws -> CalendarDate? {
        try text.utf8.withContiguousStorageIfAvailable { bytes -> CalendarDate? in
            guard let (year, month, day) = isoNumbers(bytes) else { return nil }
            return try make(year: ceYear(fromFourDigits: year), month: month, day: day, text: text)
        } ?? nil
    }

    /// The year, month and day of exactly `YYYY-MM-DD` in ASCII digits, nil for anything else (no check that the
    /// day exists): the one reading of the stored form for the paths that read days by the million (this
    /// parser's fast path, the procurement projection's reading of contract payloads).
    package static func isoNumbers(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// The smallest four-digit year read as Buddhist era rather than Christian era.
    package static let firstBuddhistEraYear = 2400

    /// Reads `Y-M-D` and `D/M/Y` forms; nil when the text is not three numbers joined by one separator.
    private static func parseNumeric(_ input: String, original: String) throws -> CalendarDate? {
        for separator: Character in ["-", "/", "."] {
            let parts = input.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts.allSatisfy(\.isASCIIDigits) else { continue }
            let shown = original.trimmingWhitespace
            let yearText: String, monthText: String, dayText: String
            if parts[0].count == 4 {
                (yearText, monthText, dayText) = (parts[0], parts[1], parts[2])
            } else if parts[2].count == 4 {
                (dayText, monthText, yearText) = (parts[0], parts[1], parts[2])
            } else if parts[2].count == 2, parts[0].count <= 2 {
                throw CalendarDateError.ambiguousYear(shown)
            } else {
                throw CalendarDateError.unrecognized(shown)
            }
            guard monthText.count <= 2, dayText.count <= 2 else {
                throw CalendarDateError.unrecognized(shown)
            }
            let year = ceYear(fromFourDigits: Int(yearText)!)
            return try make(year: year, month: Int(monthText)!, day: Int(dayText)!, text: shown)
        }
        return nil
    }

    /// Reads `day month year` with a Thai month abbreviation or name; nil when the text has no such shape.
    private static func parseWithMonthName(_ input: String, original: String) throws -> CalendarDate? {
        var tokens = tokenize(input)
        // Drop a leading "วันที่", "ที่" or weekday ("วันศุกร์ที่"), as in formal Thai dates.
        while let first = tokens.first, !first.isNumber,
            first.text.hasPrefix("วัน") || first.text == "ที่"
        {
            tokens.removeFirst()
        }
        guard tokens.count >= 3, tokens.first!.isNumber, tokens.last!.isNumber,
            tokens.dropFirst().dropLast().allSatisfy({ !$0.isNumber })
        else { return nil }

        var words = tokens.dropFirst().dropLast().map(\.text).joined()
        words = String(words.unicodeScalars.filter { $0 != "." })
        var era: Era?
        if words.hasSuffix("พศ") {
            era = .buddhist
            words.removeLast(2)
        } else if words.hasSuffix("คศ") {
            era = .christian
            words.removeLast(2)
        }
        guard let month = ThaiMonth(thai: words) else { return nil }

        let shown = original.trimmingWhitespace
        let dayText = tokens.first!.text, yearText = tokens.last!.text
        guard dayText.count <= 2 else { throw CalendarDateError.unrecognized(shown) }
        let yearDigits = Int(yearText)!
        let year: Int
        switch (yearText.count, era) {
        case (2, .christian):
            throw CalendarDateError.ambiguousYear(shown)
        case (2, _):
            year = 2500 + yearDigits - 543
        case (4, .buddhist?):
            guard yearDigits >= firstBuddhistEraYear else { throw CalendarDateError.unrecognized(shown) }
            year = yearDigits - 543
        case (4, .christian?):
            year = yearDigits
        case (4, nil):
            year = ceYear(fromFourDigits: yearDigits)
        default:
            throw CalendarDateError.unrecognized(shown)
        }
        return try make(year: year, month: month.rawValue, day: Int(dayText)!, text: shown)
    }

    /// The CE year for a four-digit year: BE when 2400 or more, CE otherwise.
    private static func ceYear(fromFourDigits year: Int) -> Int {
        year >= firstBuddhistEraYear ? year - 543 : year
    }

    /// Creates the date, turning an invalid one into an error that names `text`.
    private static func make(year: Int, month: Int, day: Int, text: String) throws -> CalendarDate {
        do {
            return try CalendarDate(year: year, month: month, day: day)
        } catch {
            throw CalendarDateError.impossibleDate(
                text, reason: CalendarDateError.reason(year: year, month: month, day: day))
        }
    }

    /// The era a year was explicitly marked with.
    private enum Era {
        case buddhist, christian
    }

    /// A run of ASCII digits, or a run of other non-space characters.
    private struct Token {
        var text: String
        var isNumber: Bool
    }

    /// Splits at whitespace and commas, and between digits and other characters: `21มิ.ย.67` gives
    /// `21`, `มิ.ย.`, `67`.
    private static func tokenize(_ input: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var currentIsNumber = false
        func flush() {
            if !current.isEmpty {
                tokens.append(Token(text: String(current), isNumber: currentIsNumber))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in input.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "," {
                flush()
                continue
            }
            let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            if isDigit != currentIsNumber { flush() }
            currentIsNumber = isDigit
            current.append(scalar)
        }
        flush()
        return tokens
    }
}
