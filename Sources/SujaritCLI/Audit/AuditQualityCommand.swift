import ArgumentParser

/// `sujarit audit quality`: the yearly self-assessment of the audit activity.
struct AuditQualityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "The audit activity's yearly self-assessment (การประเมินคุณภาพงานตรวจสอบภายใน).",
        discussion: """
            The checklist is Registers/audit-quality.yaml (MoF internal-audit standards 2561, 1300/1311):
              sujarit audit quality assess --fy 2570 --met 1,2,4,5,6,7,8,9 --partly 3 --by somchai
              sujarit audit quality show --fy 2570
            """,
        subcommands: [AuditQualityAssessCommand.self, AuditQualityShowCommand.self]
    )
}
