import ArgumentParser

/// `sujarit ita`: the agency's ITA results and what they say.
struct ITACommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ita",
        abstract: "ITA results, analysis, OIT lists, checklist and evidence pack (การประเมินคุณธรรมและความโปร่งใส).",
        discussion: """
            Each year is scored with that year's weights and bands, read from Registers/ita/fyYYYY.yaml \
            (FY2566–2568: 0.30 IIT + 0.30 EIT + 0.40 OIT, the EIT the mean of its parts, pass 85, AA from 95; \
            2569–2570 carry them over until the NACC's manual is entered). Each year's OIT items, per agency \
            type, are in Registers/ita/oit-YYYY-TYPE.yaml (see Registers/ita/README.md).

            Examples:
              sujarit ita record --file Registers/examples/takbai/ita-2566.yaml
              sujarit ita record --fy 2567 --iit 93.17 --eit 91.33 --eit 97.58 --oit 100 --question I25=87.54
              sujarit ita analyze --fy 2566 --top 5
              sujarit ita list
              sujarit ita catalogue show --fy 2570
              sujarit ita checklist --fy 2570
              sujarit ita pack --fy 2570 --out ita-2570
              sujarit ita publish O21 --fy 2570 --url https://www.takbai.go.th/ita/2570/o21
            """,
        subcommands: [
            ITARecordCommand.self, ITAAnalyzeCommand.self, ITAListCommand.self, ITACatalogueCommand.self,
            ITAChecklistCommand.self, ITAPackCommand.self, ITAPublishCommand.self,
        ]
    )
}
