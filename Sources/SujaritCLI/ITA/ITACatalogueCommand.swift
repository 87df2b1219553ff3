import ArgumentParser

/// `sujarit ita catalogue`: the OIT lists per year and agency type in Registers/ita.
struct ITACatalogueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Show or check a year's OIT item list (รายการข้อ OIT ของปี) from Registers/ita.",
        discussion: """
            Each fiscal year and agency type has its own list, Registers/ita/oit-YYYY-TYPE.yaml: the item \
            codes, titles, the evidence each asks for, and the purpose key that names the same duty in every \
            year (risk-assessment was O34 in 2566, O23 in 2568, O21 in 2569). Registers/ita/README.md shows how \
            to add next year's list from the NACC's manual.

            Examples:
              sujarit ita catalogue show --fy 2570
              sujarit ita catalogue show --fy 2569 --type state --format csv
              sujarit ita catalogue check --fy 2570
            """,
        subcommands: [ITACatalogueShowCommand.self, ITACatalogueCheckCommand.self]
    )
}
