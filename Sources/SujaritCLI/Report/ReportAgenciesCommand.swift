import ArgumentParser
import EventStorePostgres
import Presentation
import Reporting
import Sujarit

/// `sujarit report agencies`: the agencies a provincial or national view may read, side by side.
struct ReportAgenciesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencies",
        abstract: "Every agency you may read on a shared PostgreSQL server, side by side (ภาพรวมหน่วยงาน).",
        discussion: """
            One line per agency: risks, overdue measures, late or missing gift reports, missing declarations \
            of interest, overdue audit recommendations and open red flags, each counted as the agency's own \
            executive summary counts it (sujarit report executive), for every agency at once, in a handful of \
            queries. Only the agencies your login may read are shown (a provincial or national view reads many; \
            see sujarit access). Names of people are never shown.

            Examples:
              sujarit report agencies --fy 2568 --round 6m --store postgres://nacc_narathiwat@db.example/sujarit
              sujarit report agencies --fy 2568 --format csv > agencies.csv
            """
    )

    /// Connections the report opens on the server, whatever the number of agencies.
    static let connections = 1

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(
        help: ArgumentHelp("The round: 6m or 12m; default: 12m once the year is over, else 6m.", valueName: "round"))
    var round: String?

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await CommandFailure.report {
            guard PostgresLocation.isPostgresURL(storeOptions.location) else {
                throw SharedServerRequired(location: storeOptions.location)
            }
            // Records nothing: the context only says which day is today, for the year and the round.
            let today = storeOptions.context.today
            let year = fiscalYear.year(on: today)
            let chosenRound: ReportingRound
            if let round {
                guard let parsed = ReportingRound(argument: round) else {
                    throw ValidationError("--round must be 6m or 12m (got '\(round)').")
                }
                chosenRound = parsed
            } else {
                chosenRound = today > year.end ? .annual : .sixMonths
            }
            let location = try PostgresLocation(url: storeOptions.location)
            let agencies = try await PostgresAccess(url: storeOptions.location).agencies()
            let readable = agencies.filter(\.canRead)
            if agencies.isEmpty {
                Console.err(
                    """
                    There are no agency stores on \(location): create one with sujarit init --store \
                    'postgres://…?agency=ID'.
                    """
                )
                throw ExitCode.failure
            }
            // One connection and a handful of queries, each grouped by agency, however many the view spans.
            let span = try PostgresAgencySpan(url: storeOptions.location, maximumConnections: Self.connections)
            let overview = try await AgencyOverview.build(
                readable.map { AgencyOverview.Source(departmentID: $0.departmentID, province: $0.province) },
                from: span, fiscalYear: year, round: chosenRound, today: today)
            Console.out(output.render(table(overview)), terminator: "")
            if readable.count < agencies.count {
                Console.err(
                    """
                    \(agencies.count - readable.count) of the \(agencies.count) agencies on this server are not \
                    open to \(location.username) and are not shown.
                    """
                )
            }
        }
    }

    /// One row per agency: counts as numbers for scripts (null, `–` on the terminal, when the agency's store
    /// does not hold that register), with thousands separators for people.
    private func table(_ overview: AgencyOverview) -> Table {
        var table = Table(columns: [
            .init("รหัส Dept", key: "department"), .init("หน่วยงาน Agency", key: "agency"),
            .init("จังหวัด Province", key: "province"),
            .init("ความเสี่ยง Risks", key: "risks", alignment: .trailing),
            .init("ประเมินแล้ว Scored", key: "scored", alignment: .trailing),
            .init("มาตรการค้าง Late measures", key: "measures_overdue", alignment: .trailing),
            .init("ของขวัญล่าช้า Late gifts", key: "gifts_late", alignment: .trailing),
            .init("ไม่แสดง COI Undeclared", key: "declarations_missing", alignment: .trailing),
            .init("ข้อเสนอแนะค้าง Late recs", key: "recommendations_overdue", alignment: .trailing),
            .init("ธงแดง Flags", key: "red_flags_open", alignment: .trailing),
        ])
        func figure(_ value: Int?) -> Table.Cell {
            value.map { Table.Cell.integer($0) } ?? Table.Cell(text: "–", value: .null)
        }
        for line in overview.lines {
            table.append([
                .text(line.departmentID), .text(line.agency), .text(line.province), figure(line.risks),
                figure(line.risksScored), figure(line.measuresOverdue), figure(line.giftsLate),
                figure(line.declarationsMissing), figure(line.recommendationsOverdue), figure(line.redFlagsOpen),
            ])
        }
        return table
    }
}
