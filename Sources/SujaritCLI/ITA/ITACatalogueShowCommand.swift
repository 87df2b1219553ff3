import ArgumentParser
import Foundation
import ITA
import Presentation

/// `sujarit ita catalogue show`: a year's OIT list, its windows, weights and bands.
struct ITACatalogueShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a year's OIT items with their purposes and evidence, and the year's windows and weights.",
        discussion: """
            Without --type, every agency type the year has a list for is shown. Items not confirmed against \
            the year's NACC manual are marked ยังไม่ยืนยัน (confirmed: false in the file).

            Examples:
              sujarit ita catalogue show --fy 2570
              sujarit ita catalogue show --fy 2566 --type local --format json
            """
    )

    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>
    @OptionGroup var catalogueOptions: ITACatalogueOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await RiskInput.run {
            let library = try catalogueOptions.library()
            let year = fiscalYear.year
            let types = catalogueOptions.givenType.map { [$0] } ?? [.localGovernment, .stateAgency]
            let catalogues = types.compactMap { library.catalogue(year, type: $0) }
            guard !catalogues.isEmpty else {
                _ = try library.require(year, type: types[0])
                return
            }
            let frameworks = try ITAFramework.loadFolder(try catalogueOptions.folder())
            let machine = output.format != .table
            var table = Table(
                columns: [
                    .init("ประเภท", key: "agency_type"), .init("ข้อ", key: "code"),
                    .init("รายการ", key: "title", maxWidth: 44),
                    .init("หน้าที่ (purpose)", key: "purposes", maxWidth: 30),
                    .init("หลักฐานที่ขอ", key: "evidence", maxWidth: 48), .init("ยืนยันแล้ว", key: "confirmed"),
                ] + (machine ? [.init("fiscal_year")] : []))
            for catalogue in catalogues {
                for item in catalogue.items {
                    // CSV has no lists: the purpose keys are one field, separated by spaces.
                    table.append(
                        [
                            .text(catalogue.agencyType.catalogueKey), .text(item.code), .text(item.title),
                            .text(item.purposes.joined(separator: machine ? " " : ", ")), .text(item.evidence),
                            .bool(item.confirmed, yes: "ยืนยัน", no: "ยังไม่ยืนยัน"),
                        ] + (machine ? [.integer(year.be)] : []))
                }
            }
            guard output.format == .table else {
                Console.out(output.render(table), terminator: "")
                return
            }
            let style = output.style
            for catalogue in catalogues {
                Console.out(
                    style.paint(
                        "รายการข้อ OIT ปี \(year.be) — \(catalogue.agencyType.thai) (\(catalogue.agencyType.catalogueKey))",
                        .bold))
                Console.out("  ที่มา: \(catalogue.source)")
                if let framework = frameworks[year] {
                    Console.out(
                        """
                          กรอบ \(framework.key): IIT \(framework.weights.iit) · EIT \(framework.weights.eit) · OIT \
                        \(framework.weights.oit) · ผ่าน \(framework.passMark) · \
                        \(framework.bands.map { "\($0.code) ≥ \($0.minimum)" }.joined(separator: ", "))
                        """)
                }
                for window in catalogue.windows {
                    Console.out(
                        """
                          \(window.name.th): \(window.from.formatted(.thaiMedium)) – \(window.to.formatted(.thaiMedium))\
                        \(window.confirmed ? "" : " (ยังไม่ยืนยัน)")
                        """)
                }
                if !catalogue.knownGaps.isEmpty {
                    Console.out("  ยังไม่ได้ลงรายการ: \(ITACode.compact(catalogue.knownGaps))")
                }
            }
            Console.out("")
            Console.out(table.render(output.format, style: style), terminator: "")
        }
    }
}
