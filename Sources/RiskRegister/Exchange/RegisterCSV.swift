import Agency
import Foundation
import Sujarit

/// The register's risks as CSV (RFC 4180, UTF-8 with or without a byte-order mark): one risk per row.
///
/// Lists inside a cell (causes, controls) are one item per line of the quoted cell; a control is written
/// `adequacy: text`, e.g. `พอใช้: ตรวจรับพัสดุโดยคณะกรรมการ`. Empty score cells mean no score.
public enum RegisterCSV {
    /// The header, in this order; an import needs the first eleven, the rest may be absent.
    public static let columns = [
        "id", "fiscal_year", "department", "process", "category", "event", "causes", "factor", "controls", "owner",
        "matrix",
        "copied_from", "inherent_l", "inherent_i", "current_l", "current_i", "residual_l", "residual_i",
    ]

    /// A parsed record with the line it starts on.
    struct Record {
        var line: Int
        var fields: [String]
    }

    /// Splits CSV text into records, keeping each record's first line number for messages.
    static func records(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, afterQuote = false
        var line = 1, recordLine = 1
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if characters.last != "\n" && characters.last != "\r\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let c = characters[index]
            index += 1
            if quoted {
                if c == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        field.append("\""); index += 1
                    } else {
                        quoted = false; afterQuote = true
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c == "\r\n" ? "\n" : c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case ",":
                fields.append(field); field = ""; afterQuote = false
            case "\n", "\r\n", "\r":
                fields.append(field); field = ""; afterQuote = false
                if !(fields.count == 1 && fields[0].isEmpty) {
                    records.append(Record(line: recordLine, fields: fields))
                }
                fields = []
                line += 1
                recordLine = line
            default:
                if afterQuote {
                    throw RiskRegisterError.fileProblem(
                        file: file, line: line,
                        message: "text after a closing quote; double a quote inside a quoted cell (\"\")")
                }
                field.append(c)
            }
        }
        if quoted {
            throw RiskRegisterError.fileProblem(file: file, line: recordLine, message: "a quoted cell is never closed")
        }
        return records
    }

    /// Applies a CSV register to the working ledger, all rows or none.
    public static func apply(
        _ text: String, file: String, ledger: inout RiskLedger, directory: AgencyDirectory,
        into decision: inout Decision
    ) throws -> ImportSummary {
        let records = try records(text, file: file)
        guard let header = records.first else {
            throw RiskRegisterError.fileProblem(file: file, line: 1, message: "the file is empty")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names where !columns.contains(name) {
            throw RiskRegisterError.fileProblem(
                file: file, line: header.line,
                message: "unknown column '\(name)'; columns are: \(columns.joined(separator: ", "))")
        }
        for required in columns.prefix(11) where !names.contains(required) && required != "id" {
            throw RiskRegisterError.fileProblem(
                file: file, line: header.line, message: "the column '\(required)' is missing")
        }
        var summary = ImportSummary()
        for record in records.dropFirst() {
            func fail(_ message: String) -> Error {
                RiskRegisterError.fileProblem(file: file, line: record.line, message: message)
            }
            guard record.fields.count == names.count else {
                throw fail("\(record.fields.count) cells, but the header has \(names.count)")
            }
            // The one rule for imported text: no control characters (cells hold lists, one item a line).
            for (name, cell) in zip(names, record.fields) {
                do { try InputText.check(cell, lines: .multiple, maxBytes: InputText.maxNoteBytes) } catch {
                    throw fail("column '\(name)': \(error.errorDescription ?? "\(error)")")
                }
            }
            let row = Dictionary(
                uniqueKeysWithValues: zip(
                    names, record.fields.map { CSVText.decoded($0).trimmingCharacters(in: .whitespaces) }))
            func value(_ key: String) -> String? { row[key].flatMap { $0.isEmpty ? nil : $0 } }
            do {
                let id = try value("id").map(RiskID.init(parsing:))
                let year = try FiscalYear.parse(value("fiscal_year") ?? "")
                guard let factor = RiskFactor(text: value("factor") ?? "known") else {
                    throw fail("factor must be known or unknown")
                }
                let controls = try (value("controls") ?? "").split(whereSeparator: \.isNewline).map {
                    line -> ExistingControl in
                    let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2, let adequacy = ControlAdequacy(text: parts[0]) else {
                        throw fail("a control is written 'adequacy: text' with ดี, พอใช้ or อ่อน (found '\(line)')")
                    }
                    return ExistingControl(text: parts[1], adequacy: adequacy)
                }
                var scores: [ScoreKind: [Int]] = [:]
                for kind in ScoreKind.allCases {
                    let l = value("\(kind.rawValue)_l"), i = value("\(kind.rawValue)_i")
                    guard l != nil || i != nil else { continue }
                    guard let l, let i, let lv = Int(ThaiDigits.toArabic(l)), let iv = Int(ThaiDigits.toArabic(i))
                    else {
                        throw fail(
                            "\(kind.rawValue)_l and \(kind.rawValue)_i must both be whole numbers, or both empty")
                    }
                    scores[kind] = [lv, iv]
                }
                let draft = RiskDraft(
                    id: id, fiscalYear: year, department: value("department") ?? "", process: value("process") ?? "",
                    category: value("category") ?? "", event: value("event") ?? "",
                    causes: (value("causes") ?? "").split(whereSeparator: \.isNewline).map {
                        $0.trimmingCharacters(in: .whitespaces)
                    },
                    factor: factor, controls: controls, owner: value("owner"), matrix: value("matrix"), scores: scores,
                    copiedFrom: try value("copied_from").map(RiskID.init(parsing:))
                )
                summary.risks.append(try ledger.identify(draft, directory: directory, into: &decision))
                summary.scores += scores.count
            } catch let error as RiskRegisterError {
                if case .fileProblem = error { throw error }
                throw fail(error.localizedDescription)
            } catch {
                throw fail(error.localizedDescription)
            }
        }
        guard !summary.risks.isEmpty else {
            throw RiskRegisterError.fileProblem(file: file, line: header.line, message: "no risks below the header")
        }
        return summary
    }
}
