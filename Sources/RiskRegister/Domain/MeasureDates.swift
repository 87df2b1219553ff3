import Foundation
import Sujarit

/// Plausibility of a measure's days: a due day or a progress day far from the measure's fiscal year is
/// almost always a typing slip (`15/08/2512` for 2568, a CE year typed where a BE one was meant, `70` for
/// `69`), and once recorded it puts "เกินกำหนด 20682 วัน" in the executive summary.
///
/// The margins are not agency rules but sanity bounds, so they live here rather than in `Registers/`:
/// a measure of the plan for fiscal year Y is due within Y, or within a year either side of it
/// (multi-year projects and measures carried over from the year before); a progress report for a
/// round describes a day from the first day of the fiscal year until `progressGraceDays` after the
/// round ends (the six-month report is sent in April–June, the annual one in October–December).
public enum MeasureDates {
    /// How far (days) a due day may fall outside its measure's fiscal year and still be taken silently.
    public static let dueMarginDays = 365
    /// How long (days) after its round's last day a progress update may still be dated.
    public static let progressGraceDays = 90

    /// The days a due day of a measure of `fiscalYear` is taken without question.
    public static func plausibleDue(in fiscalYear: FiscalYear) -> ClosedRange<CalendarDate> {
        fiscalYear.start.adding(days: -dueMarginDays)...fiscalYear.end.adding(days: dueMarginDays)
    }

    /// The days a progress update of `round` of `fiscalYear` may describe.
    public static func plausibleProgress(in fiscalYear: FiscalYear, round: ReportingRound) -> ClosedRange<CalendarDate>
    {
        fiscalYear.start...fiscalYear.period(for: round).upperBound.adding(days: progressGraceDays)
    }

    /// The day the input most likely meant: the same day and month moved into `fiscalYear` (October to
    /// December in the year before, the other months in the year itself; 29 February becomes the 28th).
    public static func likelyMeant(_ day: CalendarDate, in fiscalYear: FiscalYear) -> CalendarDate {
        let year = day.month >= 10 ? fiscalYear.ce - 1 : fiscalYear.ce
        let dayOfMonth = min(day.day, CalendarDate.daysInMonth(day.month, year: year))
        return (try? CalendarDate(year: year, month: day.month, day: dayOfMonth)) ?? fiscalYear.end
    }

    /// Checks a measure's due day: more than a year before its fiscal year is refused; more than a year
    /// after it is refused unless `confirmed` (a multi-year project is real, a typo is likelier).
    public static func checkDue(_ due: CalendarDate, of measure: MeasureID, confirmed: Bool) throws {
        let fiscalYear = measure.fiscalYear
        let range = plausibleDue(in: fiscalYear)
        if due < range.lowerBound {
            throw MeasureDateError.dueImplausible(
                measure: measure.description, due: due, fiscalYear: fiscalYear,
                meant: likelyMeant(due, in: fiscalYear), confirmable: false
            )
        }
        if due > range.upperBound, !confirmed {
            throw MeasureDateError.dueImplausible(
                measure: measure.description, due: due, fiscalYear: fiscalYear,
                meant: likelyMeant(due, in: fiscalYear), confirmable: true
            )
        }
    }

    /// Checks the day a progress update describes against its round of the measure's fiscal year.
    public static func checkProgress(_ asOf: CalendarDate, of measure: MeasureID, round: ReportingRound) throws {
        let fiscalYear = measure.fiscalYear
        let range = plausibleProgress(in: fiscalYear, round: round)
        guard !range.contains(asOf) else { return }
        let meant = likelyMeant(asOf, in: fiscalYear)
        throw MeasureDateError.progressOutsideRound(
            measure: measure.description, asOf: asOf, round: round, fiscalYear: fiscalYear, range: range,
            meant: range.contains(meant) ? meant : fiscalYear.period(for: round).upperBound
        )
    }
}

/// A measure's day that cannot be what was meant.
public enum MeasureDateError: LocalizedError, Equatable {
    /// A due day more than a year outside the measure's fiscal year.
    case dueImplausible(
        measure: String, due: CalendarDate, fiscalYear: FiscalYear, meant: CalendarDate, confirmable: Bool)
    /// A progress day outside its round (from the year's first day to `progressGraceDays` after the round).
    case progressOutsideRound(
        measure: String, asOf: CalendarDate, round: ReportingRound, fiscalYear: FiscalYear,
        range: ClosedRange<CalendarDate>, meant: CalendarDate)

    public var errorDescription: String? {
        switch self {
        case let .dueImplausible(measure, due, fiscalYear, meant, confirmable):
            let range = MeasureDates.plausibleDue(in: fiscalYear)
            let what =
                """
                --due \(due.formatted(.thaiMedium)) (\(due.formatted(.iso))) of \(measure) is more than a year \
                outside its \(fiscalYear.thaiLabel)
                """
                + " (accepted: \(range.lowerBound.formatted(.thaiMedium)) – \(range.upperBound.formatted(.thaiMedium)))."
            let fix = " Did you mean \(meant.formatted(.numericBE))? Correct the year and run the command again."
            return what + fix
                + (confirmable ? " If the measure really runs that long (a multi-year project), add --confirm." : "")
        case let .progressOutsideRound(measure, asOf, round, fiscalYear, range, meant):
            return
                """
                --as-of \(asOf.formatted(.thaiMedium)) (\(asOf.formatted(.iso))) is outside the \
                \(round.englishLabel) round (\(round.thaiLabel)) of \(measure)'s \(fiscalYear.thaiLabel):
                """
                    + " a progress update for it describes a day from \(range.lowerBound.formatted(.thaiMedium)) to \(range.upperBound.formatted(.thaiMedium))"
                    + " (\(MeasureDates.progressGraceDays) days after the round ends). Did you mean \(meant.formatted(.thaiMedium)) (\(meant.formatted(.iso)))?"
        }
    }
}
