import ArgumentParser

/// `sujarit ita`: the agency's ITA results and what they say.
struct ITACommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ita",
        abstract: "ITA results per fiscal year and their analysis (การประเมินคุณธรรมและความโปร่งใส).",
        discussion: """
            Each year is scored with that year's weights and bands, read from Registers/ita/fyYYYY.yaml \
            (FY2566–2568: 0.30 IIT + 0.30 EIT + 0.40 OIT, the EIT the mean of its parts, pass 85, AA from 95).

            Examples:
              sujarit ita record --file Registers/examples/takbai/ita-2566.yaml
              sujarit ita record --fy 2567 --iit 93.17 --eit 91.33 --eit 97.58 --oit 100 --question I25=87.54
              sujarit ita analyze --fy 2566 --top 5
              sujarit ita list
            """,
        subcommands: [ITARecordCommand.self, ITAAnalyzeCommand.self, ITAListCommand.self]
    )
}
