import Agency
import ArgumentParser
import EventStore
import ITA
import Presentation
import Reporting
import RiskRegister
import Sujarit

/// `sujarit ita analyze`: a year's score, band, weakest questions and what answers them.
struct ITAAnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "A year's overall ITA score, band, weakest questions, and the OIT items and measures tied to them.",
        discussion: """
            The overall score is computed exactly with the year's weights and rounded half-up to two decimals \
            at the end. Questions are ranked by their lowest part score. The OIT items come from the links in \
            Registers/ita; the measures are those of the risk register and integrity plan (this year's and later) \
            that name the question or one of those items. OIT item results are compared with the previous \
            year's by duty (the purpose key of each year's list), not by number: the NACC renumbers the items.

            Examples:
              sujarit ita analyze --fy 2566
              sujarit ita analyze --fy 2566 --top 5 --format json
              sujarit ita analyze --fy 2570 --type local
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>
    @Option(help: ArgumentHelp("How many weak questions to list (default 10).", valueName: "n")) var top: Int = 10
    @OptionGroup var catalogueOptions: ITACatalogueOptions

    func run() async throws {
        try await RiskInput.run {
            guard (1...100).contains(top) else { throw ITAError.invalidTop(String(top)) }
            let store = try storeOptions.open()
            let year = fiscalYear.year
            let service = ITAService(store: store)
            let result = try await service.requireResult(year)
            let previous = try await service.result(year.previous)
            let briefing = ITABriefing(
                result, previous: previous, ledger: try await RiskLedger.load(from: store), top: top,
                measureYears: { $0 >= year }
            )
            if output.format == .json {
                Console.out(try JSONOutput.string(ITAOutput.Analysis(result, briefing: briefing)))
                return
            }
            let machine = output.format != .table
            var table = Table(
                columns: [.init("ข้อ", key: "code"), .init("ประเด็น", key: "question", maxWidth: 40)]
                    + (machine ? [.init("lowest"), .init("mean")] : []) + [
                        .init("คะแนน", key: "scores", alignment: .trailing),
                        .init("ข้อ OIT", key: "oit_items", maxWidth: 30),
                        .init("มาตรการ", key: "measures", maxWidth: 64),
                    ])
            for weak in briefing.weakest {
                // A measure that names an OIT item rather than the question says which, so the link can be checked.
                let measures = weak.measures.map { measure in
                    let via = measure.via.contains(weak.code) ? "" : " (" + measure.via.joined(separator: " ") + ")"
                    return machine
                        ? "\(measure.id):\(measure.status.rawValue)"
                        : "\(measure.id) \(measure.status.shortLabel)\(via)"
                }
                // CSV has no lists: several scores, items or measures are one field, separated by `;` or spaces.
                table.append(
                    [.text(weak.code), .text(weak.text)]
                        + (machine ? [.score(weak.lowest), .score(weak.mean)] : []) + [
                            .text(weak.scores.map(\.description).joined(separator: machine ? ";" : " / ")),
                            .text(machine ? weak.oitItems.joined(separator: " ") : ITACode.compact(weak.oitItems)),
                            .text(
                                measures.isEmpty
                                    ? (machine ? nil : "ยังไม่มีมาตรการ") : measures.joined(separator: "; ")),
                        ])
            }
            if output.format == .table {
                let style = output.style
                Console.out(
                    style.paint(
                        """
                        ITA \(year.be) (framework \(briefing.framework)): \(briefing.overall) — \
                        \(briefing.bandCode) \(briefing.bandName)
                        """,
                        .bold))
                Console.out("  \(briefing.working)")
                for instrument in briefing.instruments {
                    Console.out(
                        """
                          \(instrument.code) \
                        \(instrument.score)\(instrument.parts.isEmpty ? "" : " (" + instrument.parts.joined(separator: ", ") + ")") \
                        × \(instrument.weight) = \(instrument.contribution)
                        """
                    )
                }
                if let change = briefing.change, let previousYear = briefing.previousYear,
                    let previousOverall = briefing.previousOverall
                {
                    Console.out("  เทียบกับปี \(previousYear.be) (\(previousOverall)): \(change)")
                }
                Console.out(
                    briefing.passes
                        ? style.paint("  ผ่านเกณฑ์ (\(briefing.passMark))", .green)
                        : style.paint("  ไม่ผ่านเกณฑ์ (\(briefing.passMark))", .red))
                Console.out("")
                Console.out(
                    style.paint(
                        """
                        ข้อคำถามที่ได้คะแนนต่ำสุด \(briefing.weakest.count) ข้อ (จาก \(briefing.questionCount), \
                        ต่ำกว่าเกณฑ์ผ่าน \(briefing.belowPassMark))
                        """,
                        .bold))
            }
            Console.out(output.render(table), terminator: "")
            if output.format == .table {
                for weak in briefing.weakest where !weak.issueAreas.isEmpty {
                    Console.out("  \(weak.code): \(weak.issueAreas.joined(separator: "; "))")
                }
                try await printItems(result, previous: previous, store: store)
            }
        }
    }

    /// The OIT item results beside last year's, matched by duty through each year's list.
    private func printItems(_ result: ITAResult, previous: ITAResult?, store: any EventStore) async throws {
        guard !result.recorded.oitItems.isEmpty || !(previous?.recorded.oitItems.isEmpty ?? true) else { return }
        let library = try catalogueOptions.library()
        let type = catalogueOptions.agencyType(profile: try await AgencyProfile.load(from: store))
        let comparison = ITAItemComparison.compare(
            current: result.recorded, currentCatalogue: library.catalogue(result.fiscalYear, type: type),
            previous: previous?.recorded,
            previousCatalogue: previous.flatMap { library.catalogue($0.fiscalYear, type: type) })
        var table = Table(columns: [
            .init("หน้าที่", key: "purpose", maxWidth: 40), .init("ปีก่อน", key: "previous"),
            .init("ปีนี้", key: "current"),
        ])
        for row in comparison.rows {
            table.append([
                library.purpose(row.purpose)?.name.th ?? row.purpose,
                row.previousCode.map { "\($0) \(row.previousResult ?? "")" } ?? "—",
                row.currentCode.map { "\($0) \(row.currentResult ?? "")" } ?? "—",
            ])
        }
        Console.out("")
        Console.out(output.style.paint("ผล OIT รายข้อ เทียบกับปีก่อนตามหน้าที่ของข้อ", .bold))
        Console.out(table.render(.table, style: output.style), terminator: "")
    }
}
