import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit charter review`: the yearly review keeps the charter unchanged.
struct AuditCharterReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record the yearly review that keeps the charter unchanged (สอบทานกฎบัตร).",
        discussion: """
            For a charter that needs changes, draft the new text and approve it instead. The reviewer \
            must be an executive serving on the day; the next review falls a year later.

            Example:
              sujarit audit charter review --by mayor --on "1 ต.ค. 2570" --note "ไม่มีการเปลี่ยนแปลงโครงสร้าง"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The executive who confirms the charter.", valueName: "id"))
    var by: String

    @Option(help: .day("The day of the review (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("What the review considered.", valueName: "text"))
    var note: String?

    func run() async throws {
        try await AuditInput.run {
            let service = AuditInput.service(try storeOptions.open())
            let reviewed = try await service.reviewCharter(by: by, on: on, note: note, context: storeOptions.context)
            Console.out(
                """
                Charter version \(reviewed.version) reviewed on \(reviewed.reviewedOn.formatted(.thaiMedium)), \
                unchanged; next review by \(reviewed.nextReviewOn.formatted(.thaiMedium)).
                """)
        }
    }
}
