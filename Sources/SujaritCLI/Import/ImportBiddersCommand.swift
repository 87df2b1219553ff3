import ArgumentParser
import Foundation
import Presentation
import Procurement

/// `sujarit import bidders FILE …`: imports CoST bidder lists, one transaction per file.
struct ImportBiddersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bidders",
        abstract: "Import the CoST bidder list: every bidder of a project, losers too (นำเข้ารายชื่อผู้ยื่นข้อเสนอ).",
        discussion: """
            Reads egpcost-bidder-<year>.csv (CoST number, project id, fiscal year, \
            bidder; columns found by name). Only CoST projects have such a list: for \
            other projects the bidders stay unknown, which is not the same as none.

            Example:
              sujarit import bidders Imports/examples/takbai-cost-bidders-2568.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("CoST bidder lists (.csv).", valueName: "file"))
    var files: [String]

    @Flag(help: "Stop at the first file that is refused instead of going on with the others.")
    var stopOnError = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one bidder list.") }
    }

    func run() async throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError(ProcurementImportError.noSuchPath(file).localizedDescription)
        }
        let importer = ContractImporter(
            store: try ImportTarget.store(for: try storeOptions.open()), limits: try ImportLimits.resolve())
        let context = storeOptions.context
        var outcomes: [ImportOutcome<ContractImportReport>] = []
        for file in files {
            let bar = ProgressBar(label: URL(fileURLWithPath: file).lastPathComponent)
            do {
                let report = try await importer.importFile(
                    at: file, as: .costBiddersCSV, context: context,
                    progress: { done, total, items in bar.update(bytes: done, of: total, items: items) })
                bar.finish()
                outcomes.append(.imported(report))
            } catch let error as ContractFileError {
                bar.finish()
                outcomes.append(.refused(file: file, message: error.description))
                if stopOnError { break }
            }
        }
        ImportTables.printContracts(outcomes, skipped: files.count - outcomes.count, output: output)
        if outcomes.contains(where: \.isRefused) { throw ExitCode(1) }
    }
}
