import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement paper SUBJECT FILE`: a working paper referenced by its hash.
struct AuditEngagementPaperCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paper",
        abstract: "Attach a working paper by its SHA-256 (กระดาษทำการ); the file is not copied.",
        discussion: """
            Records the path, the SHA-256 and the size, so 'sujarit audit engagement check' can prove \
            later that the file is unchanged. Keep the file where the audit unit files its papers.

            Example:
              sujarit audit engagement paper PROC-SPECIFIC papers/wp1-contracts.xlsx --fy 2570 \\
                  --title "ตารางเทียบสัญญากับใบตรวจรับ" --step 1
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    @Argument(help: ArgumentHelp("The working paper's file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("What the paper is.", valueName: "text"))
    var title: String

    @Option(help: ArgumentHelp("The program step it supports.", valueName: "n"))
    var step: Int?

    @Option(help: .day("The day it was attached (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            let engagement = EngagementRef(fiscalYear: fiscalYear.year(on: context.today), subject: subject)
            let fingerprint = try AuditWorkingPaperFile.fingerprint(file)
            let paper = try await AuditInput.service(try storeOptions.open()).attachWorkingPaper(
                engagement, file: fingerprint, title: title, step: step, on: on, context: context)
            Console.out(
                "Attached \(paper.reference) to \(paper.subject): \(paper.path), \(paper.size) bytes, SHA-256 \(paper.sha256)."
            )
        }
    }
}
