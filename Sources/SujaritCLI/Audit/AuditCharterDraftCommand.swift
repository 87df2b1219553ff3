import ArgumentParser
import AuditPlans
import Foundation
import Sujarit

/// `sujarit audit charter draft`: records the charter's text from the file the agency edits.
struct AuditCharterDraftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft the charter from its file (ร่างกฎบัตร).",
        discussion: """
            Reads the six sections (purpose, authority, independence, scope, responsibilities, \
            reporting_line) from the file. Drafting again before approval replaces the draft; after \
            approval it starts the next version, which the head of agency approves in turn.

            Examples:
              sujarit audit charter draft
              sujarit audit charter draft --file my-charter.yaml --on "20 ก.ย. 2569"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        help: ArgumentHelp(
            "The charter file (default: audit-charter.yaml in $SUJARIT_REPORTS, ./Reports or beside the build).",
            valueName: "file"))
    var file: String?

    @Option(help: .day("The day of the draft (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let path =
                try file ?? (ReportOptions.reportsFolder(nil) as NSString).appendingPathComponent("audit-charter.yaml")
            let service = AuditInput.service(try storeOptions.open())
            let drafted = try await service.draftCharter(from: path, on: on, context: storeOptions.context)
            Console.out(
                """
                Drafted charter version \(drafted.version) from \(path) on \(drafted.draftedOn.formatted(.thaiMedium)). \
                Have the head of agency approve it: sujarit audit charter approve --by ID
                """)
        }
    }
}
