import ArgumentParser
import Foundation
import Presentation
import Procurement
import Sujarit

/// `sujarit import contracts FILE …`: imports contract data, one transaction per file.
struct ImportContractsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contracts",
        abstract: "Import contract data: data.go.th CSV or GovSpending JSON (นำเข้าข้อมูลสัญญา).",
        discussion: """
            Reads the data.go.th contract file (cgd-contract-<year>.csv: UTF-8, 28 \
            fields a row; headers of 26 or 31 columns are matched by name) or a saved \
            GovSpending egp-contract response (.json). Budget, reference price, \
            agreed price, winner and tax id, contract number and dates join each \
            project's record. Tax ids spoiled into scientific notation (1.05552E+11) \
            are recorded as unknown, never guessed, and counted in the summary.

            A row that cannot be read (shifted columns, an impossible date, a bad \
            amount) refuses the whole file, naming its line and column; the store is \
            left as it was. Importing a file again adds nothing; a corrected row is \
            recorded as a new fact and replaces the old one in the read model.

            Give --dept when the file holds only your department's projects (the \
            sources name departments but give no e-GP id).

            Examples:
              sujarit import contracts Imports/examples/takbai-contracts-2568.csv \\
                  --dept 6960501
              sujarit import contracts egp-contract-2568.json --format json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Contract files (.csv or .json).", valueName: "file"))
    var files: [String]

    @Option(
        help: ArgumentHelp("The e-GP department id the file's projects belong to (4 or 7 digits).", valueName: "id"))
    var dept: String?

    @Flag(help: "Stop at the first file that is refused instead of going on with the others.")
    var stopOnError = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one contract file.") }
    }

    func run() async throws {
        let department: EGPDepartmentID?
        do { department = try dept.map { try EGPDepartmentID(parsing: $0) } } catch {
            throw ValidationError(error.localizedDescription)
        }
        for file in files {
            do { _ = try ContractImporter.source(forFile: file) } catch {
                throw ValidationError(error.localizedDescription)
            }
            guard FileManager.default.fileExists(atPath: file) else {
                throw ValidationError(ProcurementImportError.noSuchPath(file).localizedDescription)
            }
        }
        let importer = ContractImporter(store: try storeOptions.open(), limits: try ImportLimits.resolve())
        let context = storeOptions.context
        var outcomes: [ImportOutcome<ContractImportReport>] = []
        for file in files {
            let bar = ProgressBar(label: URL(fileURLWithPath: file).lastPathComponent)
            do {
                let report = try await importer.importFile(
                    at: file, department: department, context: context,
                    progress: { done, total in bar.update(done, of: total ?? max(done, 1)) })
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
