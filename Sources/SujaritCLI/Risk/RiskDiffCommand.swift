import ArgumentParser
import Presentation
import RiskRegister
import Sujarit

/// `sujarit risk diff --from 2567 --to 2568`.
struct RiskDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how a year's register differs from the year before (เปรียบเทียบทะเบียน).",
        discussion: "Risks are paired by their copy-forward link. Example: sujarit risk diff --from 2567 --to 2568"
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var years: YearPairOptions

    func run() async throws {
        try await RiskInput.run {
            let source = years.from, target = years.to
            let diff = try await RiskService(store: try storeOptions.open()).ledger().diff(from: source, to: target)
            var table = Table(columns: [
                .init("ปีก่อน", key: "from"), .init("ปีนี้", key: "to"), .init("ข้อมูล Field", key: "field"),
                .init("เดิม Old", key: "old", maxWidth: 36), .init("ใหม่ New", key: "new", maxWidth: 36),
            ])
            for change in diff.carried {
                if change.fields.isEmpty {
                    table.append([change.from.description, change.to.description, "(ไม่เปลี่ยน unchanged)"])
                }
                for field in change.fields {
                    table.append([change.from.description, change.to.description, field.name, field.old, field.new])
                }
            }
            for id in diff.added { table.append(["", id.description, "(ใหม่ added)"]) }
            for id in diff.dropped { table.append([id.description, "", "(ไม่ยกยอด dropped)"]) }
            Console.out(table.render(output.format, style: output.style), terminator: "")
        }
    }
}
