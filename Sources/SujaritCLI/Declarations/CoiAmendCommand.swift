import ArgumentParser
import Declarations
import Sujarit

/// `sujarit coi amend`: changes what a declaration lists, keeping the earlier version in the history.
struct CoiAmendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Amend a declaration: give its interests as they now stand (แก้ไขแบบแสดงการมีส่วนได้เสีย).",
        discussion: """
            The new list replaces the old one; both stay in the history ('coi show ID'). \
            A procurement declaration that gains its first interest also records the \
            recusal.
            Example: sujarit coi amend 67119000333-e-bidding-chair-surachai \\
                --on "1 ธ.ค. 67" --interest "party=หจก. รุ่งเรืองการโยธา; rel=creditor" \\
                --reason "กู้ยืมเงินจากห้างฯ"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The declaration id (see 'sujarit coi list').", valueName: "id"))
    var id: String

    @Flag(help: "The declarant now has no interest.")
    var noInterest = false

    @Option(
        help: ArgumentHelp(
            "An interest as it now stands, key=value pairs separated by ';' (repeatable).", valueName: "spec"))
    var interest: [String] = []

    @Option(help: ArgumentHelp("Why it changed.", valueName: "text"))
    var reason: String = ""

    @Option(help: .day("The day the amendment was signed (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        let context = storeOptions.context // one actor and one instant for the whole command
        let store = try storeOptions.open()
        let declaration = try await DeclarationService(store: store).amend(
            id, interests: try interest.map(DeclaredInterest.init(spec:)), noInterest: noInterest,
            on: on ?? context.today, reason: reason, context: context
        )
        Console.out(
            """
            Amended \(declaration.id): now \
            \(declaration.declaresNoInterest ? "no interest (ไม่มีส่วนได้เสีย)" : "\(declaration.interests.count) interest(s)"); \
            amendment \(declaration.amendments.count).
            """
        )
        if declaration.recusals.count == 1, declaration.history.last?.eventType == RecusalRecorded.eventType {
            Console.out("Recusal recorded (ถอนตัว) for project \(declaration.subject.project?.rawValue ?? "").")
        }
    }
}
