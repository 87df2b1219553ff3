/// A reporting round within a fiscal year: the six-month report or the annual one.
///
/// Action plans, risk measures and budget plans are reported on "รอบ 6 เดือน" (1 October – 31 March) and
/// "ประจำปี" (the whole fiscal year); ``FiscalYear/period(for:)`` gives the days each covers.
/// Encodes as `"6m"` or `"12m"`.
public enum ReportingRound: String, Sendable, Hashable, Codable, CaseIterable {
    /// The six-month round, 1 October – 31 March.
    case sixMonths = "6m"
    /// The annual round, the whole fiscal year.
    case annual = "12m"

    /// Reads a round from a command-line argument or a form field.
    ///
    /// Accepts `6m`, `6`, `six-months`, `sixmonths`, `h1` and `รอบ 6 เดือน` for the six-month round, and
    /// `12m`, `12`, `annual`, `year`, `ประจำปี` for the annual one, in any letter case and with Thai or
    /// Arabic digits. Matches the initializer ArgumentParser's `ExpressibleByArgument` requires.
    public init?(argument: String) {
        let key = argument.normalizedInput.lowercased()
            .unicodeScalars.filter { !$0.properties.isWhitespace }
        switch String(key) {
        case "6m", "6", "six-months", "sixmonths", "6-months", "6months", "h1", "รอบ6เดือน", "6เดือน":
            self = .sixMonths
        case "12m", "12", "annual", "year", "12-months", "12months", "ประจำปี", "รอบ12เดือน", "12เดือน":
            self = .annual
        default:
            return nil
        }
    }

    /// The Thai name: `รอบ 6 เดือน` or `ประจำปี`.
    public var thaiLabel: String {
        switch self {
        case .sixMonths: "รอบ 6 เดือน"
        case .annual: "ประจำปี"
        }
    }

    /// The English name: `six-month` or `annual`.
    public var englishLabel: String {
        switch self {
        case .sixMonths: "six-month"
        case .annual: "annual"
        }
    }

    /// The name in both languages.
    public var label: LocalizedLabel {
        LocalizedLabel(th: thaiLabel, en: englishLabel)
    }
}
