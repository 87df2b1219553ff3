import ArgumentParser
import Presentation
import RiskRegister

/// `sujarit risk measure list`.
struct MeasureListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List measures with their latest status; --overdue for those past due (รายการมาตรการ).",
        discussion: """
            Overdue means past the due day and not done, on the --as-of day (default today in Bangkok).
            Examples:
              sujarit risk measure list --fy 2568 --overdue --as-of 1/4/2568
              sujarit risk measure list --issue-area "กลไก" --format md
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>
    @Option(help: ArgumentHelp("Only measures linked to this risk.", valueName: "id")) var risk: String?
    @Option(
        name: .customLong("issue-area"),
        help: ArgumentHelp("Only measures whose ITA issue area contains this text.", valueName: "text")) var issueArea:
        String?
    @Flag(help: "Only overdue measures.") var overdue = false

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            let riskID = try risk.map(RiskInput.riskID)
            let day = asOf.day(today: storeOptions.context.today)
            let ledger = try await RiskService(store: try storeOptions.open()).ledger()
            var table = Table(columns: [
                .init("รหัส ID", key: "id"), .init("มาตรการ Measure", key: "title", maxWidth: 40),
                .init("ผู้รับผิดชอบ", key: "owner", maxWidth: 24),
                .init("กำหนดเสร็จ Due", key: "due"), .init("สถานะ Status", key: "status"),
                .init("ความเสี่ยง Risks", key: "risks"),
                .init("ITA", key: "ita", maxWidth: 24),
            ])
            for measure in ledger.measures.values.sorted(by: { $0.id < $1.id }) {
                let m = measure.planned
                if let year, m.id.fiscalYear != year { continue }
                if let riskID, !m.risks.contains(riskID) { continue }
                if let issueArea, m.integrity?.issueArea.contains(issueArea) != true { continue }
                let late = measure.isOverdue(on: day)
                if overdue, !late { continue }
                let status = output.format == .table ? measure.status.thai : measure.status.rawValue
                table.append([
                    m.id.description, m.title, m.owner,
                    m.due.map { $0.formatted(output.format == .table ? .thaiMedium : .iso) } ?? (m.timeframe ?? "-"),
                    late ? "\(status) ⚠ overdue" : status, m.risks.map(\.description).joined(separator: " "),
                    m.integrity.map { ($0.questions + $0.oitItems).joined(separator: " ") } ?? "",
                ])
            }
            Console.out(table.render(output.format, style: output.style), terminator: "")
            if output.format == .table {
                Console.err("\(table.rows.count) measure(s) as of \(day.formatted(.thaiMedium)).")
            }
        }
    }
}
