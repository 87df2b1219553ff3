import ArgumentParser
import Foundation
import ITA
import Presentation
import Reporting
import Sujarit

/// `sujarit ita checklist`: every OIT item of the year, what Sujarit makes for it and whether it is ready.
struct ITAChecklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Every OIT item of a year: what Sujarit makes for it, ready or what is missing, due day, URL.",
        discussion: """
            The items come from the year's list for the agency's type (agency profile set --type, or --type). \
            For each: the report Sujarit makes for it and the register it is built from, its state as the log \
            stood at the end of --as-of (ready, incomplete with what is missing, or not Sujarit's — the agency \
            publishes it itself), the last day of the year's OIT window, and the address recorded with \
            'sujarit ita publish'.

            Examples:
              sujarit ita checklist --fy 2570
              sujarit ita checklist --fy 2570 --as-of "30 เม.ย. 2570" --format csv > checklist.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>
    @OptionGroup var catalogueOptions: ITACatalogueOptions
    @OptionGroup var output: OutputOptions
    @Option(
        name: .customLong("as-of"), help: .day("Read the log as it stood at the end of this day.", valueName: "day"),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year(on: storeOptions.context.today)
            let checklist = try await ITAEvidenceRun.build(
                store: storeOptions, year: year, asOf: asOf, catalogueOptions: catalogueOptions
            ).evidence.checklist
            if output.format == .json {
                Console.out(try JSONOutput.string(checklist))
                return
            }
            let machine = output.format != .table
            var table = Table(
                columns: [
                    .init("ข้อ", key: "code"), .init("รายการ", key: "title", maxWidth: 36),
                    .init("ยืนยัน", key: "confirmed"), .init("Sujarit จัดทำ", key: "produces", maxWidth: 36),
                    .init("สถานะ", key: "state"),
                ] + (machine ? [.init("state_th")] : []) + [
                    .init("ที่ยังขาด", key: "missing", maxWidth: 48), .init("กำหนด", key: "due"),
                    .init("URL", key: "url", maxWidth: 40),
                ])
            for line in checklist.lines {
                let title = line.title ?? line.purposeNames.joined(separator: " / ")
                // CSV has no lists: what Sujarit makes and what is missing are one field each, `;` between.
                table.append(
                    [
                        .text(line.code), .text(title), .bool(line.confirmed, yes: "ยืนยัน", no: "ยังไม่ยืนยัน"),
                        .text(line.produces.isEmpty && machine ? nil : line.produces.joined(separator: "; ")),
                        .text(machine ? line.state.rawValue : line.state.thai),
                    ] + (machine ? [.text(line.state.thai)] : []) + [
                        .text(line.missing.isEmpty && machine ? nil : line.missing.joined(separator: "; ")),
                        .date(line.due, shown: line.due?.formatted(.thaiMedium) ?? ""), .text(line.url),
                    ])
            }
            if output.format == .table {
                Console.out(
                    output.style.paint(
                        "รายการข้อ OIT ปี \(year.be) (\(checklist.agencyType)) ณ \(checklist.asOf.formatted(.thaiMedium))",
                        .bold))
            }
            Console.out(output.render(table), terminator: "")
            if output.format == .table {
                Console.out(
                    """
                    พร้อม \(checklist.count(.ready)) · ยังไม่ครบ \(checklist.count(.incomplete)) · \
                    ไม่ใช่ข้อที่ Sujarit จัดทำ \(checklist.count(.notSujarits)) — ที่มา: \(checklist.source)
                    """)
            }
        }
    }
}
