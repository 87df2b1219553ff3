import Agency
import ArgumentParser
import EventStore
import Presentation
import RiskRegister

/// `sujarit risk show ID`: one risk in full, with its history from the event log.
struct RiskShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a risk in full with its history: who scored what and when (รายละเอียดความเสี่ยง).",
        discussion: "Example: sujarit risk show R-2568-003"
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var asOf: AsOfOptions
    @Argument(help: ArgumentHelp("The risk's id, e.g. R-2568-003.", valueName: "id")) var id: String

    func run() async throws {
        try await RiskInput.run {
            let riskID = try RiskInput.riskID(id)
            let day = asOf.day(today: storeOptions.context.today) // records nothing: the context says only "today"
            let store = try storeOptions.open()
            let service = RiskService(store: store)
            let ledger = try await service.ledger()
            let risk = try ledger.risk(riskID)
            let directory = try await AgencyDirectory.load(from: store)
            let r = risk.identified
            let style = TerminalStyle()
            Console.out(style.paint("\(r.id)  \(r.event)", .bold))
            Console.out(
                "  หน่วยงาน Department  \(directory.department(r.department)?.name ?? r.department) (\(r.department))")
            Console.out("  กระบวนงาน Process    \(r.process)")
            Console.out("  ประเภท Category      \(ledger.categories[r.category]?.name.th ?? r.category)")
            Console.out(
                """
                  ปัจจัยเสี่ยง Causes     \(r.causes.isEmpty ? "-" : r.causes.joined(separator: "; "))  \
                [\(r.factor.thai)]
                """
            )
            for control in r.controls {
                Console.out("  การควบคุม Control    \(control.text) — \(control.adequacy.thai)")
            }
            Console.out(
                """
                  ผู้รับผิดชอบ Owner     \(r.owner ?? "-")   เมทริกซ์ \
                \(r.matrix)\(r.copiedFrom.map { "   ต่อเนื่องจาก \($0)" } ?? "")
                """
            )
            for kind in ScoreKind.allCases {
                Console.out(
                    """
                      \(kind.label.th.padded(toWidth: 26)) \
                    \(risk.scores[kind].map { "\($0.summary)  (\($0.matrix))" } ?? "-")
                    """
                )
            }
            Console.out("  สถานะ Status         \(ledger.status(of: risk, on: day).thai)")
            if let acceptance = risk.acceptance {
                Console.out(
                    """
                      ยอมรับความเสี่ยง        โดย \(RiskInput.name(acceptance.approver, in: directory)) ถึง \
                    \(acceptance.expires.formatted(.thaiMedium)): \(acceptance.rationale)
                    """
                )
            }
            for measure in ledger.measures(for: riskID) {
                Console.out("  มาตรการ Measure      \(measure.id) \(measure.planned.title) — \(measure.status.thai)")
            }
            Console.out("")
            Console.out(style.paint("ประวัติ History", .bold))
            var table = Table(columns: [
                .init("#", alignment: .trailing), .init("เวลา When"), .init("โดย By"), .init("เหตุการณ์ Event"),
                .init("รายละเอียด Detail"),
            ])
            for event in try await service.history(of: riskID) {
                table.append([
                    String(event.sequence), TimeFormatting.thai(event.occurredAt), event.actor, event.type,
                    try Self.detail(event, directory: directory),
                ])
            }
            Console.out(table.terminal(style: style), terminator: "")
        }
    }

    static func detail(_ event: RecordedEvent, directory: AgencyDirectory) throws -> String {
        switch event.type {
        case RiskScored.eventType:
            let e = try event.decode(RiskScored.self)
            return
                """
                \(RiskInput.name(e.member, in: directory)) round \(e.round) \(e.kind.rawValue): \
                \(e.likelihood)×\(e.impact)\(e.note.map { " — \($0)" } ?? "")
                """
        case RiskScoreResolved.eventType:
            let e = try event.decode(RiskScoreResolved.self)
            return "round \(e.round) agreed \(e.likelihood)×\(e.impact): \(e.note)"
        case RiskScoresFinalized.eventType:
            let e = try event.decode(RiskScoresFinalized.self)
            return
                """
                round \(e.round) \(e.assessment.kind.rawValue) \(e.assessment.summary) (\(e.members.count) \
                members\(e.resolved ? ", resolved" : ", median"))
                """
        case RiskAssessed.eventType:
            let e = try event.decode(RiskAssessed.self)
            return "\(e.assessment.kind.rawValue) \(e.assessment.summary)\(e.note.map { " — \($0)" } ?? "")"
        case RiskAccepted.eventType:
            let e = try event.decode(RiskAccepted.self)
            return "accepted by \(e.approver) until \(e.expires.formatted(.thaiMedium))"
        case RiskIdentified.eventType:
            let e = try event.decode(RiskIdentified.self)
            return e.copiedFrom.map { "copied from \($0)" } ?? "identified"
        default:
            return ""
        }
    }
}
