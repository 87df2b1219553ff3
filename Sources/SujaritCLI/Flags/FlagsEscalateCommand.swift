import ArgumentParser
import AuditPlans
import Oversight
import Sujarit

/// `sujarit flags escalate`: takes a flag to the risk register or the audit universe.
struct FlagsEscalateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract:
            """
            Take a flag further: a risk in the register (--to-risk) or an audit subject (--to-audit) \
            (ส่งต่อข้อสังเกต).
            """,
        discussion: """
            --to-risk enters a procurement risk in the register of --fy (by default the one \
            the committee is working on: the year of the open scoring round, else the latest \
            year with risks, else the flag's year), for the buying department (or \
            --department), worded without anyone's name, and links it to the flag in the \
            same step; score it in a committee round as any risk. \
            --to-audit adds a procurement subject to the audit universe (id: the flag's \
            id, or --subject), linked to the flag's risk when there is one. \
            Only the internal auditor or the legal officer may escalate.
            Examples:
              sujarit flags escalate RF-2568-0001 --to-risk --owner surachai --as anan
              sujarit flags escalate RF-2568-0001 --to-risk --fy 2569 --as anan
              sujarit flags escalate RF-2568-0001 --to-audit --risk-level high --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The flag's id, e.g. RF-2568-0001.", valueName: "flag-id"))
    var id: String

    @Flag(help: "Enter a risk in the corruption-risk register.")
    var toRisk = false

    @Flag(help: "Add a subject to the internal audit universe.")
    var toAudit = false

    @Option(
        help: ArgumentHelp("The department the risk or subject belongs to (default: the buyer's).", valueName: "code"))
    var department: String?

    @Option(help: ArgumentHelp("Who answers for the risk (--to-risk).", valueName: "name"))
    var owner: String?

    @OptionGroup var fiscalYear: FiscalYearOption<FiscalYearIfNeeded>

    @Option(help: ArgumentHelp("The audit subject's id (--to-audit; default: the flag's id).", valueName: "id"))
    var subject: String?

    @Option(
        help: ArgumentHelp(
            "The audit unit's risk level for the subject: \(AuditRiskLevel.acceptedText) (--to-audit).",
            valueName: "level"))
    var riskLevel: String?

    func validate() throws {
        guard toRisk || toAudit else { throw ValidationError(OversightError.noTarget.localizedDescription) }
        if fiscalYear.given != nil, !toRisk {
            throw ValidationError("--fy belongs to --to-risk (the register the risk goes into).")
        }
    }

    func run() async throws {
        try await FlagsInput.run {
            let flagID = try FlagsInput.flagID(id)
            let level = try riskLevel.map { text in
                guard let level = AuditRiskLevel(text: text) else {
                    throw AuditPlansError.invalidRiskLevel(field: "--risk-level", text)
                }
                return level
            }
            let service = RedFlagService(store: try storeOptions.open())
            if toRisk {
                let year = fiscalYear.year
                let (flag, risk) = try await service.escalateToRisk(
                    flagID, fiscalYear: year, department: department, owner: owner, context: storeOptions.context)
                Console.out(
                    """
                    \(flag.id) → risk \(risk) in the FY\(risk.fiscalYear.be) register \
                    (\(flag.raised.indicator.label.th)). Score it with 'sujarit risk assess \(risk) …' or in a \
                    committee round.
                    """
                )
                if risk.fiscalYear != flag.raised.fiscalYear {
                    let chosen = year == nil ? ", the one the committee is working on (--fy to choose)" : ""
                    Console.err(
                        "Note: the flag was raised in FY\(flag.raised.fiscalYear.be); the risk went into "
                            + "the FY\(risk.fiscalYear.be) register\(chosen).")
                }
            }
            if toAudit {
                let (flag, subject) = try await service.escalateToAudit(
                    flagID, subjectID: self.subject, department: department, riskLevel: level,
                    context: storeOptions.context)
                Console.out("\(flag.id) → audit subject \(subject). See 'sujarit audit universe list'.")
            }
        }
    }
}
