import ArgumentParser
import Declarations
import Sujarit

/// `sujarit coi correct`: corrects the day a declaration was signed, as a new event; the history keeps
/// the day first recorded.
struct CoiCorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct the day a declaration was signed (แก้ไขวันที่ลงนามที่บันทึกผิด).",
        discussion: """
            The register, 'coi list' and 'coi show', and every rule that asks when the \
            declaration was made (declared before the committee was appointed, late) use \
            the corrected day; 'coi show ID' lists both days in its history.
            Example:
              sujarit coi correct 67119000333-officer-kittipong --on "1 ต.ค. 67" \\
                  --reason "พิมพ์วันที่ผิด ตามแบบที่ลงนาม"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The declaration id (see 'sujarit coi list').", valueName: "id"))
    var id: String

    @Option(help: .day("The day the form was really signed."), transform: CalendarDate.argument)
    var on: CalendarDate

    @Option(help: ArgumentHelp("Why the recorded day was wrong.", valueName: "text"))
    var reason: String = ""

    func run() async throws {
        let store = try storeOptions.open()
        let service = DeclarationService(store: store)
        let declaration = try await service.correctSigningDay(
            id, to: on, reason: reason, context: storeOptions.context
        )
        let previous = declaration.dateCorrections.last?.previousSignedOn
        Console.out(
            """
            Corrected \(declaration.id): signed \
            \(declaration.signedOn.formatted(.thaiMedium))\(previous.map { " (was recorded as \($0.formatted(.thaiMedium)))" } ?? ""); \
            the history keeps both.
            """
        )
    }
}
