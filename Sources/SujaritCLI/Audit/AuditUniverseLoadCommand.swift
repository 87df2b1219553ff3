import ArgumentParser
import AuditPlans

/// `sujarit audit universe load FILE`: brings the universe in line with a YAML file.
struct AuditUniverseLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load the audit universe from a YAML file (นำเข้าขอบเขตงานตรวจสอบ).",
        discussion: """
            Adds new subjects and records changed ones, one event each; loading the same file again \
            changes nothing. Load the agency directory first: departments are checked against it.

            Example:
              sujarit audit universe load \\
                  Registers/examples/takbai/audit-universe.yaml --dry-run
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(
        help: ArgumentHelp("The universe file (see Registers/examples/takbai/audit-universe.yaml).", valueName: "file"))
    var file: String

    @Flag(help: "Show what would change without recording anything.")
    var dryRun = false

    func run() async throws {
        try await AuditInput.run {
            let service = AuditInput.service(try storeOptions.open())
            let changes = try await service.loadUniverse(file, dryRun: dryRun, context: storeOptions.context)
            for subject in changes.added { Console.out("  + \(subject.id)  \(subject.title)") }
            for subject in changes.changed { Console.out("  ~ \(subject.id)  \(subject.title)") }
            Console.out(
                """
                \(dryRun ? "Would add" : "Added") \(changes.added.count) subject(s), \
                \(dryRun ? "would change" : "changed") \(changes.changed.count); \(changes.unchanged) unchanged.
                """
            )
        }
    }
}
