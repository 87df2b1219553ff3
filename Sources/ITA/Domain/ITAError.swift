import Foundation

/// Why an ITA command was refused. Each message names the value, what is accepted and what to do; whenever
/// one is thrown, nothing has been written.
public enum ITAError: Error, LocalizedError, Equatable, Sendable, CustomStringConvertible {
    case invalidScore(String, field: String)
    case invalidCode(String, field: String, expected: String)
    case unknownCode(String, field: String, framework: String)
    case duplicateCode(String, field: String)
    case partCount(code: String, given: Int, expected: Int)
    case noEITPart
    case noFramework(fiscalYear: Int, known: [Int])
    case frameworkYear(framework: Int, result: Int)
    case frameworkChanged(key: String)
    case alreadyRecorded(fiscalYear: Int)
    case unchanged(fiscalYear: Int)
    case noResult(fiscalYear: Int, known: [Int])
    case invalidTop(String)
    case noCatalogue(fiscalYear: Int, type: String, known: [Int])
    case unusableCatalogue(path: String, problems: [String])
    case invalidItemResult(String, field: String)
    case invalidURL(String, field: String)
    case unknownItem(String, fiscalYear: Int, type: String, known: String)

    public var description: String { errorDescription ?? "ITA error" }

    public var errorDescription: String? {
        switch self {
        case let .invalidScore(text, field):
            """
            \(field): '\(text)' is not a score; write a number from 0 to 100 with at most two decimals, such as \
            93.17 (Thai digits are fine).
            """
        case let .invalidCode(text, field, expected):
            "\(field): '\(text)' is not a code; expected \(expected)."
        case let .unknownCode(code, field, framework):
            """
            \(field): \(code) is not in the catalogue of framework \(framework). Check the code, or add it to the \
            catalogue in Registers/ita/ and bump the framework's version.
            """
        case let .duplicateCode(code, field):
            "\(field): \(code) is given twice; give each question or item once."
        case let .partCount(code, given, expected):
            """
            \(code) has \(given) score(s); EIT questions take one score per EIT part (\(expected) here), IIT \
            questions exactly one.
            """
        case .noEITPart:
            "The EIT needs at least one part's score (--eit 91.33, repeated for each part)."
        case let .noFramework(year, known):
            """
            There is no ITA framework for FY\(year) in Registers/ita (frameworks: \
            \(known.isEmpty ? "none" : known.map(String.init).joined(separator: ", "))). Add fy\(year).yaml with \
            that year's weights and bands.
            """
        case let .frameworkYear(framework, result):
            """
            The framework is for FY\(framework) but the result is for FY\(result); use the framework of the \
            result's year.
            """
        case let .frameworkChanged(key):
            """
            Framework \(key) was recorded earlier with other content. Results keep the framework they were scored \
            with: bump 'version' in the file to record the change as a new version.
            """
        case let .alreadyRecorded(year):
            """
            An ITA result for FY\(year) is already recorded. To correct it, record it again with --replace (the \
            earlier one stays in the history).
            """
        case let .unchanged(year):
            "The FY\(year) result given is the same as the one recorded; nothing to replace."
        case let .noResult(year, known):
            """
            No ITA result is recorded for FY\(year) (recorded: \
            \(known.isEmpty ? "none" : known.map(String.init).joined(separator: ", "))). Record one with 'sujarit \
            ita record'.
            """
        case let .invalidTop(text):
            "--top: '\(text)' is not a number from 1 to 100."
        case let .noCatalogue(year, type, known):
            """
            There is no OIT list for FY\(year) and agency type '\(type)' in Registers/ita (years with a list: \
            \(known.isEmpty ? "none" : known.map(String.init).joined(separator: ", "))). Add oit-\(year)-\(type).yaml \
            from the NACC's manual (Registers/ita/README.md shows how).
            """
        case let .invalidItemResult(text, field):
            "\(field): '\(text)' is not an item result; write a score such as 100 or 87.5, or pass / fail (ผ่าน / ไม่ผ่าน)."
        case let .invalidURL(text, field):
            """
            \(field): '\(text)' is not a web address; give the full https:// address of the page or file, as \
            ITAS is given it.
            """
        case let .unknownItem(code, year, type, known):
            """
            \(code) is not an OIT item of FY\(year) for '\(type)' (the year's items: \(known)). Check the code in \
            'sujarit ita catalogue show --fy \(year)'.
            """
        case let .unusableCatalogue(path, problems):
            """
            \(path): \(problems.joined(separator: "; ")). Fix the file (sujarit ita catalogue check lists every \
            problem).
            """
        }
    }
}
