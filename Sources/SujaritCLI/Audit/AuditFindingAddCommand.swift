import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit finding add SUBJECT`: a finding of an open engagement, with its recommendations.
struct AuditFindingAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a finding with criteria, condition, cause, effect and recommendations (บันทึกข้อตรวจพบ).",
        discussion: """
            Each --recommendation needs an action owner (--owner, a staff id) and a due day (--due); \
            give them once for all recommendations or once per recommendation, in the same order. \
            --response is management's answer (คำชี้แจง), per recommendation too. The engagement must \
            be open.

            Example:
              sujarit audit finding add FIN-DISB --fy 2568 \\
                  --title "ฎีกาไม่มีหลักฐานครบถ้วน" \\
                  --criteria "ระเบียบกระทรวงมหาดไทยว่าด้วยการเบิกจ่ายเงินฯ" \\
                  --condition "ฎีกา 12 จาก 40 ฉบับไม่มีใบสำคัญคู่จ่าย" \\
                  --cause "ไม่มีการสอบทานก่อนอนุมัติ" --effect "อาจเบิกจ่ายโดยไม่มีสิทธิ" \\
                  --recommendation "จัดทำแบบตรวจสอบฎีกา" \\
                  --response "จะดำเนินการภายใน มี.ค. 68" \\
                  --owner nisa --due "31 มี.ค. 2568"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    @Option(help: ArgumentHelp("A short title for the finding.", valueName: "text"))
    var title: String

    @Option(help: ArgumentHelp("เกณฑ์: the rule or standard that should be met.", valueName: "text"))
    var criteria: String

    @Option(help: ArgumentHelp("สภาพที่เกิดจริง: what was found.", valueName: "text"))
    var condition: String

    @Option(help: ArgumentHelp("สาเหตุ.", valueName: "text"))
    var cause: String

    @Option(help: ArgumentHelp("ผลกระทบ.", valueName: "text"))
    var effect: String

    @Option(name: .customLong("recommendation"), help: ArgumentHelp("ข้อเสนอแนะ (repeat for more).", valueName: "text"))
    var recommendations: [String] = []

    @Option(
        name: .customLong("response"),
        help: ArgumentHelp("Management's response, per recommendation (optional).", valueName: "text"))
    var responses: [String] = []

    @Option(
        name: .customLong("owner"),
        help: ArgumentHelp("The action owner's staff id, once or per recommendation.", valueName: "id"))
    var owners: [String] = []

    @Option(
        name: .customLong("due"), help: .day("The action's due day, once or per recommendation."),
        transform: CalendarDate.argument)
    var dues: [CalendarDate] = []

    @Option(help: .day("The day the finding was recorded (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context // one actor, one instant and one today for the whole command
            let year = fiscalYear.year(on: context.today)
            let count = recommendations.count
            guard count > 0 else { throw AuditPlansError.noRecommendation }
            func spread<T>(_ values: [T], field: String, required: Bool) throws -> [T?] {
                if values.isEmpty && !required { return Array(repeating: nil, count: count) }
                if values.count == 1 { return Array(repeating: values[0], count: count) }
                guard values.count == count else {
                    throw AuditPlansError.mismatchedRecommendationFields(
                        field: field, count: values.count, recommendations: count)
                }
                return values
            }
            let owners = try spread(self.owners, field: "--owner", required: true)
            let dues = try spread(self.dues, field: "--due", required: true)
            let responses = try spread(self.responses, field: "--response", required: false)
            let drafts = recommendations.indices.map { index in
                RecommendationDraft(
                    text: recommendations[index], managementResponse: responses[index], actionOwner: owners[index]!,
                    due: dues[index]!)
            }
            let service = AuditInput.service(try storeOptions.open())
            let finding = try await service.recordFinding(
                year, subject: subject,
                FindingDraft(
                    title: title, criteria: criteria, condition: condition, cause: cause, effect: effect,
                    recommendations: drafts,
                    on: on ?? context.today
                ), context: context)
            Console.out("Recorded \(finding.id) on \(finding.subject): \(finding.title)")
            for recommendation in finding.recommendations {
                Console.out(
                    """
                      \(finding.id).\(recommendation.number) \(recommendation.text) — \
                    \(recommendation.actionOwner), due \(recommendation.due.formatted(.thaiMedium))
                    """
                )
            }
            Console.err(
                """
                Follow it up with: sujarit audit follow-up \
                \(finding.id)\(finding.recommendations.count > 1 ? ".1" : "") --status in-progress --note …
                """
            )
        }
    }
}
