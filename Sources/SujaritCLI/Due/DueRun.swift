import Agency
import Declarations
import EventStore
import Foundation
import Reporting
import Sujarit

/// The one path from a store to its compliance calendar, for `sujarit due` and the demo: the calendar file,
/// who must declare yearly, the ITA's windows for the agency's type, and the registers read live, judged on
/// the day.
enum DueRun {
    /// The calendar and the files it was made from.
    struct Made {
        var calendar: DueCalendar
        var rules: CalendarRules
        var sources: ReportSources
        var reader: StaffMember?
    }

    /// The calendar of `store` judged on `day`, as `actor` may see it.
    static func calendar(
        _ store: any EventStore, on day: CalendarDate, days: Int?, owner: String?, actor: String, registers: String,
        now: Date
    ) async throws -> Made {
        let rules = try CalendarRules.resolve(registers: registers)
        let annualPath = (registers as NSString).appendingPathComponent("annual-declarations.yaml")
        // Who must declare is the agency's own order: without the file the calendar says it leaves them out.
        let annual =
            FileManager.default.fileExists(atPath: annualPath) ? try AnnualDeclarationRules.load(annualPath) : nil
        let year = FiscalYear.containing(day)
        // The log as it stands, judged on the day (which may be ahead: what will be due by then). The calendar
        // lists no red flag, so their read model is not checked (`ReportReadsTests` holds it to that).
        let sources = try await ReportSources.open(
            store, fiscalYear: year, round: nil, asOf: nil, judgedOn: day, projections: ModuleCatalog.projections,
            now: now, readingRedFlags: false)
        let reader = sources.directory.member(actor)
        let calendar = try await DueCalendar.build(
            sources, rules: rules, annual: annual,
            windows: try DueWindows.windows(
                years: [year, year.next], type: sources.agencyType, registers: registers, rules: rules),
            request: DueCalendar.Request(days: days, owner: owner, reader: reader))
        return Made(calendar: calendar, rules: rules, sources: sources, reader: reader)
    }
}
