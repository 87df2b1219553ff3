import Agency
import ArgumentParser
import Foundation
import Presentation
import Procurement
import Sujarit

/// `sujarit import egp FILE|DIR …`: imports e-GP announcement feeds, one transaction per file.
struct ImportEGPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "egp",
        abstract: "Import e-GP announcement feeds (XML, or .xml.gz) for one department (นำเข้าประกาศ e-GP).",
        discussion: """
            Give feed files, or folders: every *.xml and *.xml.gz inside a folder (and \
            its sub-folders) is imported, in name order. The feed does not say which \
            department it is for: --dept is the deptId from the address the feed was \
            fetched from (4 digits central, 7 local), or its deptsubId (10 digits, a \
            sub-unit such as a เทศบาลตำบล), by default the store's own ('sujarit init \
            --dept'). Another department's or sub-unit's feeds are refused unless the store \
            follows it ('sujarit agency profile set --follows ID', recorded once) or \
            --other-department is given.

            The summary says, per file, the encoding and the variant read: current \
            e-GP links (templateId/fileId), legacy ShowHTMLFile links, or both; and how \
            many project ids were read from a legacy link because the item's description \
            had none (recorded on the file's import record and on each announcement).

            Each file is one transaction: a file with an error (malformed XML, an \
            impossible date, an unknown announcement type) is refused whole, with its \
            line and column, and the store is left as it was. The other files are \
            still imported unless --stop-on-error is given; the summary says which \
            were, and the exit status is 1 if any was refused. Fix the file and run \
            the command again: what was imported already is recognised and skipped.

            Examples:
              sujarit import egp Imports/examples --dept 6960501 \\
                  --dept-name "เทศบาลเมืองตากใบ"
              sujarit import egp 2025-01-14.xml --dept 6960501 --format json
              sujarit import egp egp-1509900857-2568.xml --dept 1509900857
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Feed files or folders of them.", valueName: "file-or-folder"))
    var paths: [String]

    @Option(
        help: ArgumentHelp(
            "The e-GP department id the feeds are for (deptId: 4 or 7 digits, or a sub-unit's 10-digit deptsubId; "
                + "default: the store's own).",
            valueName: "id"))
    var dept: String?

    @Flag(
        name: .customLong("other-department"),
        help: "Accept, this once, feeds of a department the store neither is nor follows.")
    var otherDepartment = false

    @Option(
        name: .customLong("dept-name"),
        help: ArgumentHelp("The department's name (default: the store's agency, if the ids match).", valueName: "name"))
    var deptName: String?

    @Flag(help: "Stop at the first file that is refused instead of going on with the others.")
    var stopOnError = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one feed file or folder.") }
    }

    func run() async throws {
        if let dept {
            do { _ = try EGPDepartmentID(parsing: dept) } catch { throw ValidationError(error.localizedDescription) }
        }
        let files: [String]
        do { files = try FeedFiles.expand(paths) } catch { throw ValidationError(error.localizedDescription) }
        let store = try storeOptions.open()
        let department = try Self.department(
            dept, of: try await AgencyProfile.load(from: store), other: otherDepartment)
        var name = deptName
        if name == nil, let profile = try await AgencyProfile.load(from: store),
            profile.departmentID == department.rawValue
        {
            name = profile.agencyName
        }
        let importer = FeedImporter(
            store: try ImportTarget.store(for: store), limits: EGPFeedReader.Limits(try ImportLimits.resolve()))
        let context = storeOptions.context
        var outcomes: [ImportOutcome<FeedImportReport>] = []
        for file in files {
            let bar = ProgressBar(label: URL(fileURLWithPath: file).lastPathComponent)
            do {
                let report = try await importer.importFeed(
                    at: file, department: department, departmentName: name, context: context,
                    progress: { done, total, items in bar.update(bytes: done, of: total, items: items) })
                bar.finish()
                outcomes.append(.imported(report))
            } catch let error as EGPFeedError {
                bar.finish()
                outcomes.append(.refused(file: file, message: error.description))
                if stopOnError { break }
            }
        }
        ImportTables.printFeeds(outcomes, skipped: files.count - outcomes.count, output: output)
        if outcomes.contains(where: \.isRefused) { throw ExitCode(1) }
    }
}

extension ImportEGPCommand {
    /// The department the feeds are imported for: `given`, else the store's own; one that differs from the
    /// store's own only with `other` (importing another agency's feeds silently mixes their procurement,
    /// and the red flags raised on it, into this agency's record).
    static func department(_ given: String?, of profile: AgencyProfile?, other: Bool) throws -> EGPDepartmentID {
        let own = profile?.departmentID
        guard let text = given ?? own else {
            throw ValidationError(
                """
                --dept ID is required: this store records no e-GP department of its own. Give the deptId from the \
                address the feed was fetched from.
                """
            )
        }
        let department: EGPDepartmentID
        do { department = try EGPDepartmentID(parsing: text) } catch {
            throw ValidationError(error.localizedDescription)
        }
        if let profile, let own, !profile.follows(department: department.rawValue), !other {
            let name = profile.agencyName.map { " (\($0))" } ?? ""
            let followed =
                profile.followedDepartments.isEmpty
                ? "" : " or one it follows (\(profile.followedDepartments.joined(separator: ", ")))"
            throw ValidationError(
                """
                --dept \(department.rawValue) is not this store's own e-GP department \(own)\(name)\(followed); \
                nothing was imported. 
                """
                    + "Check that the feeds are your agency's (leave --dept out to use \(own)); if this store follows that department, "
                    + "record it once with 'sujarit agency profile set --follows \(department.rawValue)', or add --other-department for this import."
            )
        }
        return department
    }
}

/// Finding the feed files among the paths given.
enum FeedFiles {
    /// Files as given, and the `*.xml` / `*.xml.gz` files under folders, each folder's in name order.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ProcurementImportError.noSuchPath(path)
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = URL(fileURLWithPath: path)
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.lowercased().hasSuffix(".xml") || $0.lowercased().hasSuffix(".xml.gz") }
                .sorted()
                .map { path.hasSuffix("/") ? path + $0 : base.appendingPathComponent($0).relativePath }
                .filter { file in
                    // A FIFO, socket or device named like a feed is never opened (opening a FIFO blocks).
                    guard let kind = InputFile.inspect(file)?.kind, kind != .regular else { return true }
                    Console.err(
                        """
                        \(file): warning: skipped: it is a \(kind.rawValue), not an ordinary file, so it was not \
                        opened.
                        """
                    )
                    return false
                }
            guard !found.isEmpty else { throw ProcurementImportError.noFeedsInDirectory(path) }
            files += found
        }
        return files
    }
}
