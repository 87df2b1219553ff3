import ArgumentParser

/// `sujarit report`: the reports executives receive and the ITA items ask for.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for executives and the ITA (รายงาน): follow-up, O33–O38, O42/O43, executive summary.",
        discussion: """
            Each report is written to Reports/out/ as a self-contained A4 HTML page (Thai fonts, Buddhist-era \
            dates), unless --format or -o says otherwise; --pdf also prints it to PDF through Chromium. \
            The letterhead, wording and style are in Reports/ (letterhead.yaml, templates/, styles/): edit them \
            without recompiling.

            --as-of DAY rebuilds the picture from the log as it stood at the end of that day, so a report can be \
            issued again later exactly as it was.

            Examples:
              sujarit report executive --fy 2568 --round 12m --pdf
              sujarit report followup --fy 2568 --round 6m --department FIN --format term
              sujarit report o35 --fy 2568 --round 6m --as-of "31 มี.ค. 68"
              sujarit report plan --fy 2568 --thai-digits
            """,
        subcommands: [
            ReportFollowUpCommand.self, ReportO34Command.self, ReportO35Command.self, ReportO33Command.self,
            ReportPlanCommand.self, ReportAuditCommand.self, ReportMeasuresCommand.self, ReportExecutiveCommand.self,
            ReportAgenciesCommand.self,
        ]
    )
}
