import Agency
import ArgumentParser
import EventStore
import Foundation
import Presentation
import RiskRegister
import Sujarit

/// A likelihood or impact level typed on the command line: Thai digits are fine (`-l ๔`). Whether it is on
/// the matrix's scale is for the register to say, naming the scale.
struct LevelArgument: ExpressibleByArgument, Sendable {
    let value: Int
    init?(argument: String) {
        guard let value = Int(ThaiDigits.toArabic(argument.trimmingCharacters(in: .whitespaces))) else { return nil }
        self.value = value
    }
}

/// Parsing option values for the risk commands and running them with clear errors.
enum RiskInput {
    static func riskID(_ text: String) throws -> RiskID { try RiskID(parsing: text) }
    static func measureID(_ text: String) throws -> MeasureID { try MeasureID(parsing: text) }

    static func kind(_ text: String, option: String = "--kind") throws -> ScoreKind {
        guard let kind = ScoreKind(text: text) else {
            throw ValidationError("\(option) must be inherent, current or residual (got '\(text)').")
        }
        return kind
    }

    /// Runs a command body; a domain or file error is printed as its message on standard error and the
    /// command exits 1 (argument errors keep ArgumentParser's usage text).
    static func run(_ body: () async throws -> Void) async throws {
        try await CommandFailure.report(body)
    }

    /// The `Registers/` folder: the option, `$SUJARIT_REGISTERS`, `./Registers`, or the one beside the build.
    static func registers(_ option: String?) throws -> String {
        if let option { return option }
        if let env = ProcessInfo.processInfo.environment["SUJARIT_REGISTERS"], !env.isEmpty { return env }
        return try DemoFiles.path("Registers")
    }

    /// A staff member's name with the id, when the directory knows them.
    static func name(_ id: String, in directory: AgencyDirectory) -> String {
        directory.member(id).map { "\($0.name) (\(id))" } ?? id
    }
}

/// `--as-of`: the day derived facts (overdue, expired acceptances) are judged on.
struct AsOfOptions: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: .day(
            "The day to judge overdue measures and expired acceptances on (default: today in Bangkok).",
            valueName: "day"),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    /// The day given, or `today`: the command context's day, so that the command has one "today".
    func day(today: CalendarDate) -> CalendarDate { asOf ?? today }
}
