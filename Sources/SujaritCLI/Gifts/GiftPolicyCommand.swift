import ArgumentParser
import GiftLog
import Sujarit

/// `sujarit gift policy`: records the head of agency's No Gift Policy declaration (O31).
struct GiftPolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Record the head of agency's No Gift Policy declaration for a fiscal year (O31, ประกาศเจตนารมณ์).",
        discussion: """
            Example: sujarit gift policy --fy 2568 --on "1 ต.ค. 67" --by mayor \\
                --title "ประกาศเจตนารมณ์ No Gift Policy" \\
                --evidence https://www.takbaicity.go.th/news/no-gift-2568
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>

    @Option(help: .day("The day it was signed (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("The staff id of the head of agency who signed it.", valueName: "id"))
    var by: String

    @Option(help: ArgumentHelp("The announcement's title.", valueName: "text"))
    var title: String

    @Option(
        help: ArgumentHelp("Where it can be seen: a web address or document number (repeatable).", valueName: "ref"))
    var evidence: [String] = []

    func run() async throws {
        let context = storeOptions.context // one actor and one instant for the whole command
        let declaration = NoGiftPolicyDeclared(
            fiscalYear: fiscalYear.year(on: context.today), declaredOn: on ?? context.today,
            declaredBy: by, title: title, evidence: evidence
        )
        try await GiftLogService(store: try storeOptions.open()).declarePolicy(
            declaration, context: context)
        Console.out(
            """
            Recorded the No Gift Policy declaration for FY\(declaration.fiscalYear.be), \
            \(declaration.declaredOn.formatted(.thaiMedium)).
            """
        )
    }
}
