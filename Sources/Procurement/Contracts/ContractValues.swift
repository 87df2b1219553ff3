import Foundation
import Sujarit

/// Reading the values of contract data: dates, money, fiscal years and tax ids as the published files
/// write them. Each function returns nil for an empty cell (unknown) and throws a ``ContractFileError``
/// problem for a cell that is not empty but not readable either.
enum ContractValues {
    /// Text with whitespace collapsed; nil when empty or a placeholder dash.
    static func text(_ raw: String) -> String? {
        let text = FeedText.collapsingWhitespace(raw)
        // Compared as bytes: `==` on Thai text normalises both sides first, and nothing else is canonically "-".
        return text.isEmpty || (text.utf8.count == 1 && text.utf8.first == UInt8(ascii: "-")) ? nil : text
    }

    /// A date as the published files write it: Thai short (`21 มิ.ย. 67`, `15-ก.ย.-64`), numeric BE
    /// (`21/06/2567`), ISO (`2024-06-21`), with an optional time of day after it (`2024-06-21 00:00:00`,
    /// `2024-06-21T00:00:00`), which is dropped; `-` is none.
    ///
    /// A two-digit year is Buddhist era: the century is the one that puts the date nearest the row's
    /// `fiscalYear` when the file has one (`29/11/67` in a FY2568 row is 2567), else the 2500s; a numeric
    /// date with a two-digit year and no fiscal year stays refused as ambiguous.
    static func date(_ raw: String, fiscalYear: FiscalYear? = nil) throws(ContractFileError.Problem) -> CalendarDate? {
        guard var text = text(raw) else { return nil }
        if let cut = text.firstIndex(where: { $0 == "T" || $0 == " " }),
            text[text.index(after: cut)...].contains(":"),
            text[..<cut].utf8.allSatisfy({
                ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/")
            })
        {
            text = String(text[..<cut])
        }
        // `15-ก.ย.-64`: dashes around a Thai month are spaces to the date parser.
        let parsed =
            text.unicodeScalars.contains { $0.value >= 0x0E01 && $0.value <= 0x0E2E }
            ? text.replacingOccurrences(of: "-", with: " ") : text
        do {
            if let fiscalYear, let resolved = try twoDigitYear(parsed, near: fiscalYear) { return resolved }
            return try CalendarDate.parse(parsed)
        } catch {
            throw .invalidDate(text: text, reason: Self.reason(error))
        }
    }

    /// A date whose year is written in two digits, read as the Buddhist-era year nearest `fiscalYear`; nil
    /// when the year has four digits.
    private static func twoDigitYear(_ text: String, near fiscalYear: FiscalYear) throws -> CalendarDate? {
        let arabic = FeedText.arabicDigits(text)
        // ISO dates begin with their four-digit year and end with the day.
        guard arabic.prefix(while: { $0.isASCII && $0.isNumber }).count != 4 else { return nil }
        let digits = arabic.reversed().prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 2, let yy = Int(String(digits.reversed())) else { return nil }
        let head = String(arabic.dropLast(2))
        let candidates = [fiscalYear.be - 100, fiscalYear.be, fiscalYear.be + 100].map { ($0 / 100) * 100 + yy }
        let be = candidates.min { abs($0 - fiscalYear.be) < abs($1 - fiscalYear.be) }!
        return try CalendarDate.parse(head + String(be))
    }

    /// An amount of baht (`156,000.00`, `156000`, Thai digits accepted).
    static func money(_ raw: String) throws(ContractFileError.Problem) -> Money? {
        guard let text = text(raw) else { return nil }
        do {
            return try Money.parse(text)
        } catch {
            throw .invalidMoney(text: text, reason: Self.reason(error))
        }
    }

    /// An amount of baht of a kind that has a ceiling: also refused when negative or above the ceiling.
    static func money(
        _ raw: String, as kind: InputLimits.AmountKind, limits: InputLimits
    ) throws(ContractFileError.Problem) -> Money? {
        guard let amount = try money(raw) else { return nil }
        do { try limits.check(amount, as: kind) } catch { throw .refusedAmount(error) }
        return amount
    }

