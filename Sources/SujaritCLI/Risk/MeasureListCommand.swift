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
              sujarit risk measure list --fy 2568 --format json
            With --format json or csv: due is an ISO date (null when the plan gives only a timeframe), status \
            is a code with status_th beside it, overdue is true or false.
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
            // Scripts read the due day as a date (null when the plan gives only a timeframe), the status code
            // and its Thai label apart, overdue as true or false, and the linked ids separated by spaces.
            let machine = output.format != .table
            var table = Table(
                columns: [.init("รหัส ID", key: "id")] + (machine ? [.init("ปีงบประมาณ", key: "fiscal_year")] : []) + [
                    .init("มาตรการ Measure", key: "title", maxWidth: 40), .init("ผู้รับผิดชอบ", key: "owner", maxWidth: 24),
                    .init("กำหนดเสร็จ Due", key: "due"),
                ] + (machine ? [.init("ช่วงเวลา", key: "timeframe")] : []) + [.init("สถานะ Status", key: "status")]
                    + (machine ? [.init("สถานะ (ไทย)", key: "status_th"), .init("เลยกำหนด", key: "overdue")] : [])
                    + [.init("ความเสี่ยง Risks", key: "risks"), .init("ITA", key: "ita", maxWidth: 24)])
            for measure in ledger.measures.values.sorted(by: { $0.id < $1.id }) {
                let m = measure.planned
                if let year, m.id.fiscalYear != year { continue }
                if let riskID, !m.risks.contains(riskID) { continue }
                if let issueArea, m.integrity?.issueArea.contains(issueArea) != true { continue }
                let late = measure.isOverdue(on: day)
                if overdue, !late { continue }
                let risks = Table.Cell.text(m.risks.map(\.description).joined(separator: " "))
                let ita = Table.Cell.text(m.integrity.map { ($0.questions + $0.oitItems).joined(separator: " ") } ?? "")
                if machine {
                    let year = m.id.fiscalYear.be
                    table.append([
                        .text(m.id.description), .integer(year, shown: String(year)), .text(m.title), .text(m.owner),
                        .date(m.due, shown: m.due?.formatted(.iso) ?? ""), .text(m.timeframe),
                        .text(measure.status.rawValue), .text(measure.status.thai), .bool(late), risks, ita,
                    ])
                } else {
                    let status = measure.status.thai
                    table.append([
                        .text(m.id.description), .text(m.title), .text(m.owner),
                        .text(m.due?.formatted(.thaiMedium) ?? m.timeframe ?? "-"),
                        .text(late ? "\(status) ⚠ overdue" : status), risks, ita,
                    ])
                }
            }
            Console.out(output.render(table), terminator: "")
            if output.format == .table {
                Console.err("\(table.rows.count) measure(s) as of \(day.formatted(.thaiMedium)).")
            }
        }
    }
}
