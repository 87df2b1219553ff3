import ArgumentParser
import GiftLog
import Sujarit

/// `sujarit gift activity`: records an activity building a No Gift culture (O32).
struct GiftActivityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activity",
        abstract: "Record an activity building a No Gift culture (O32, กิจกรรมสร้างวัฒนธรรม No Gift).",
        discussion: """
            Example:
              sujarit gift activity --on "15 พ.ย. 67" --title "ประชุมชี้แจง No Gift Policy" \\
                  --participants 52 --evidence "รายงานการประชุม 11/2567"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: .day("The day it was held (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("What it was.", valueName: "text"))
    var title: String

    @Option(help: ArgumentHelp("How many took part.", valueName: "n"))
    var participants: Int?

    @Option(help: ArgumentHelp("Where it is documented (repeatable).", valueName: "ref"))
    var evidence: [String] = []

    func run() async throws {
        let context = storeOptions.context // one actor and one instant for the whole command
        let activity = try await GiftLogService(store: try storeOptions.open()).recordActivity(
            on: on ?? context.today, title: title, participants: participants, evidence: evidence,
            context: context
        )
        Console.out(
            "Recorded the activity of \(activity.heldOn.formatted(.thaiMedium)) for FY\(activity.fiscalYear.be).")
    }
}
