import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit response none REF --by DAY`: no response had been received by a day.
struct AuditResponseNoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "none",
        abstract: "Record that no response was received by a day, so the report may say so.",
        discussion: """
            Name one recommendation (F-2570-001.2) or a finding (F-2570-001) for each of its \
            recommendations still without a response. A response recorded later takes its place.

            Example:
              sujarit audit response none F-2570-002 --by "15 ม.ค. 2570" \\
                  --note "บันทึกขอคำชี้แจง ที่ ตภ 001/2570 ลว. 20 ธ.ค. 2569"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The recommendation or finding, e.g. F-2570-002.", valueName: "ref"))
    var reference: String

    @Option(help: .day("The day by which nothing had come."), transform: CalendarDate.argument)
    var by: CalendarDate

    @Option(help: ArgumentHelp("How management was asked (memo, day).", valueName: "text"))
    var note: String?

    func run() async throws {
        try await AuditInput.run {
            let records = try await AuditInput.service(try storeOptions.open()).recordNoResponse(
                reference, by: by, note: note, context: storeOptions.context)
            Console.out(
                """
                Recorded no response received by \(by.formatted(.thaiMedium)) for \
                \(records.map(\.ref.description).joined(separator: ", ")).
                """)
        }
    }
}
