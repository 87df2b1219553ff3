import ArgumentParser
import Sujarit

/// `--from 2567 --to 2568`: last year's register and the new year's, for the commands that carry a register
/// forward or compare the two (`risk copy-forward`, `risk diff`).
struct YearPairOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Last year: \(FiscalYear.acceptedForms).", valueName: "year"),
        transform: FiscalYear.argument)
    var from: FiscalYear

    @Option(
        help: ArgumentHelp("The new year: \(FiscalYear.acceptedForms).", valueName: "year"),
        transform: FiscalYear.argument)
    var to: FiscalYear
}
