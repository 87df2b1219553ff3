import ArgumentParser
import Presentation
import Procurement

/// `sujarit procurement imports`: the files imported so far, with their digests.
struct ProcurementImportsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imports",
        abstract: "List the feed and contract files imported, with their SHA-256 (ไฟล์ที่นำเข้า).",
        discussion: "Check a file against the record with sha256sum. Example: sujarit procurement imports --format csv"
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let machine = output.format != .table
        var table = Table(
            columns: [
                .init("#", key: "sequence", alignment: .trailing), .init("เมื่อ When", key: "recorded_at"),
                .init("โดย By", key: "actor"),
                .init("ชนิด Kind", key: "kind"), .init("ไฟล์ File", key: "file", maxWidth: 40),
                .init("หน่วยงาน Dept", key: "department_id"),
                .init("SHA-256", key: "sha256"),
            ] + (machine ? [.init("bytes"), .init("items_read"), .init("records")] : []) + [
                .init("สรุป Summary", key: "summary")
            ])
        for record in try await ProcurementReadModel.imports(
            in: try await ProcurementScope.agency(of: try storeOptions.open()))
        {
            var summary = ""
            var counts: (bytes: Int64, read: Int, records: Int)?
            if let feed = record.feed {
                summary =
                    "\(feed.itemsRead) items, \(feed.announcements) announcements, \(feed.withoutID) without id"
                    + (feed.truncatedPage ? ", truncated page" : "")
                    + (feed.variant.map { ", variant \($0.rawValue)" } ?? "")
                    + (feed.idsFromLink.map { ", \($0) id(s) from links" } ?? "")
                    + (feed.departmentKind.map { ", \($0.rawValue) id" } ?? "")
                counts = (feed.bytes, feed.itemsRead, feed.announcements)
            } else if let contracts = record.contracts {
                summary =
                    """
                    \(contracts.rowsRead) rows, \(contracts.records) records, \
                    \(contracts.scientificTaxIDs + contracts.invalidTaxIDs) tax ids unknown
                    """
                    + (contracts.provenance.map { ", variant \($0.variant)" } ?? "")
                counts = (contracts.bytes, contracts.rowsRead, contracts.records)
            }
            let when = Table.Cell(
                text: TimeFormatting.thai(record.recordedAt), value: .string(TimeFormatting.iso(record.recordedAt)))
            table.append(
                [
                    .integer(Int(record.sequence)), when, .text(record.actor), .text(record.kind.rawValue),
                    .text(record.file), .text(record.departmentID),
                    .text(machine ? record.sha256 : String(record.sha256.prefix(16)) + "…"),
                ]
                    + (machine
                        ? [
                            .integer(counts.map { Int($0.bytes) }), .integer(counts?.read),
                            .integer(counts?.records),
                        ] : []) + [.text(summary)])
        }
        Console.out(output.render(table), terminator: "")
    }
}
