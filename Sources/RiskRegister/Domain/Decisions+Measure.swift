import Agency
import Foundation
import Sujarit

extension RiskLedger {
    /// Plans a measure: its id (the year's next when nil), owner, dates and links are checked; risks it is
    /// linked to must exist (in the store or earlier in the same batch), and it must serve at least one
    /// risk or an ITA issue area. A due day more than a year outside the measure's fiscal year is refused
    /// (``MeasureDates/checkDue(_:of:confirmed:)``).
    @discardableResult
    public mutating func plan(
        _ draft: MeasurePlanned, assignID: Bool, directory: AgencyDirectory, into decision: inout Decision
    ) throws -> MeasureID {
        try plan(draft, assignID: assignID, directory: directory, confirmedDue: false, into: &decision)
    }

    /// Plans a measure as ``plan(_:assignID:directory:into:)`` does; `confirmedDue` accepts a due day more
    /// than a year after the fiscal year (a multi-year measure the user confirmed).
    @discardableResult
    public mutating func plan(
        _ draft: MeasurePlanned, assignID: Bool, directory: AgencyDirectory, confirmedDue: Bool,
        into decision: inout Decision
    ) throws -> MeasureID {
        var measure = draft
        if assignID { measure.id = nextMeasureID(in: draft.id.fiscalYear) }
        guard measures[measure.id] == nil else { throw RiskRegisterError.alreadyExists(measure.id.description) }
        guard !measure.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RiskRegisterError.emptyField("The measure's title")
        }
        guard !measure.owner.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RiskRegisterError.emptyField("The measure's owner")
        }
        if let department = measure.department { try directory.requireDepartment(department) }
        if let start = measure.start, let due = measure.due, due < start {
            throw RiskRegisterError.invalidDates(start: start.formatted(.thaiMedium), due: due.formatted(.thaiMedium))
        }
        if let due = measure.due { try MeasureDates.checkDue(due, of: measure.id, confirmed: confirmedDue) }
        if let budgets = measure.budgets { try YearBudget.check(budgets, of: measure.id.description) }
        for risk in measure.risks where risks[risk] == nil { throw RiskRegisterError.unknownRisk(risk.description) }
        guard !measure.risks.isEmpty || measure.integrity != nil else {
            throw RiskRegisterError.emptyField("A measure's link (give --risk, or --issue-area for the integrity plan)")
        }
        try record(measure, to: try MeasurePlanned.stream(measure.id), expecting: 0, into: &decision)
        return measure.id
    }

    /// Records a progress update on a measure; the day it describes must fall within its round
    /// (``MeasureDates/checkProgress(_:of:round:)``), also when it is today by default: a late report gives
    /// the day it describes.
    public mutating func report(_ update: MeasureProgressReported, into decision: inout Decision) throws {
        let measure = try measure(update.measure)
        try MeasureDates.checkProgress(update.asOf, of: update.measure, round: update.round)
        try record(update, to: try MeasurePlanned.stream(update.measure), expecting: measure.version, into: &decision)
    }
}

extension RiskLedger {
    /// Corrects a measure's plan dimension and/or budgets per year with a ``MeasurePlanAmended``; the
    /// budgets given replace the whole list and are checked as when planned (none negative, each year once).
    public mutating func amendPlan(_ amended: MeasurePlanAmended, into decision: inout Decision) throws {
        let measure = try measure(amended.measure)
        guard amended.dimension != nil || amended.clearsDimension || amended.budgets != nil else {
            throw MeasurePlanError.nothingToAmend(measure: amended.measure.description)
        }
        guard !amended.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RiskRegisterError.emptyField("The reason for amending \(amended.measure)")
        }
        if let budgets = amended.budgets { try YearBudget.check(budgets, of: amended.measure.description) }
        try record(amended, to: try MeasurePlanned.stream(amended.measure), expecting: measure.version, into: &decision)
    }
}

/// Reads a plan's timeframe as dates, for plans that give only the wording.
///
/// Understands "ตลอดปีงบประมาณ" (the whole fiscal year) and month spans such as "ต.ค.-ธ.ค.๖๖",
/// "ม.ค.-เม.ย. 67" or "มี.ค. – เม.ย. ๒๕๖๗" (two-digit or full BE year, Thai or Arabic digits), where the
/// first month is in the year before when it comes after the last one.
public enum Timeframe {
    public static func dates(_ text: String, fiscalYear: FiscalYear) -> ClosedRange<CalendarDate>? {
        let compact = ThaiDigits.toArabic(text).replacingOccurrences(of: " ", with: "")
        if compact.hasPrefix("ตลอดปีงบ") || compact == "ตลอดปี" { return fiscalYear.dates }
        let parts = compact.replacingOccurrences(of: "–", with: "-").split(separator: "-", maxSplits: 1).map(
            String.init)
        guard parts.count == 2, let first = month(in: parts[0]), let last = month(in: parts[1]) else { return nil }
        let digits = parts[1].filter(\.isNumber)
        guard let number = Int(digits) else { return nil }
        let beYear = digits.count == 2 ? 2500 + number : number
        let endYear = beYear - 543
        let startYear = first.rawValue > last.rawValue ? endYear - 1 : endYear
        guard let start = try? CalendarDate(year: startYear, month: first.rawValue, day: 1),
            let end = try? CalendarDate(
                year: endYear, month: last.rawValue, day: CalendarDate.daysInMonth(last.rawValue, year: endYear))
        else { return nil }
        return start...end
    }

    /// The Thai month named at the start of `text` (abbreviation or full name).
    private static func month(in text: String) -> ThaiMonth? {
        let letters = String(text.prefix { !$0.isNumber })
        return ThaiMonth.allCases
            .filter {
                letters.hasPrefix($0.fullName) || letters.hasPrefix($0.abbreviation)
                    || letters.hasPrefix($0.abbreviation.replacingOccurrences(of: ".", with: ""))
            }
            .max { $0.abbreviation.count < $1.abbreviation.count }
    }
}
