import ArgumentParser

/// `sujarit risk`: the corruption-risk register (O34) and its measures (O35, O42–O43).
struct RiskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "Corruption-risk register, committee scoring and measures (ทะเบียนความเสี่ยงการทุจริต O34–O35).",
        discussion: """
            A year with the register, in order:
              1. sujarit agency load Registers/examples/takbai/agency.yaml
              2. sujarit risk configure          (categories and matrices from Registers/)
              3. sujarit risk import Registers/examples/takbai/risks-2568.yaml
              4. sujarit risk round --fy 2568 --kind inherent --as palad
              5. sujarit risk session --as nisa  (each member, one risk at a time)
              6. sujarit risk finalize --as palad
              7. sujarit heatmap --fy 2568 --both
              8. sujarit risk measure progress M-2568-001 --round 6m --status done
              9. sujarit risk review --as-of 1/4/2568
            """,
        subcommands: [
            RiskConfigureCommand.self,
            RiskImportCommand.self,
            RiskExportCommand.self,
            RiskAddCommand.self,
            RiskListCommand.self,
            RiskShowCommand.self,
            RiskRoundCommand.self,
            RiskScoreCommand.self,
            RiskSessionCommand.self,
            RiskResolveCommand.self,
            RiskFinalizeCommand.self,
            RiskAssessCommand.self,
            RiskAcceptCommand.self,
            RiskReviewCommand.self,
            RiskCopyForwardCommand.self,
            RiskDiffCommand.self,
            MeasureCommand.self,
        ]
    )
}
