import ArgumentParser
import Sujarit

/// `--fy`: the fiscal year a command works on, typed as a ``FiscalYear`` and read by ``FiscalYear/argument(_:)``,
/// so that a refused year names `--fy` and says why.
///
/// Commands differ in what leaving `--fy` out means, and `Default` says which, in the type the command
/// declares: `FiscalYearOption<CurrentFiscalYear>` works on this year, `FiscalYearOption<EveryFiscalYear>`
/// lists all years, `FiscalYearOption<RequiredFiscalYear>` refuses to run without one, and
/// `FiscalYearOption<OpenRoundFiscalYear>` picks the one open scoring round, and
/// `FiscalYearOption<FiscalYearIfNeeded>` goes with another option (`--annual`, `--to-risk`, scores without
/// `--file`). The help line states the default, so a clerk reads it in `--help`.
struct FiscalYearOption<Default: FiscalYearDefault>: ParsableArguments {
    @Option(
        name: .customLong("fy"),
        help: ArgumentHelp("The fiscal year: \(FiscalYear.acceptedForms)\(Default.helpNote).", valueName: "year"),
        transform: FiscalYear.argument)
    var given: FiscalYear?

    /// The year to work on, resolved by `Default` when `--fy` was left out, with today read from the clock.
    /// A command that reads a ``CommandContext`` uses ``year(on:)`` instead, so its year and its "today" agree.
    var year: Default.Year { year(on: CalendarDate.today()) }

    /// The year to work on, resolved by `Default` when `--fy` was left out, counting `today` as today (the
    /// command context's day, so that a run around midnight does not take its year from one day and its
    /// round or checks from another).
    func year(on today: CalendarDate) -> Default.Year { Default.resolve(given, today: today) }

    /// Refuses a run without `--fy` when `Default` requires one, before anything is opened.
    func validate() throws {
        if Default.isRequired, given == nil {
            throw ValidationError("Missing expected argument '--fy <year>': give \(FiscalYear.acceptedForms).")
        }
    }
}

/// What a command does when `--fy` is left out; see ``FiscalYearOption``.
protocol FiscalYearDefault: Sendable {
    /// The year a command receives: a ``FiscalYear``, or an optional one when "no year" means something.
    associatedtype Year
    /// Ends the help line, saying the default, e.g. "; default: the current one".
    static var helpNote: String { get }
    /// Whether the command refuses to run without `--fy`.
    static var isRequired: Bool { get }
    /// The year to work on, given what was typed (nil: `--fy` left out) and the day the command counts as today.
    static func resolve(_ given: FiscalYear?, today: CalendarDate) -> Year
}

extension FiscalYearDefault {
    static var isRequired: Bool { false }
}

/// `--fy` defaults to the fiscal year today falls in, in Bangkok (plans, reports, the heatmap).
enum CurrentFiscalYear: FiscalYearDefault {
    static let helpNote = "; default: the current one"
    static func resolve(_ given: FiscalYear?, today: CalendarDate) -> FiscalYear {
        given ?? FiscalYear.containing(today)
    }
}

/// `--fy` narrows a list to one year; left out, the command shows every year.
enum EveryFiscalYear: FiscalYearDefault {
    static let helpNote = "; only that year's records (default: every year)"
    static func resolve(_ given: FiscalYear?, today: CalendarDate) -> FiscalYear? { given }
}

/// `--fy` must be given: the command records something for one year and will not guess which.
enum RequiredFiscalYear: FiscalYearDefault {
    static let helpNote = " (required)"
    static let isRequired = true
    static func resolve(_ given: FiscalYear?, today: CalendarDate) -> FiscalYear {
        // validate() has refused a run without --fy; the current year is never reached, only named for the type.
        given ?? FiscalYear.containing(today)
    }
}

/// `--fy` chooses the scoring round when rounds of several years are open; left out, the one open round.
enum OpenRoundFiscalYear: FiscalYearDefault {
    static let helpNote = "; needed only when rounds of several years are open"
    static func resolve(_ given: FiscalYear?, today: CalendarDate) -> FiscalYear? { given }
}

/// `--fy` goes with another option, which the command's overview names (`--annual`, `--to-risk`, scores
/// typed without `--file`); the command refuses a year it has no use for and asks for one it needs.
enum FiscalYearIfNeeded: FiscalYearDefault {
    static let helpNote = "; with the option that needs it (see the overview above)"
    static func resolve(_ given: FiscalYear?, today: CalendarDate) -> FiscalYear? { given }
}
