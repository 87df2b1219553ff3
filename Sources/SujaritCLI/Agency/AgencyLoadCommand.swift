import Agency
import ArgumentParser

/// `sujarit agency load FILE`: brings the directory in line with a YAML file.
struct AgencyLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load departments and staff from a YAML file (นำเข้าทำเนียบหน่วยงาน).",
        discussion: """
            Adds what is new and records what changed, one event per department or person; loading the same \
            file again changes nothing. Nobody is removed: people who left get an 'until' date instead.
            Example: sujarit agency load Registers/examples/takbai/agency.yaml --dry-run
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The directory file (see Registers/examples/takbai/agency.yaml).", valueName: "file"))
    var file: String

    @Flag(help: "Show what would change without recording anything.")
    var dryRun = false

    func run() async throws {
        let store = try storeOptions.open()
        let current = try await AgencyDirectory.load(from: store)
        let directory = try DirectoryFile.load(file, known: current)
        let service = DirectoryService(store: store)
        let changes =
            dryRun
            ? try await service.changes(loading: directory)
            : try await service.load(directory, context: storeOptions.context)
        let verb = dryRun ? "Would record" : "Recorded"
        for department in changes.departments { Console.out("  \(department.code)  \(department.name)") }
        for member in changes.staff { Console.out("  \(member.id)  \(member.name) — \(member.position)") }
        Console.out(
            """
            \(verb) \(changes.departments.count) department(s) and \(changes.staff.count) staff change(s); \
            \(changes.unchanged) unchanged.
            """
        )
    }
}