    /// Checks a raw text value with the one rule for imported text (``InputText``): no control characters
    /// (line breaks allowed: quoted CSV cells and JSON strings may hold them, and they are collapsed when
    /// read), at most ``InputText/maxNameBytes``.
    static func checkText(_ raw: some StringProtocol) throws(ContractFileError.Problem) {
        do { try InputText.check(raw, lines: .multiple, maxBytes: InputText.maxNameBytes) } catch {
            throw .refusedText(error)
        }
    }

    /// A Buddhist-era fiscal year (`2568`, Thai digits accepted).
    static func fiscalYear(_ raw: String) throws(ContractFileError.Problem) -> FiscalYear? {
        guard let text = text(raw) else { return nil }
        guard let be = Int(FeedText.arabicDigits(text)), (2400...2700).contains(be) else {
            throw .invalidFiscalYear(text: text)
        }
        return FiscalYear(be: be)
    }

    /// A project id.
    static func projectID(_ raw: String) throws(ContractFileError.Problem) -> EGPProjectID {
        let text = FeedText.trimmed(raw)
        guard let id = EGPProjectID(text) else { throw .invalidProjectID(text: text) }
        return id
    }

    /// A winner's tax id, and how it was written. Dashes and spaces are dropped (`0-1055-52000-12-3`).
    /// Scientific notation (`1.05552E+11`, the FY2565–2567 files) and anything that is not a valid 13-digit
    /// id are unknown: the digits are lost, and filling them in would be a guess. A citizen id published
    /// masked (`313060050xxxx`) is kept as written and never validated: its digits are hidden on purpose.
    static func taxID(_ raw: String) -> (id: TaxID?, reading: TaxIDReading, asWritten: String?) {
        guard let text = text(raw) else { return (nil, .absent, nil) }
        if isScientific(text) { return (nil, .scientificNotation, text) }
        if isMasked(text) { return (nil, .masked, text) }
        if let id = try? TaxID(validating: text) { return (id, .valid, nil) }
        return (nil, .invalid, text)
    }

    /// True for an id of 13 characters whose last ones are masked with `x` or `*` (`313060050xxxx`, also
    /// grouped with dashes or spaces), after at least one digit.
    static func isMasked(_ text: String) -> Bool {
        let characters = Array(
            FeedText.arabicDigits(text).unicodeScalars.filter { $0 != "-" && !FeedText.isWhitespace($0) })
        let isMask = { (scalar: Unicode.Scalar) in scalar == "x" || scalar == "X" || scalar == "*" }
        guard characters.count == TaxID.length, let first = characters.firstIndex(where: isMask), first > 0 else {
            return false
        }
        return characters[..<first].allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
            && characters[first...].allSatisfy(isMask)
    }

    /// The department a buyer is filed under when no `--dept` was given: its e-GP id from `directory`, else
    /// `name:` and its names, whitespace collapsed and Thai digits made Arabic (`name:เทศบาลเมืองตากใบ / กองช่าง`);
    /// nil when the row names no buyer.
    static func buyerDepartment(
        name: String?, subName: String?, directory: DepartmentDirectory
    ) -> (key: String, isEGPID: Bool)? {
        guard let name = name.flatMap(text).map(FeedText.arabicDigits) else { return nil }
        let sub = subName.flatMap(text).map(FeedText.arabicDigits)
        if let id = directory.egpID(name: name, subName: sub) { return (id, true) }
        let subPart = sub.flatMap { $0 == name ? nil : " / \($0)" } ?? ""
        return (ContractRecorded.buyerNamePrefix + name + subPart, false)
    }

    /// True for a number written like `1.05552E+11`.
    static func isScientific(_ text: String) -> Bool {
        let bytes = Array(FeedText.arabicDigits(text).utf8)
        guard let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), e > 0 else {
            return false
        }
        let mantissa = bytes[..<e],
            exponent = bytes[(e + 1)...].drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        return mantissa.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") } && mantissa.contains(where: isDigit)
            && !exponent.isEmpty && exponent.allSatisfy(isDigit)
    }

    /// The reason part of a vocabulary error's message.
    private static func reason(_ error: any Error) -> String {
        var text = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
