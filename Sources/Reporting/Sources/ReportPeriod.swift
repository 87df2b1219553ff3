import Foundation
import Presentation
import Sujarit

/// What a report covers and the day it stands on.
///
/// Three days matter. The round's days (``start``–``end``: 1 Oct – 31 Mar for the six-month round, the whole
/// fiscal year for the annual one). The **as-of day**: the report shows the log as it stood at the end of it
/// (every event recorded by then, nothing after). And the **judging day**, on which "overdue" and "late" are
/// decided: the as-of day, but never after the round's end — a six-month report issued in May still says
/// what stood on 31 March, as the paper report would. A register filed on a day of its own (`audit plan
/// export --as-of`) names its judging day explicitly and reads the log as it stands.
public struct ReportPeriod: Sendable, Hashable, Codable {
    public var fiscalYear: FiscalYear
    /// The reporting round; nil for a plan, which covers the whole year and reports no progress.
    @JSONNull public var round: ReportingRound? = nil
    public var start: CalendarDate
    public var end: CalendarDate
    /// The report's date: it shows the log as it stood at the end of this day.
    public var asOf: CalendarDate
    /// The day overdue and late are judged on: the earlier of ``asOf`` and ``end``, unless given.
    public var judgedOn: CalendarDate
    /// Whether the log was replayed to the end of ``asOf`` (an as-of day before today) rather than read live.
    public var replayed: Bool

    /// The period of `round` (the whole year when nil) as of `asOf`, judged on `judgedOn` when given (else
    /// the earlier of `asOf` and the round's end).
    public init(
        fiscalYear: FiscalYear, round: ReportingRound?, asOf: CalendarDate, replayed: Bool,
        judgedOn: CalendarDate? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.round = round
        let days = fiscalYear.period(for: round ?? .annual)
        start = days.lowerBound
        end = days.upperBound
        self.asOf = asOf
        self.judgedOn = judgedOn ?? min(asOf, days.upperBound)
        self.replayed = replayed
    }

    /// The round reported before this one: the six-month round before the annual one, the previous year's
    /// annual round before a six-month one.
    public var previous: ReportPeriod {
        let (year, round): (FiscalYear, ReportingRound) =
            self.round == .annual ? (fiscalYear, .sixMonths) : (fiscalYear.previous, .annual)
        return ReportPeriod(fiscalYear: year, round: round, asOf: asOf, replayed: replayed)
    }

    /// The year as a heading writes it: `ประจำปีงบประมาณ พ.ศ. 2568`.
    public var yearHeading: String { "ประจำ\(fiscalYear.thaiLabel)" }

    /// `ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน (1 ต.ค. 2567 – 31 มี.ค. 2568)`; the annual round is
    /// `รอบ 12 เดือน`, since the heading already says ประจำปีงบประมาณ.
    public var thaiLabel: String {
        let roundText = round.map { $0 == .annual ? " รอบ 12 เดือน" : " \($0.thaiLabel)" } ?? ""
        return "\(yearHeading)\(roundText) (\(start.formatted(.thaiMedium)) – \(end.formatted(.thaiMedium)))"
    }

    /// Whether a progress update made for `updateRound` counts in this period: a six-month report counts
    /// six-month updates only, an annual one both.
    public func counts(_ updateRound: ReportingRound) -> Bool {
        guard let round else { return true }
        return round == .annual || updateRound == .sixMonths
    }
}
