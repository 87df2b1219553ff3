import Agency
import ArgumentParser
import Foundation
import Presentation
import Procurement
import Sujarit

/// `sujarit import contracts FILE|DIR …`: imports contract data, one transaction per file.
struct ImportContractsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contracts",
        abstract: "Import contract data: data.go.th CSV or JSON, GovSpending JSON (นำเข้าข้อมูลสัญญา).",
        discussion: """
            Reads every published variant of the contract data, by column name: \
            data.go.th's cgd-contract-<year>.csv (28 fields a row; headers of 26 or \
            31 columns; the FY2568 files of 15 columns whose two method columns \
            hold each other's values), the same table from data.go.th's datastore \
            (its CSV dump with _id first, or its API's JSON pages, result.records), \
            and GovSpending egp-contract JSON (a saved page, data[], or one record). \
            Folders are imported file by file (*.csv, *.json), in name order: a \
            folder of saved API pages is one command. The summary says per file \
            which variant was read.

            Dates as published (29 พ.ย. 67, 15-ก.ย.-64, 29/11/2567, 2024-11-29, - for \
            none; a two-digit year is read near the row's fiscal year). Tax ids \
            spoiled into scientific notation (1.05552E+11) are recorded as unknown, \
            never guessed; citizen ids published masked (313060050xxxx) are kept as \
            masked, never matched; both are counted in the summary.

            A row that cannot be read (shifted columns, an impossible date, a bad \
            amount) refuses the whole file, naming its line and column; the store is \
            left as it was. Importing a file again adds nothing; a corrected row is \
            recorded as a new fact and replaces the old one in the read model.

            Give --dept when the file holds only your department's projects. Without \
            it (a national file), each row keeps its own buyer (ชื่อหน่วยงาน / \
            ชื่อหน่วยงานย่อย) as its department: under its e-GP id when the store's \
            profile (your agency's name) or a --departments file knows it, else \
            under its name.

            Examples:
              sujarit import contracts Imports/examples/takbai-contracts-2568.csv \\
                  --dept 6960501
              sujarit import contracts cgd-contract-2568.csv \\
                  --departments Imports/variants/departments-example.yaml
              sujarit import contracts datastore-pages/ --format json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Contract files (.csv or .json), or folders of them.", valueName: "file-or-folder"))
    var files: [String]

    @Option(
        help: ArgumentHelp(
            "The e-GP department id the file's projects belong to (4, 7 or 10 digits).", valueName: "id"))
    var dept: String?

    @Option(
        help: ArgumentHelp(
            "A directory of departments (YAML: buyer name → e-GP id) for a file imported without --dept.",
            valueName: "file"))
    var departments: String?

    @Flag(help: "Stop at the first file that is refused instead of going on with the others.")
    var stopOnError = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one contract file or folder.") }
    }

    func run() async throws {
        let department: EGPDepartmentID?
        do { department = try dept.map { try EGPDepartmentID(parsing: $0) } } catch {
            throw ValidationError(error.localizedDescription)
        }
        let paths: [String]
        do { paths = try ContractFiles.expand(files) } catch { throw ValidationError(error.localizedDescription) }
        let store = try storeOptions.open()
        var directory = DepartmentDirectory()
        if department == nil, let profile = try await AgencyProfile.load(from: store), let name = profile.agencyName,
            let id = profile.departmentID
        {
            directory.addAgency(name: name, egpID: id)
        }
        if let departments {
            do { directory.merge(try DepartmentDirectory.load(departments)) } catch {
                throw ValidationError(error.localizedDescription)
            }
        }
        let importer = ContractImporter(store: try ImportTarget.store(for: store), limits: try ImportLimits.resolve())
        let context = storeOptions.context
        var outcomes: [ImportOutcome<ContractImportReport>] = []
        for file in paths {
            let bar = ProgressBar(label: URL(fileURLWithPath: file).lastPathComponent)
            do {
                let report = try await importer.importFile(
                    at: file, department: department, directory: directory, context: context,
                    progress: { done, total, items in bar.update(bytes: done, of: total, items: items) })
                bar.finish()
                outcomes.append(.imported(report))
            } catch let error as ContractFileError {
                bar.finish()
                outcomes.append(.refused(file: file, message: error.description))
                if stopOnError { break }
            }
        }
        ImportTables.printContracts(outcomes, skipped: paths.count - outcomes.count, output: output)
        if outcomes.contains(where: \.isRefused) { throw ExitCode(1) }
    }
}

/// Finding the contract files among the paths given.
enum ContractFiles {
    /// Files as given (each must be `.csv` or `.json`), and the `*.csv` / `*.json` files under folders, each
    /// folder's in name order; a FIFO, socket or device in a folder is skipped with a warning, never opened.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ProcurementImportError.noSuchPath(path)
            }
            guard isDirectory.boolValue else {
                _ = try ContractImporter.source(forFile: path)
                files.append(path)
                continue
            }
            let base = URL(fileURLWithPath: path)
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { (try? ContractImporter.source(forFile: $0)) != nil }
                .sorted()
                .map { path.hasSuffix("/") ? path + $0 : base.appendingPathComponent($0).relativePath }
                .filter { file in
                    guard let kind = InputFile.inspect(file)?.kind, kind != .regular else { return true }
                    Console.err(
                        "\(file): warning: skipped: it is a \(kind.rawValue), not an ordinary file, so it was not opened."
                    )
                    return false
                }
            guard !found.isEmpty else { throw ProcurementImportError.noContractFilesInDirectory(path) }
            files += found
        }
        return files
    }
}
