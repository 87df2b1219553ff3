import ArgumentParser

/// `sujarit import`: bringing published procurement data into the store.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import e-GP announcement feeds and contract data (นำเข้าข้อมูลจัดซื้อจัดจ้าง).",
        discussion: """
            Each file is imported whole or not at all, and importing a file again (or \
            an overlapping one) adds only what is new. See what was imported with \
            'sujarit procurement list' and 'sujarit procurement imports'.

            Examples:
              sujarit import egp Imports/examples --dept 6960501 \\
                  --dept-name "เทศบาลเมืองตากใบ"
              sujarit import egp feed-2025-01-14.xml feed-2025-03-20.xml.gz --dept 6960501
              sujarit import contracts Imports/examples/takbai-contracts-2568.csv
              sujarit import bidders Imports/examples/takbai-cost-bidders-2568.csv
            """,
        subcommands: [ImportEGPCommand.self, ImportContractsCommand.self, ImportBiddersCommand.self]
    )
}
