import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement check SUBJECT`: re-hashes working papers against their records.
struct AuditEngagementCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check working papers against the SHA-256 recorded when they were attached.",
        discussion: """
            Prints each paper as unchanged, CHANGED or MISSING and exits 1 when any is not unchanged. \
            Name papers (WP-1 …) to check only those; --path reads a paper from where it is now.

            Examples:
              sujarit audit engagement check PROC-SPECIFIC --fy 2570
              sujarit audit engagement check PROC-SPECIFIC WP-2 --fy 2570 --path archive/wp2.xlsx
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    @Argument(help: ArgumentHelp("Papers to check, e.g. WP-1 (default: all).", valueName: "paper"))
    var papers: [String] = []

    @Option(help: ArgumentHelp("Where the one named paper is now, if moved.", valueName: "file"))
    var path: String?

    func validate() throws {
        if path != nil && papers.count != 1 { throw ValidationError("--path needs exactly one paper, e.g. WP-2.") }
    }

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            let engagement = EngagementRef(fiscalYear: fiscalYear.year(on: context.today), subject: subject)
            let recorded = try await AuditInput.service(try storeOptions.open()).workingPapers(engagement)
            let wanted = papers.map { $0.uppercased() }
            for reference in wanted where !recorded.contains(where: { $0.reference == reference }) {
                throw AuditPlansError.unknownWorkingPaper(engagement.subject, reference)
            }
            var failures = 0
            for paper in recorded where wanted.isEmpty || wanted.contains(paper.reference) {
                let file = path ?? paper.path
                let expected = FileFingerprint(path: paper.path, sha256: paper.sha256, size: paper.size)
                let verdict: String
                if InputFile.inspect(file) == nil {
                    verdict = "MISSING (ไม่พบไฟล์)"
                    failures += 1
                } else if try AuditWorkingPaperFile.fingerprint(file).matches(expected) {
                    verdict = "unchanged (ตรงกับที่บันทึก)"
                } else {
                    verdict = "CHANGED (ไฟล์ถูกแก้ไข)"
                    failures += 1
                }
                Console.out("\(paper.reference)  \(file)  \(verdict)")
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
