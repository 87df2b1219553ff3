import Agency
import Foundation
import ITA
import Reporting
import Sujarit

/// The ITA windows the calendar shows: the year's ITA catalogue (`Registers/ita/oit-<year>-<type>.yaml`) when
/// it gives them, else the calendar file's own (`ita.years` of `Registers/calendar.yaml`).
enum DueWindows {
    /// The windows of `years` for an agency of `type`, by year.
    /// - throws: ``ConfigurationError`` naming the file, line and field when a catalogue file is wrong, or the
    ///   calendar names a purpose the ITA folder does not know.
    static func windows(
        years: [FiscalYear], type: AgencyKind, registers: String, rules: CalendarRules
    ) throws -> [FiscalYear: [DueWindow]] {
        let library = try ITACatalogueLibrary.load(folder: (registers as NSString).appendingPathComponent("ita"))
        try checkPurposes(rules, library: library, registers: registers)
        var result: [FiscalYear: [DueWindow]] = [:]
        for year in years {
            if let catalogue = library.catalogue(year, type: type), !catalogue.windows.isEmpty {
                let source = catalogue.windowsSource ?? catalogue.source
                result[year] = catalogue.windows.map { window in
                    DueWindow(
                        key: window.key, title: window.name, from: window.from, to: window.to,
                        confirmed: window.confirmed, source: source)
                }
            } else if let own = rules.itaWindows[year] {
                result[year] = own
            }
        }
        return result
    }

    /// A report's `purpose` must be a key of `ita/purposes.yaml`, or its OIT item would silently go unnamed.
    static func checkPurposes(_ rules: CalendarRules, library: ITACatalogueLibrary, registers: String) throws {
        guard !library.purposes.isEmpty else { return }
        for (index, report) in rules.reports.enumerated() {
            guard let purpose = report.purpose, library.purpose(purpose) == nil else { continue }
            throw ConfigurationError(
                file: (registers as NSString).appendingPathComponent("calendar.yaml"), line: nil,
                field: "reports[\(index + 1)].purpose",
                message: """
                    '\(purpose)' is not a purpose key of ita/purposes.yaml; write one of \
                    \(library.purposes.map(\.key).joined(separator: ", "))
                    """)
        }
    }
}
