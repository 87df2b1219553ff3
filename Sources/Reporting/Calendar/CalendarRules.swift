import Agency
import Foundation
import Sujarit

/// The compliance calendar's configuration, `Registers/calendar.yaml`: which reports fall due on which day of
/// the fiscal year, when the annual declaration of interests is due, how far ahead an item appears, who answers
/// for what no register assigns, and the ITA's windows for a year whose ITA catalogue does not give them.
///
/// These days are set by the NACC and by the agency's own orders and change between years, so they are data
/// (each with its source), never constants in code.
public struct CalendarRules: Sendable, Hashable {
    /// A day of a fiscal year as the file writes it: `{ month: 4, day: 30 }` is 30 April of the fiscal year,
    /// `{ month: 10, day: 31, year: next }` the 31 October after the year ends.
    public struct YearDay: Sendable, Hashable {
        /// The month, 1–12.
        public var month: Int
        /// The day of the month, 1–31; a day past the month's end means its last day.
        public var day: Int
        /// True for a day of the fiscal year after (an annual report is due after its year ends).
        public var nextYear: Bool

        /// The day in `fiscalYear`.
        public func date(in fiscalYear: FiscalYear) -> CalendarDate {
            let year = nextYear ? fiscalYear.next : fiscalYear
            // October to December belong to the calendar year the fiscal year starts in.
            let ce = month >= 10 ? year.ce - 1 : year.ce
            let last = CalendarDate.daysInMonth(month, year: ce)
            // The loader accepts months 1–12 and days 1–31 only, and the day is capped at the month's last.
            return try! CalendarDate(year: ce, month: month, day: min(day, last))
        }
    }

    /// Who answers for an item no register assigns to anyone.
    public enum OwnerRule: Sendable, Hashable {
        /// A staff member, by directory id.
        case staff(String)
        /// The first staff member (by id) serving on the day who holds the role.
        case role(Role)
        /// A unit named in words, for an agency whose directory does not list the person.
        case unit(String)
    }

    /// A report that falls due once a round: the measures' six-month and annual reports.
    public struct ReportDeadline: Sendable, Hashable {
        /// A stable key, part of each item's calendar id (`risk-measures-report-6m`).
        public var key: String
        /// The round whose progress it reports.
        public var round: ReportingRound
        /// The OIT duty it answers (`risk-measures-report`), whose item code the year's catalogue gives.
        public var purpose: String?
        /// Its name.
        public var title: LocalizedLabel
        /// The day it is due.
        public var due: YearDay
        /// Who prepares it.
        public var owner: OwnerRule
        /// How many days ahead it appears; nil takes the file's default.
        public var lookAheadDays: Int?
        /// Where the day comes from.
        public var source: String
    }

    /// When the annual declaration of interests is due.
    public struct AnnualDeclaration: Sendable, Hashable {
        /// The day it is due.
        public var due: YearDay
        /// How many days ahead it appears; nil takes the file's default.
        public var lookAheadDays: Int?
        /// Where the day comes from (the agency's order).
        public var source: String
    }

    /// The file's version, for the record.
    public var version: Int
    /// Where the calendar as a whole comes from.
    public var source: String
    /// How many days ahead an item appears unless it says otherwise (`sujarit due --days` overrides all).
    public var lookAheadDays: Int
    /// The reports due each round.
    public var reports: [ReportDeadline]
    /// The annual declaration's day, when the agency sets one.
    public var annualDeclaration: AnnualDeclaration?
    /// Who answers for the ITA windows.
    public var itaOwner: OwnerRule
    /// How many days ahead an ITA window appears; nil takes the file's default.
    public var itaLookAheadDays: Int?
    /// ITA windows for years whose ITA catalogue gives none, by fiscal year.
    public var itaWindows: [FiscalYear: [DueWindow]]
    /// The unit that sends the reminder memos (ส่วนราชการ), when the file names one.
    public var letterUnit: String?
    /// Who signs the reminder memos.
    public var letterSigner: OwnerRule

    /// Who `rule` names on `day`: the staff member, the role's first serving holder (the role itself when no one
    /// holds it), or the unit.
    public static func owner(
        _ rule: OwnerRule, directory: AgencyDirectory, on day: CalendarDate
    ) -> DueOwner {
        switch rule {
        case .staff(let id):
            return DueOwner(staff: id, directory: directory)
        case .role(let role):
            let holder = directory.members(with: role).filter { $0.isServing(on: day) }.min { $0.id < $1.id }
            return holder.map { DueOwner(staff: $0.id, directory: directory) }
                ?? DueOwner(key: role.rawValue, name: role.rawValue, department: nil)
        case .unit(let name):
            return DueOwner(key: name, name: name, department: nil)
        }
    }
}

/// A period the NACC sets for a step of the ITA (registration, the OIT's publication, the surveys), as the
/// year's ITA catalogue or the calendar file gives it.
public struct DueWindow: Sendable, Hashable, Codable {
    /// A stable key within the year, e.g. `oit-publish`.
    public var key: String
    /// Its name.
    public var title: LocalizedLabel
    /// The first day.
    public var from: CalendarDate
    /// The last day.
    public var to: CalendarDate
    /// False when the days follow an earlier year's pattern and were not confirmed for this year.
    public var confirmed: Bool
    /// Where the days come from.
    public var source: String

    /// Creates the value from its parts.
    public init(
        key: String, title: LocalizedLabel, from: CalendarDate, to: CalendarDate, confirmed: Bool, source: String
    ) {
        self.key = key
        self.title = title
        self.from = from
        self.to = to
        self.confirmed = confirmed
        self.source = source
    }
}
