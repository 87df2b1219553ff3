import ArgumentParser
import Declarations
import Sujarit

/// `sujarit coi withdraw`: withdraws a declaration signed in error; it stays in the log.
struct CoiWithdrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw a declaration signed in error (ถอนแบบแสดงการมีส่วนได้เสีย).",
        discussion: """
            Example:
              sujarit coi withdraw 67119000333-officer-kittipong --reason "ลงนามผิดโครงการ"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The declaration id (see 'sujarit coi list').", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Why it is withdrawn.", valueName: "text"))
    var reason: String = ""

    @Option(help: .day("The day (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        let context = storeOptions.context // one actor and one instant for the whole command
        let store = try storeOptions.open()
        let declaration = try await DeclarationService(store: store).withdraw(
            id, on: on ?? context.today, reason: reason, context: context
        )
        Console.out("Withdrew \(declaration.id); it no longer counts as a declaration, and its history stays.")
    }
}
