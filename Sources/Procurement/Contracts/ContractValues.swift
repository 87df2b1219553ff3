import Foundation
import Sujarit

/// Reading the values of contract data: dates, money, fiscal years and tax ids as the published files
/// write them. Each function returns nil for an empty cell (unknown) and throws a ``ContractFileError``
/// problem for a cell that is not empty but not readable either.
enum ContractValues {
    /// Text with whitespace collapsed; nil when empty or a placeholder dash.
    static func text(_ raw: String) -> String? {
        let text = FeedText.collapsingWhitespace(raw)
        return text.isEmpty || text == "-" ? nil : text
    }

    /// A date: Thai short (`21 มิ.ย. 67`), numeric BE (`21/06/2567`), ISO (`2024-06-21`), with an optional
    /// time of day after it (`2024-06-21 00:00:00`, `2024-06-21T00:00:00`), which is dropped.
    static func date(_ raw: String) throws(ContractFileError.Problem) -> CalendarDate? {
        guard var text = text(raw) else { return nil }
        if let cut = text.firstIndex(where: { $0 == "T" || $0 == " " }),
            text[text.index(after: cut)...].contains(":"),
            text[..<cut].utf8.allSatisfy({
                ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/")
            })
        {
            text = String(text[..<cut])
        }
        do {
            return try CalendarDate.parse(text)
        } catch {
            throw .invalidDate(text: text, reason: Self.reason(error))
        }
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

    /// A winner's tax id, and how it was written. Scientific notation (`1.05552E+11`, the FY2565–2567
    /// files) and anything that is not a valid 13-digit id are unknown: the digits are lost, and filling
    /// them in would be a guess.
    static func taxID(_ raw: String) -> (id: TaxID?, reading: TaxIDReading, asWritten: String?) {
        guard let text = text(raw) else { return (nil, .absent, nil) }
        if isScientific(text) { return (nil, .scientificNotation, text) }
        if let id = try? TaxID(validating: text) { return (id, .valid, nil) }
        return (nil, .invalid, text)
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
