import Agency
import ArgumentParser
import EventStore
import EventStorePostgres
import Foundation
import Presentation

/// `sujarit migrate`: moves an agency's SQLite store to the PostgreSQL server, verbatim.
struct StoreMigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract:
            """
            Move an agency's store to the PostgreSQL server, every event exactly as it is \
            (ย้ายฐานข้อมูลไปยังเซิร์ฟเวอร์).
            """,
        discussion: """
            Checks the source's chain first and refuses a damaged store. Then copies \
            every event to the server unchanged (same numbers, times, authors and \
            hashes), checks the server's chain and compares its last hash with the \
            source's: both must match, so 'sujarit verify' prints the same head on both.

            The target is created when its database is empty. Running the command again \
            is safe: after a finished run it copies nothing; after an interrupted one it \
            continues where the server stopped. A server that holds another store's log \
            is refused and left as it was. The source file is only read.

            Examples:
              sujarit migrate --from sujarit.db --to postgres://sujarit@db.example/sujarit
              sujarit migrate --from /srv/takbai.db \\
                  --to "postgres://sujarit@db.example/sujarit?agency=6302203" --format json
            Afterwards, point the agency's commands at the server:
              export SUJARIT_STORE="postgres://sujarit@db.example/sujarit?agency=6302203"

            A province's database in the per-agency layout of earlier versions (a schema per agency) moves to \
            the shared layout in a new, empty database: every agency's log verbatim, provinces, and the grants \
            (reviewers of personal data are granted afresh with `access grant … --reviewer`):
              sujarit migrate --from postgres://admin@db.example/narathiwat \\
                  --to postgres://admin@db.example/narathiwat_shared"

            On a shared server e-GP and contract data are kept once, in the public procurement data. Both moves \
            above copy the procurement events an agency's log holds there (the log itself keeps them, unchanged \
            and superseded). For agencies already on the server whose procurement was imported before, run:
              sujarit migrate --public-data --to postgres://admin@db.example/narathiwat
            Running it again adds nothing: files, contracts and announcements already there are recognised.
            """
    )

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "The agency's SQLite store file to copy from, or a database in the per-agency layout.",
            valueName: "path|url"))
    var fromOption: String?

    @Flag(
        help: """
            Copy the procurement events that agencies' own logs hold (imported before the server kept e-GP and \
            contract data once) into the server's public procurement data; with ?agency=ID, that agency only.
            """)
    var publicData = false

    /// The store or database to copy from (``validate()`` requires it unless `--public-data`).
    var from: String { fromOption ?? "" }

    @Option(
        help: ArgumentHelp(
            "The PostgreSQL store to copy to: postgres://user@host:port/database[?agency=id].", valueName: "url"))
    var to: String

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard PostgresLocation.isPostgresURL(to) else {
            throw ValidationError(
                "--to must be a PostgreSQL URL such as postgres://sujarit@db.example:5432/sujarit (got '\(to)').")
        }
        guard publicData == (fromOption == nil) else {
            throw ValidationError(
                """
                Give either --from (a store file or an old database to move) or --public-data (procurement \
                events already on the server, copied to its public data), not \(publicData ? "both" : "neither").
                """)
        }
    }

    func run() async throws {
        if publicData { return try await movePublicData() }
        if PostgresLocation.isPostgresURL(from) { return try await moveLayout() }
        let source = try openSource()
        try await checkAgency(of: source)
        let phases: [StoreMigration.Phase: ProgressBar] = [
            .verifyingSource: ProgressBar(label: "Checking source"),
            .copying: ProgressBar(label: "Copying"),
            .verifyingTarget: ProgressBar(label: "Checking target"),
        ]
        let migration = StoreMigration(source: source, targetURL: to, projections: ModuleCatalog.projections)
        let report: StoreMigrationReport
        do {
            report = try await migration.run { phase, done, total in
                phases[phase]?.update(done, of: total)
                if done >= total { phases[phase]?.finish() }
            }
        } catch {
            phases.values.forEach { $0.finish() }
            throw error
        }
        phases.values.forEach { $0.finish() }
        if output.format == .json {
            Console.out(try Self.json(report))
        } else {
            Console.out(table(report).render(output.format, style: output.style), terminator: "")
            if output.format == .table { Console.out(Self.summary(report)) }
        }
        // On a shared server the agency now reads procurement data from the public store: copy its own there.
        if report.complete, let agency = try PostgresLocation(url: to).agency {
            try await Self.copyPublicData(of: [agency], server: to, machine: output.format != .table)
        }
    }

    /// The source store, opened without read models: the migration only reads its log.
    func openSource() throws -> SQLiteEventStore {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: from) else {
            throw SourceProblem.missing(from)
        }
        guard attributes[.type] as? FileAttributeType != .typeDirectory, (attributes[.size] as? Int ?? 0) > 0 else {
            throw SourceProblem.notAStore(from)
        }
        return try SQLiteEventStore.open(at: from)
    }

    /// In a database shared by many agencies, the store must go to its own agency's schema: refuse a source
    /// created for another department id than the URL's `agency=`.
    func checkAgency(of source: SQLiteEventStore) async throws {
        let query = URLComponents(string: to)?.queryItems ?? []
        guard let agency = query.last(where: { $0.name == "agency" })?.value, !agency.isEmpty,
            let first = try await source.readStream(StoreInitialized.stream, afterVersion: 0, limit: 1).first,
            let department = (try? first.decode(StoreInitialized.self))?.departmentID,
            department != agency
        else { return }
        throw SourceProblem.otherAgency(path: from, department: department, agency: agency)
    }

    /// A `--from` that names no store file, or another agency's.
    enum SourceProblem: Error, LocalizedError {
        case missing(String)
        case notAStore(String)
        case otherAgency(path: String, department: String, agency: String)

        var errorDescription: String? {
            switch self {
            case .missing(let path):
                """
                --from: there is no file at \(path). Name the agency's store file, e.g. --from \
                /srv/sujarit/sujarit.db. Nothing was copied.
                """
            case .notAStore(let path):
                """
                --from: \(path) is not a Sujarit store (it is a folder or an empty file). Name the agency's store \
                file. Nothing was copied.
                """
            case let .otherAgency(path, department, agency):
                """
                --from: \(path) is the store of department \(department), but --to names the schema of agency \
                \(agency). Use ?agency=\(department) in the URL. Nothing was copied.
                """
            }
        }
    }

    func table(_ report: StoreMigrationReport) -> Table {
        let machine = output.format != .table
        var table = Table(columns: [
            .init("", key: "store"),
            .init("Location", key: "location"),
            .init("Events", key: "events", alignment: .trailing),
            .init("Head hash", key: "head_hash"),
            .init("Copied", key: "copied", alignment: .trailing),
        ])
        table.append([
            "ต้นทาง Source", report.sourceLocation, String(report.source.sequence),
            machine ? report.source.hash.description : report.source.hash.short, "",
        ])
        table.append([
            "ปลายทาง Target", report.targetLocation, String(report.target.sequence),
            machine ? report.target.hash.description : report.target.hash.short, String(report.copied),
        ])
        return table
    }

    static func summary(_ report: StoreMigrationReport) -> String {
        let time = seconds(report.duration)
        let created = report.createdTarget ? " Created the store on the server." : ""
        if !report.complete {
            return
                """
                Copied \(report.copied) events in \(time) s; \(report.source.sequence - report.target.sequence) \
                remain. Run the same command again to continue.\(created)
                """
        }
        if report.target.sequence > report.source.sequence {
            return
                """
                Nothing to copy: the target holds all \(report.source.sequence) events of the source and \
                \(report.target.sequence - report.source.sequence) recorded on the server since. Its chain is \
                intact.
                """
        }
        let heads = "Both chains are intact and end at the same event (ห่วงโซ่ตรงกัน)."
        if report.copied == 0 {
            return
                "Nothing to copy: the target already holds all \(report.alreadyPresent) events of the source. \(heads)"
        }
        let earlier = report.alreadyPresent > 0 ? ", continuing after the \(report.alreadyPresent) copied before" : ""
        return "✓ Copied \(report.copied) events in \(time) s\(earlier).\(created) \(heads) ย้ายข้อมูลเรียบร้อยแล้ว"
    }

    /// The migration for scripts (``MigrationJSON``), through the one JSON encoder.
    static func json(_ report: StoreMigrationReport) throws -> String {
        try JSONOutput.string(MigrationJSON(report))
    }

    /// What `migrate --format json` prints: both ends of the copy, the counts, and whether the heads match.
    struct MigrationJSON: Encodable {
        /// One end: where it is, how many events it holds, and its last event.
        struct Side: Encodable {
            var location: String
            var events: Int64
            var headSequence: Int64
            var headHash: String

            init(_ location: String, _ head: ChainPosition) {
                self.location = location
                events = head.sequence
                headSequence = head.sequence
                headHash = head.hash.description
            }
        }

        var source: Side
        var target: Side
        var copied: Int64
        var alreadyPresent: Int64
        var createdTarget: Bool
        var complete: Bool
        var headsMatch: Bool
        /// How long the copy took, in seconds.
        var seconds: Double

        init(_ report: StoreMigrationReport) {
            source = Side(report.sourceLocation, report.source)
            target = Side(report.targetLocation, report.target)
            copied = report.copied
            alreadyPresent = report.alreadyPresent
            createdTarget = report.createdTarget
            complete = report.complete
            headsMatch =
                report.complete && report.source.sequence == report.target.sequence
                && report.source.hash == report.target.hash
            let (whole, attoseconds) = report.duration.components
            seconds = ((Double(whole) + Double(attoseconds) / 1e18) * 100).rounded() / 100
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        return String(format: "%.2f", Double(whole) + Double(attoseconds) / 1e18)
    }
}
