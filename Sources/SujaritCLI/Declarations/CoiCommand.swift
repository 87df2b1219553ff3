import ArgumentParser

/// `sujarit coi`: conflict-of-interest declarations (การแสดงการมีส่วนได้เสีย).
struct CoiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coi",
        abstract: "Conflict-of-interest declarations, per year and per procurement (การแสดงการมีส่วนได้เสีย).",
        discussion: """
            Every official declares once a year, and every procurement officer and \
            committee member signs a แบบแสดงความบริสุทธิ์ใจ for each project, in their \
            role. A declared interest in a procurement records the signer's recusal. \
            Amendments, date corrections and withdrawals are new events: the history stays.

            Names and details are shown only to the internal auditor and the legal \
            officer (--as <staff id>); everyone else sees totals.

            Examples:
              sujarit coi committee set --project 67119000333 \\
                  --member surachai:e-bidding-chair --member rusdee:e-bidding-member
              sujarit coi declare --person surachai --fy 2568 --no-interest \\
                  --on "1 ต.ค. 67"
              sujarit coi declare --person rusdee --project 67119000333 \\
                  --role e-bidding-member \\
                  --interest "party=หจก. รุ่งเรืองการโยธา; tax=0963550000121; rel=relative"
              sujarit coi missing --project 67119000333 --as anan
            """,
        subcommands: [
            CoiDeclareCommand.self, CoiAmendCommand.self, CoiCorrectCommand.self, CoiWithdrawCommand.self,
            CoiListCommand.self,
            CoiShowCommand.self, CoiMissingCommand.self, CoiCommitteeCommand.self, CoiImportCommand.self,
        ]
    )
}
