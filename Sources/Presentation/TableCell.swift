import Foundation
import Sujarit

/// What a script reads from one table cell: a JSON scalar with its type kept.
///
/// The contract every `--format json|csv` follows (documented in `Docs/schemas/README.md`):
/// - counts, scores, years and other whole numbers are JSON integers;
/// - money is a string with two decimals and no separators (`"720000.00"`), exactly as ``Money`` is stored,
///   so no reader rounds it through floating point;
/// - dates are ISO 8601 strings (`"2025-01-31"`, CE), timestamps ISO 8601 with a zone;
/// - a missing value is `null` in JSON and an empty field in CSV, never `"-"`.
public enum TableValue: Sendable, Hashable, Encodable {
    /// No value.
    case null
    /// Text, a code, an id, an amount of money or a date, written as a JSON string.
    case string(String)
    /// A whole number.
    case integer(Int64)
    /// A measured number with a fraction (a percentage, an ITA score).
    case number(Double)
    /// Yes or no.
    case bool(Bool)

    /// The field as CSV writes it: the same text JSON carries, without quotes; empty for null.
    public var csvText: String {
        switch self {
        case .null: ""
        case .string(let text): text
        case .integer(let value): String(value)
        case .number(let value): Self.plain(value)
        case .bool(let value): value ? "true" : "false"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .string(let text): try container.encode(text)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        }
    }

    /// `value` without an exponent or a trailing `.0` (`91.33`, `16`), as CSV readers expect.
    static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension Table {
    /// One cell: the text a person reads (terminal, Markdown) and the typed value a script reads (JSON, CSV).
    ///
    /// A plain `String` cell is text for both. The typed constructors below keep the two apart, so the
    /// terminal can say `720,000.00` or `๑๖` while JSON says `"720000.00"` or `16`.
    public struct Cell: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
        /// What the terminal and Markdown show.
        public var text: String {
            get {
                switch shown {
                case .text(let text): text
                case .money(let amount): amount.formatted()
                }
            }
            set { shown = .text(newValue) }
        }
        /// What JSON and CSV carry.
        public var value: TableValue
        /// The text shown, or the amount it is made from: a list for scripts never shows it, and grouping a
        /// million amounts it does not print cost a sixth of `procurement list --format csv`.
        private var shown: Shown

        private enum Shown: Sendable, Hashable {
            case text(String)
            case money(Money)
        }

        /// A cell that shows `text` and carries `value`.
        public init(text: String, value: TableValue) {
            shown = .text(text)
            self.value = value
        }

        private init(shown: Shown, value: TableValue) {
            self.shown = shown
            self.value = value
        }

        /// Cells are equal when they show the same text and carry the same value, however the text is kept.
        public static func == (lhs: Cell, rhs: Cell) -> Bool { lhs.value == rhs.value && lhs.text == rhs.text }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(text)
            hasher.combine(value)
        }

        /// Text shown and carried as it is.
        public init(stringLiteral value: String) { self.init(text: value, value: .string(value)) }

        /// Text, or `null` (shown as `-`) when there is none.
        public static func text(_ text: String?) -> Cell {
            guard let text else { return .missing }
            return Cell(text: text, value: .string(text))
        }

        /// A value that is not there: `-` on the terminal, `null` in JSON, an empty CSV field.
        public static let missing = Cell(text: "-", value: .null)

        /// A whole number, shown with thousands separators (`1,250`).
        public static func integer(_ value: Int?) -> Cell {
            guard let value else { return .missing }
            return Cell(text: Self.grouped(String(value)), value: .integer(Int64(value)))
        }

        /// A whole number shown exactly as `shown` (a year, an ordinal) but carried as a number.
        public static func integer(_ value: Int?, shown: String) -> Cell {
            guard let value else { return .missing }
            return Cell(text: shown, value: .integer(Int64(value)))
        }

        /// A measured number, shown with `fractionDigits` decimals.
        public static func number(_ value: Double?, fractionDigits: Int = 2) -> Cell {
            guard let value, value.isFinite else { return .missing }
            let fixed = String(format: "%.\(max(0, fractionDigits))f", value)
            let parts = fixed.split(separator: ".", maxSplits: 1).map(String.init)
            let shown = Self.grouped(parts[0]) + (parts.count == 2 ? "." + parts[1] : "")
            return Cell(text: shown, value: .number(value))
        }

        /// An amount of baht: `720,000.00` on the terminal, `"720000.00"` for scripts.
        public static func money(_ value: Money?) -> Cell {
            guard let value else { return .missing }
            return Cell(shown: .money(value), value: .string(value.decimalString))
        }

        /// A day: shown as `shown` (a Buddhist-era date for people), carried as ISO 8601 (`2025-01-31`).
        public static func date(_ value: CalendarDate?, shown: String) -> Cell {
            guard let value else { return .missing }
            return Cell(text: shown, value: .string(value.formatted(.iso)))
        }

        /// Yes or no, shown in Thai and English.
        public static func bool(_ value: Bool?, yes: String = "ใช่ yes", no: String = "ไม่ no") -> Cell {
            guard let value else { return .missing }
            return Cell(text: value ? yes : no, value: .bool(value))
        }

        /// `digits` (an optional `-` then ASCII digits) with a comma between each group of three: `-1,250`.
        static func grouped(_ digits: String) -> String {
            let sign = digits.hasPrefix("-") ? "-" : ""
            let body = Array(digits.dropFirst(sign.count))
            var out = ""
            for (index, digit) in body.enumerated() {
                if index > 0, (body.count - index) % 3 == 0 { out.append(",") }
                out.append(digit)
            }
            return sign + out
        }
    }
}

extension Table {
    /// A risk score's parts: what a person reads as `4×4=16 สูง`, what a script reads as five fields.
    public struct ScoreParts: Sendable, Hashable {
        public var likelihood: Int
        public var impact: Int
        public var score: Int
        /// The band's code (`high`).
        public var band: String
        /// The band's Thai name (`สูง`).
        public var bandTh: String

        /// Creates the value from its parts.
        public init(likelihood: Int, impact: Int, score: Int, band: String, bandTh: String) {
            self.likelihood = likelihood
            self.impact = impact
            self.score = score
            self.band = band
            self.bandTh = bandTh
        }

        /// `4×4=16 สูง`.
        public var summary: String { "\(likelihood)×\(impact)=\(score) \(bandTh)" }
    }

    /// The columns of one kind of score (`key`: `inherent`, `current`, `residual`): one for people, five for
    /// scripts (`inherent_likelihood`, `inherent_impact`, `inherent_score`, `inherent_band`,
    /// `inherent_band_th`), never a display string a script has to take apart.
    public static func scoreColumns(_ key: String, header: String, machine: Bool) -> [Column] {
        guard machine else { return [Column(header, key: key)] }
        return [
            Column("\(header) โอกาส", key: "\(key)_likelihood"), Column("\(header) ผลกระทบ", key: "\(key)_impact"),
            Column("\(header) คะแนน", key: "\(key)_score"), Column("\(header) ระดับ", key: "\(key)_band"),
            Column("\(header) ระดับ (ไทย)", key: "\(key)_band_th"),
        ]
    }

    /// The cells under ``scoreColumns(_:header:machine:)``: each part null when there is no such score.
    public static func scoreCells(_ parts: ScoreParts?, machine: Bool) -> [Cell] {
        guard machine else { return [.text(parts?.summary)] }
        return [
            .integer(parts?.likelihood), .integer(parts?.impact), .integer(parts?.score), .text(parts?.band),
            .text(parts?.bandTh),
        ]
    }
}
