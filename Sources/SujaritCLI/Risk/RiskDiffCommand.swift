import ArgumentParser
import Presentation
import RiskRegister
import Sujarit

/// `sujarit risk diff --from 2567 --to 2568`.
struct RiskDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how a year's register differs from the year before (เปรียบเทียบทะเบียน).",
        discussion: """
            Risks are paired by their copy-forward link. With --format json or csv, change says what happened \
            to each pair: changed (one row per field), unchanged, added or dropped.
            Examples:
              sujarit risk diff --from 2567 --to 2568
              sujarit risk diff --from 2567 --to 2568 --format csv > diff.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var years: YearPairOptions

    func run() async throws {
        try await RiskInput.run {
            let source = years.from, target = years.to
            let diff = try await RiskService(store: try storeOptions.open()).ledger().diff(from: source, to: target)
            // One row per changed field; scripts read what happened as a code (changed, unchanged, added,
            // dropped) and null where a row has no risk, field or value; people read a Thai note in the field.
            let machine = output.format != .table
            var table = Table(
                columns: [.init("ปีก่อน", key: "from"), .init("ปีนี้", key: "to")]
                    + (machine ? [.init("การเปลี่ยนแปลง", key: "change")] : []) + [
                        .init("ข้อมูล Field", key: "field"), .init("เดิม Old", key: "old", maxWidth: 36),
                        .init("ใหม่ New", key: "new", maxWidth: 36),
                    ])
            func row(_ from: RiskID?, _ to: RiskID?, _ change: String, note: String, field: RegisterDiff.Field? = nil) {
                table.append(
                    [.text(from?.description), .text(to?.description)] + (machine ? [.text(change)] : [])
                        + [.text(field?.name ?? (machine ? nil : note)), .text(field?.old), .text(field?.new)])
            }
            for change in diff.carried {
                if change.fields.isEmpty { row(change.from, change.to, "unchanged", note: "(ไม่เปลี่ยน unchanged)") }
                for field in change.fields { row(change.from, change.to, "changed", note: "", field: field) }
            }
            for id in diff.added { row(nil, id, "added", note: "(ใหม่ added)") }
            for id in diff.dropped { row(id, nil, "dropped", note: "(ไม่ยกยอด dropped)") }
            Console.out(output.render(table), terminator: "")
        }
    }
}
