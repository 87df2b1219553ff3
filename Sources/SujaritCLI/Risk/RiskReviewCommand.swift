import ArgumentParser
import Presentation
import RiskRegister

/// `sujarit risk review`: what needs attention on a day.
struct RiskReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Overdue measures, expired acceptances and residual warnings on a day (สิ่งที่ต้องติดตาม).",
        discussion: """
            Derived each time from the register and the --as-of day (default: today in Bangkok), never stored. \
            Exits 0 whether or not there is anything to look at.
            Examples:
              sujarit risk review --fy 2568 --as-of 1/4/2568
              sujarit risk review --fy 2568 --format json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            let day = asOf.day(today: storeOptions.context.today)
            let ledger = try await RiskService(store: try storeOptions.open()).ledger()
            let warnings = ledger.warnings(fiscalYear: year, on: day)
            // Scripts read the message in Thai and English apart; people read the Thai.
            let machine = output.format != .table
            var table = Table(
                columns: [.init("เรื่อง", key: "subject"), .init("ประเภท Kind", key: "kind")]
                    + (machine
                        ? [.init("รายละเอียด", key: "message_th"), .init("Detail", key: "message_en")]
                        : [.init("รายละเอียด", key: "message")]))
            for warning in warnings {
                table.append(
                    [.text(warning.subject), .text(warning.kind.rawValue), .text(warning.message.th)]
                        + (machine ? [.text(warning.message.en)] : []))
            }
            Console.out(output.render(table), terminator: "")
            Console.err("\(warnings.count) item(s) to look at as of \(day.formatted(.thaiMedium)).")
        }
    }
}
