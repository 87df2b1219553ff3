import ArgumentParser
import ITA
import Presentation

/// `sujarit ita list`: the results recorded, one line a year.
struct ITAListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The ITA results recorded, with each year's overall score and band.",
        discussion: "Example: sujarit ita list --format csv"
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await RiskInput.run {
            let results = try await ITAService(store: try storeOptions.open()).results()
            if output.format == .json {
                Console.out(try JSONOutput.string(results.map(ITAOutput.Year.init)))
                if results.isEmpty { Console.err("No ITA result recorded yet: sujarit ita record --file FILE") }
                return
            }
            let machine = output.format != .table
            var table = Table(
                columns: [
                    .init("ปี", key: "fiscal_year"), .init("IIT", key: "iit", alignment: .trailing),
                    .init("EIT", key: "eit", alignment: .trailing),
                    .init("OIT", key: "oit", alignment: .trailing), .init("รวม", key: "overall", alignment: .trailing),
                    .init("ระดับ", key: "band"),
                ] + (machine ? [.init("band_th")] : []) + [
                    .init("กรอบ", key: "framework"), .init("ครั้งที่บันทึก", key: "revisions", alignment: .trailing),
                ])
            for result in results {
                let analysis = ITAAnalysis(result, top: 0)
                // CSV has no lists: the EIT's parts are one field, `91.33;97.58` (JSON gives them as an array).
                let eit = result.recorded.eit.map { $0.score.formatted() }.joined(separator: machine ? ";" : " / ")
                table.append(
                    [
                        .integer(result.fiscalYear.be, shown: String(result.fiscalYear.be)),
                        .score(result.recorded.iit),
                        .text(eit), .score(result.recorded.oit), .score(analysis.overall),
                    ]
                        + (machine
                            ? [.text(analysis.band.code), .text(analysis.band.name.th)]
                            : [.text("\(analysis.band.code) \(analysis.band.name.th)")])
                        + [.text(analysis.framework.description), .integer(result.revisions)])
            }
            Console.out(output.render(table), terminator: "")
            if results.isEmpty { Console.err("No ITA result recorded yet: sujarit ita record --file FILE") }
        }
    }
}
