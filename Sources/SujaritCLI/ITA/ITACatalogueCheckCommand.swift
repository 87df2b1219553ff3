import ArgumentParser
import Foundation
import ITA
import Presentation

/// `sujarit ita catalogue check`: validates a year's OIT list before anyone relies on it.
struct ITACatalogueCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a year's OIT list: duplicate codes, unknown purpose keys, gaps in the numbering.",
        discussion: """
            Errors (the list cannot be used until they are fixed) make the command fail; warnings (unconfirmed \
            items, numbers knowingly left out under known_gaps) are printed and do not. Without --type, every \
            agency type the year has a list for is checked.

            Examples:
              sujarit ita catalogue check --fy 2570
              sujarit ita catalogue check --fy 2571 --type local --registers ./Registers
            """
    )

    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>
    @OptionGroup var catalogueOptions: ITACatalogueOptions

    func run() async throws {
        try await RiskInput.run {
            let library = try catalogueOptions.library()
            let year = fiscalYear.year
            let types = catalogueOptions.givenType.map { [$0] } ?? [.localGovernment, .stateAgency]
            let catalogues = types.compactMap { library.catalogue(year, type: $0) }
            if catalogues.isEmpty { _ = try library.require(year, type: types[0]) }
            var errors = 0
            for catalogue in catalogues {
                let findings = ITACatalogueCheck.findings(catalogue, in: library)
                errors += findings.filter { $0.severity == .error }.count
                Console.out(
                    """
                    \((catalogue.path as NSString).lastPathComponent): \(catalogue.items.count) items, \
                    \(findings.filter { $0.severity == .error }.count) errors, \
                    \(findings.filter { $0.severity == .warning }.count) warnings
                    """)
                for finding in findings {
                    Console.out("  \(finding.severity == .error ? "error" : "warning"): \(finding.message)")
                }
            }
            if errors > 0 {
                throw ValidationError("\(errors) errors in the FY\(year.be) OIT list; fix them in the file(s) above.")
            }
        }
    }
}
