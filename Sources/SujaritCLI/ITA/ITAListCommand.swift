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
            var table = Table(columns: [
                .init("ปี", key: "fiscal_year"), .init("IIT", key: "iit", alignment: .trailing),
                .init("EIT", key: "eit", alignment: .trailing),
                .init("OIT", key: "oit", alignment: .trailing), .init("รวม", key: "overall", alignment: .trailing),
                .init("ระดับ", key: "band"),
                .init("กรอบ", key: "framework"), .init("ครั้งที่บันทึก", key: "revisions", alignment: .trailing),
            ])
            for result in results {
                let analysis = ITAAnalysis(result, top: 0)
                table.append([
                    String(result.fiscalYear.be), result.recorded.iit.formatted(),
                    result.recorded.eit.map { $0.score.formatted() }.joined(separator: " / "),
                    result.recorded.oit.formatted(),
                    analysis.overall.formatted(), "\(analysis.band.code) \(analysis.band.name.th)",
                    analysis.framework.description, String(result.revisions),
                ])
            }
            Console.out(table.render(output.format, style: output.style), terminator: "")
            if results.isEmpty { Console.err("No ITA result recorded yet: sujarit ita record --file FILE") }
        }
    }
}
