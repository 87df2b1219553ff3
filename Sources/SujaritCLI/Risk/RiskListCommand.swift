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
            let categories = try await RiskService(store: store).ledger().categories
            let directory = try await AgencyDirectory.load(from: store)
            let rows = try await RiskRegisterQueries.list(
                store,
                filter: RiskListFilter(
                    fiscalYear: year, department: department, category: category, level: level, kind: scoreKind,
                    status: wantedStatus
                ), on: day)
            var table = Table(columns: [
                .init("รหัส ID", key: "id"), .init("หน่วยงาน", key: "department", maxWidth: 16),
                .init("ประเภท", key: "category", maxWidth: 18),
                .init("เหตุการณ์ความเสี่ยง Event", key: "event", maxWidth: 34),
                .init("ก่อนการควบคุม", key: "inherent"), .init("ปัจจุบัน", key: "current"), .init("คงเหลือ", key: "residual"),
                .init("สถานะ", key: "status"),
            ])
            let people = output.format == .table
            for row in rows {
                table.append([
                    row.id, people ? directory.department(row.department)?.name ?? row.department : row.department,
                    people ? categories[row.category]?.name.th ?? row.category : row.category, row.event,
                    row.scores[.inherent] ?? "-", row.scores[.current] ?? "-", row.scores[.residual] ?? "-",
                    people ? row.status.thai : row.status.rawValue,
                ])
            }
            Console.out(table.render(output.format, style: output.style), terminator: "")
            if output.format == .table { Console.err("\(table.rows.count) risk(s).") }
        }
    }
}
