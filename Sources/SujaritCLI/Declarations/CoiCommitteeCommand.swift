import ArgumentParser
import Declarations
import EventStore
import Sujarit

/// `sujarit coi committee`: who sits on a procurement's committees.
struct CoiCommitteeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "committee",
        abstract: "Record who sits on a procurement's committees (คณะกรรมการ).",
        subcommands: [CoiCommitteeSetCommand.self, CoiCommitteeShowCommand.self]
    )
}

/// `sujarit coi committee set`: records (or replaces) a project's committee list.
struct CoiCommitteeSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record the members of a project's committees, replacing any earlier list.",
        discussion: """
            One --member ID:ROLE per seat; a person on two committees is listed twice.
            Example: sujarit coi committee set --project 67119000333 \\
                --appointed "15 ต.ค. 67" --order "คำสั่งที่ 412/2567" \\
                --member surachai:e-bidding-chair --member rusdee:e-bidding-member \\
                --member kittipong:officer --member surachai:inspection-chair
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The e-GP project number.", valueName: "number"))
    var project: String

    @Option(
        help: ArgumentHelp(
            "A seat as staff id and role, e.g. surachai:inspection-chair (repeatable).", valueName: "id:role"))
    var member: [String] = []

    @Option(help: .day("The date of the appointment order."), transform: CalendarDate.argument)
    var appointed: CalendarDate?

    @Option(help: ArgumentHelp("The appointment order's reference.", valueName: "text"))
    var order: String?

    func run() async throws {
        let number = try EGPProjectID(projectNumber: project)
        let seats = try member.map(CommitteeSeat.init(parsing:))
        let appointedOn = appointed
        let rules = try CommitteeWarnings.rules()
        let store = try storeOptions.open()
        let committee = try await DeclarationService(store: store).recordCommittee(
            number, seats: seats, appointedOn: appointedOn, order: order, context: storeOptions.context
        )
        Console.out(
            """
            Recorded \(committee.seats.count) seat(s) for \
            \(number)\(committee.version > 1 ? ", replacing the earlier list" : ""). Check declarations with: \
            sujarit coi missing --project \(number)
            """
        )
        try await CommitteeWarnings.print(number, store: store, rules: rules)
    }
}

/// The committee warnings the `coi` commands print after recording (clause 26 separation, quorum after recusals).
enum CommitteeWarnings {
    /// The rules in force: `committee-rules.yaml` in the registers folder (`$SUJARIT_REGISTERS`, `./Registers`
    /// or beside the build), else the regulation's own numbers.
    static func rules() throws -> CommitteeRules {
        try CommitteeRules.resolve(registers: try? RiskInput.registers(nil))
    }

    /// Prints to standard error what `project`'s committee, as now recorded, breaks; `place` (file:line)
    /// starts each line when the committee came from a file. Returns the warnings printed.
    @discardableResult
    static func print(
        _ project: EGPProjectID, store: any EventStore, place: String? = nil, rules: CommitteeRules
    ) async throws -> [CommitteeWarning] {
        guard let seats = try await DeclarationQueries.seats(store, project: project) else { return [] }
        let warnings = rules.warnings(seats)
        for warning in warnings {
            Console.err(
                """
                Warning (คำเตือน) \(place.map { "\($0) " } ?? "")\(project): \(warning.label.th) / \
                \(warning.label.en).
                """)
        }
        return warnings
    }
}
