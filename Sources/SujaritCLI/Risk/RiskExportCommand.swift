import ArgumentParser
import Foundation
import Presentation
import RiskRegister

/// `sujarit risk export`: the register as JSON (everything) or CSV (the risks), re-importable unchanged.
struct RiskExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the register as JSON or CSV (ส่งออกทะเบียนความเสี่ยง).",
        discussion: """
            JSON holds risks, scores, acceptances, measures and progress; CSV holds the risks, one per row, for a \
            spreadsheet. Either imports back unchanged with 'risk import'.
            Example: sujarit risk export --fy 2568 --format csv --output register-2568.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>
    @Option(help: "json (everything) or csv (the risks).")
    var format: Format = .json
    @Option(
        help: ArgumentHelp(
            "Write to this file instead of standard output (never the store; an existing file only with --force).",
            valueName: "file"))
    var output: String?
    @OptionGroup var overwrite: ForceOption

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            let file = try output.map {
                try OutputFile($0, option: "--output", store: storeOptions.location, force: overwrite.force)
            }
            let ledger = try await RiskService(store: try storeOptions.open()).ledger()
            let text =
                format == .json
                ? try JSONOutput.string(RegisterExport.document(ledger, fiscalYear: year)) + "\n"
                : RegisterExport.csv(ledger, fiscalYear: year)
            if let file {
                try file.write(text)
                Console.err("Wrote \(file.path).")
            } else {
                Console.out(text, terminator: "")
            }
        }
    }
}
