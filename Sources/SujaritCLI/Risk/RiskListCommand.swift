import Agency
import ArgumentParser
import Presentation
import RiskRegister

/// `sujarit risk list`: the register as a table, with filters.
struct RiskListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List risks, with filters (รายการความเสี่ยง).",
        discussion: """
            The level is the band of the current score, else the inherent one (or of --kind). Status is derived \
            on the --as-of day: open (no measure), treated, accepted, expired (acceptance to review).
            Examples:
              sujarit risk list --fy 2568 --department FIN
              sujarit risk list --level สูง --format csv > high-risks.csv
            With --format json or csv each score is five fields (inherent_likelihood, inherent_impact, \
            inherent_score, inherent_band, inherent_band_th; the same for current and residual), null when not \
            scored.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>
    @Option(help: ArgumentHelp("Only this department code.", valueName: "code")) var department: String?
    @Option(help: ArgumentHelp("Only this category code.", valueName: "code")) var category: String?
    @Option(
        help: ArgumentHelp(
            "Only this level: a band id or name (low/ต่ำ, medium/ปานกลาง, high/สูง, very-high/สูงมาก).", valueName: "band"))
    var level: String?
    @Option(help: ArgumentHelp("Only this status: open, treated, accepted, expired.", valueName: "status")) var status:
        String?
    @Option(help: ArgumentHelp("Judge --level on this kind of score (inherent, current, residual).", valueName: "kind"))
    var kind: String?

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            let scoreKind = try kind.map { try RiskInput.kind($0) }
            let wantedStatus = try status.map { text -> RiskStatus in
                guard let value = RiskStatus(rawValue: text) else {
                    throw ValidationError("--status must be open, treated, accepted or expired.")
                }
                return value
            }
            let day = asOf.day(today: storeOptions.context.today)
            let level = self.level
            let store = try storeOptions.open()
            let ledger = try await RiskService(store: store).ledger()
            let directory = try await AgencyDirectory.load(from: store)
            let rows = try await RiskRegisterQueries.list(
                store,
                filter: RiskListFilter(
                    fiscalYear: year, department: department, category: category, level: level, kind: scoreKind,
                    status: wantedStatus
                ), on: day)
            // People read names and `4×4=16 สูง`; scripts read codes and names apart, and each score's parts.
            let machine = output.format != .table
            let names: [Table.Column] =
                machine
                ? [
                    .init("ปีงบประมาณ", key: "fiscal_year"), .init("หน่วยงาน", key: "department"),
                    .init("ชื่อหน่วยงาน", key: "department_name"), .init("ประเภท", key: "category"),
                    .init("ชื่อประเภท", key: "category_th"),
                ]
                : [.init("หน่วยงาน", key: "department", maxWidth: 16), .init("ประเภท", key: "category", maxWidth: 18)]
            var table = Table(
                columns: [.init("รหัส ID", key: "id")] + names
                    + [.init("เหตุการณ์ความเสี่ยง Event", key: "event", maxWidth: 34)]
                    + ScoreCells.columns(.inherent, header: "ก่อนการควบคุม", machine: machine)
                    + ScoreCells.columns(.current, header: "ปัจจุบัน", machine: machine)
                    + ScoreCells.columns(.residual, header: "คงเหลือ", machine: machine)
                    + [.init("สถานะ", key: "status")] + (machine ? [.init("สถานะ (ไทย)", key: "status_th")] : []))
            for row in rows {
                let departmentName = directory.department(row.department)?.name
                let categoryName = ledger.categories[row.category]?.name.th
                let scores = (try? RiskID(parsing: row.id)).flatMap { ledger.risks[$0]?.scores } ?? [:]
                let named: [Table.Cell] =
                    machine
                    ? [
                        .integer(row.fiscalYear, shown: String(row.fiscalYear)), .text(row.department),
                        .text(departmentName), .text(row.category), .text(categoryName),
                    ]
                    : [.text(departmentName ?? row.department), .text(categoryName ?? row.category)]
                table.append(
                    [.text(row.id)] + named + [.text(row.event)]
                        + ScoreKind.allCases.flatMap { ScoreCells.cells(scores[$0], machine: machine) }
                        + (machine ? [.text(row.status.rawValue), .text(row.status.thai)] : [.text(row.status.thai)]))
            }
            Console.out(output.render(table), terminator: "")
            if output.format == .table { Console.err("\(table.rows.count) risk(s).") }
        }
    }
}
