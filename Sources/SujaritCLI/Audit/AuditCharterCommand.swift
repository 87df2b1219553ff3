import ArgumentParser

/// `sujarit audit charter`: the Internal Audit Charter (กฎบัตรการตรวจสอบภายใน).
struct AuditCharterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charter",
        abstract: "The Internal Audit Charter: draft, approve, review, show, export (กฎบัตรการตรวจสอบภายใน).",
        discussion: """
            The charter states the audit activity's purpose, authority, independence, scope, \
            responsibilities and reporting line; the head of agency approves it and it is reviewed every \
            year. Edit Reports/audit-charter.yaml, then:
              sujarit audit charter draft
              sujarit audit charter approve --by mayor --on "1 ต.ค. 2569"
              sujarit audit charter show
              sujarit audit charter export --format html -o charter.html
              sujarit audit charter review --by mayor --on "1 ต.ค. 2570"
            """,
        subcommands: [
            AuditCharterDraftCommand.self, AuditCharterApproveCommand.self, AuditCharterReviewCommand.self,
            AuditCharterShowCommand.self, AuditCharterExportCommand.self,
        ]
    )
}
