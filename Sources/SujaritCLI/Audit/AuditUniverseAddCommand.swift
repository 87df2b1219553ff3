import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit universe add`: one subject by hand.
struct AuditUniverseAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a subject to the audit universe (เพิ่มหน่วยรับตรวจ).",
        discussion: """
            An existing id is refused unless --replace is given (the old record stays in the history). \
            Without --person-days the kind's default is used: department 20, process 15, fund 10, \
            procurement 20.

            Examples:
              sujarit audit universe add FIN-REV --kind process \\
                  --title "การจัดเก็บรายได้" --department FIN --risk-level high \\
                  --risk R-2568-008 --last-audited 30/09/2564 --person-days 25
              sujarit audit universe add FUND-HEALTH --kind fund \\
                  --title "กองทุนหลักประกันสุขภาพ" --risk-level medium
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The subject's id: capitals, digits and dashes, e.g. FIN-REV.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("department, process, fund or procurement.", valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp("The auditee or subject as the plan names it.", valueName: "text"))
    var title: String

    @Option(help: ArgumentHelp("The owning department's code (see 'sujarit agency departments').", valueName: "code"))
    var department: String?

    @Option(
        help: ArgumentHelp(
            "The audit unit's own assessment: low, medium, high, very-high (ต่ำ … สูงมาก).", valueName: "level"))
    var riskLevel: String?

    @Option(
        name: .customLong("risk"),
        help: ArgumentHelp("A linked risk in the risk register, e.g. R-2568-003 (repeat for more).", valueName: "id"))
    var risks: [String] = []

    @Option(
        help: .day("The day the last audit ended (leave out when never audited)."),
        transform: CalendarDate.argument)
    var lastAudited: CalendarDate?

    @Option(
        help: ArgumentHelp(
            "Person-days for one engagement (default by kind: department 20, process 15, fund 10, procurement 20).",
            valueName: "days"))
    var personDays: String?

    @Option(help: ArgumentHelp("Default objective for a plan entry.", valueName: "text"))
    var objective: String?

    @Option(help: ArgumentHelp("Default scope for a plan entry.", valueName: "text"))
    var scope: String?

    @Option(help: ArgumentHelp("Default method for a plan entry.", valueName: "text"))
    var method: String?

    @Flag(help: "Replace the subject if the id exists.")
    var replace = false

    func run() async throws {
        try await AuditInput.run {
            guard let kind = SubjectKind(text: self.kind) else { throw AuditPlansError.invalidKind(self.kind) }
            let level = try riskLevel.map { text in
                guard let level = AuditRiskLevel(text: text) else {
                    throw AuditPlansError.invalidRiskLevel(field: "--risk-level", text)
                }
                return level
            }
            let subject = AuditSubject(
                id: id, kind: kind, title: title, department: department, riskLevel: level, risks: risks,
                lastAudited: lastAudited,
                personDays: try AuditInput.personDays(personDays, option: "--person-days")
                    ?? PersonDayDefaults.standard.personDays(for: kind),
                objective: objective, scope: scope, method: method
            )
            let changes = try await AuditInput.service(try storeOptions.open()).addSubject(
                subject, replace: replace, context: storeOptions.context)
            if let added = changes.added.first {
                Console.out("Added \(added.id) \(added.title) (\(added.kind.label.th), \(added.personDays) วัน-คน).")
            } else if let changed = changes.changed.first {
                Console.out("Replaced \(changed.id) \(changed.title).")
            } else {
                Console.out("\(try AuditSubject.normalizedID(id)) is already recorded exactly so; nothing changed.")
            }
        }
    }
}
