import ArgumentParser

/// `sujarit procurement`: the procurement read model built by `sujarit import`.
struct ProcurementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "procurement",
        abstract: "Projects imported from e-GP feeds and contract data (โครงการจัดซื้อจัดจ้าง).",
        discussion: """
            Each project joins its e-GP announcements (the timeline) with contract data \
            (budget, reference price, agreed price, winner, contract). Import with \
            'sujarit import egp' and 'sujarit import contracts'.

            Examples:
              sujarit procurement list --fy 2568 --dept 6960501
              sujarit procurement list --method specific --format csv > specific.csv
              sujarit procurement show 67119000333
              sujarit procurement imports
            """,
        subcommands: [ProcurementListCommand.self, ProcurementShowCommand.self, ProcurementImportsCommand.self]
    )
}
