import ArgumentParser
import Sujarit

extension CalendarDate {
    /// Reads a date option with ``CalendarDate/parse(_:)``: ISO, day/month/BE year, Thai month names and Thai
    /// digits. Options declare it as `transform: CalendarDate.argument` rather than through
    /// `ExpressibleByArgument`, whose `init?(argument:)` can only say "invalid": ArgumentParser prints a thrown
    /// error after the option's name, so a refused value says why (`31 เม.ย. 68`: April has 30 days).
    ///
    /// - Throws: ``CalendarDateError`` for text that is not a real day in an accepted form.
    static func argument(_ text: String) throws -> CalendarDate {
        try CalendarDate.parse(text)
    }
}

extension ArgumentHelp {
    /// Help for a date option: `abstract`, then the accepted forms, so that a refused value's error (which
    /// repeats this line under the reason) tells the clerk how to write the day.
    ///
    /// - Parameters:
    ///   - abstract: what the day is and its default, e.g. "The day of the decision (default: today)."
    ///   - valueName: the placeholder in the usage line.
    static func day(_ abstract: String, valueName: String = "date") -> ArgumentHelp {
        ArgumentHelp("\(abstract) Write it as \(CalendarDateError.acceptedForms).", valueName: valueName)
    }
}
