import ArgumentParser

/// `sujarit risk measure`: measures against risks (O35) and the integrity plan (O42–O43).
struct MeasureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Measures and their progress (มาตรการและการติดตามผล).",
        discussion: """
            A measure answers one or more risks, an ITA issue area (with its IIT/EIT questions and OIT items), or \
            both. Whole plans import with 'sujarit risk import' (see Registers/examples/takbai/risks-plan-2567.yaml).
            """,
        subcommands: [
            MeasureAddCommand.self, MeasureListCommand.self, MeasureProgressCommand.self, MeasureAmendCommand.self,
        ]
    )
}
