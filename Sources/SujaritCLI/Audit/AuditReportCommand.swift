import ArgumentParser

/// `sujarit audit report`: the internal audit unit's own reports, through the one report pipeline.
struct AuditReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The engagement report and the annual report of internal audit activity (รายงานการตรวจสอบภายใน).",
        discussion: """
            Both take the options of 'sujarit report …' (--format, --pdf, -o, --as-of, --thai-digits, \
            --reports) and are written to Reports/out/ as A4 HTML by default.

            Examples:
              sujarit audit report engagement PROC-SPECIFIC --fy 2570 --pdf
              sujarit audit report annual --fy 2570 --format term
            """,
        subcommands: [AuditReportEngagementCommand.self, AuditReportAnnualCommand.self]
    )
}
