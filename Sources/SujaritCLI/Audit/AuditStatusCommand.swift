import Agency
import ArgumentParser
import AuditPlans
import Presentation
import Sujarit

/// `sujarit audit status`: engagements and the follow-up register on a day.
struct AuditStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where the year's audits and the follow-up of findings stand (สถานะการตรวจสอบและการติดตามผล).",
        discussion: """
            Shows each plan entry's engagement (late when its period ended before it closed), then \
            every recommendation of the year's findings — and earlier years' still open — with overdue \
            ones marked. Overdue is judged on --as-of (default: today in Bangkok). With --format json, \
            csv or md it prints the engagements, or with --follow-up the follow-up register.

            Examples:
              sujarit audit status --fy 2568
              sujarit audit status --fy 2568 --as-of "30 มิ.ย. 2568" --follow-up
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(
        name: .customLong("as-of"), help: .day("The day overdue is judged on (default: today in Bangkok)."),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    @Flag(help: "Print only the follow-up register.")
    var followUp = false

    func run() async throws {
        try await AuditInput.run {
            let year = fiscalYear.year
            let store = try storeOptions.open()
            let service = AuditInput.service(store)
            let status = try await service.status(year, asOf: asOf)
            let directory = try await AgencyDirectory.load(from: store)
            let engagements = AuditTables.engagements(status, directory: directory, format: output.format)
            let followUps = AuditTables.followUps(
                status.followUps, asOf: status.asOf, directory: directory, format: output.format, style: output.style)
            guard output.format == .table else {
                Console.out(output.render(followUp ? followUps : engagements), terminator: "")
                return
            }
            let plan = status.plan
            Console.out(
                output.style.paint(
                    """
                    FY\(year.be) plan — \(plan.status.label.th) · \(plan.entries.count) entries, \
                    \(plan.totalPersonDays) of \(plan.capacity) person-days · as of \
                    \(status.asOf.formatted(.thaiMedium))
                    """,
                    .bold))
            Console.out(try await Self.charterLine(service, on: status.asOf, style: output.style))
            if !followUp {
                Console.out(engagements.terminal(style: output.style), terminator: "")
                Console.out(
                    """
                    ยังไม่เริ่ม \(status.entryCount(.planned)) · กำลังตรวจสอบ \(status.entryCount(.inProgress)) · \
                    ตรวจเสร็จแล้ว \(status.entryCount(.closed)) · ล่าช้า \
                    \(status.entries.filter(\.isBehind).count)
                    """
                )
                Console.out("")
            }
            if status.followUps.isEmpty {
                Console.out("No findings to follow up yet.")
                return
            }
            Console.out(output.style.paint("ทะเบียนติดตามผล Follow-up register", .bold))
            Console.out(followUps.terminal(style: output.style), terminator: "")
            let counts = ProgressStatus.allCases.map { "\($0.label.th) \(status.recommendationCount($0))" }.joined(
                separator: " · ")
            let overdue = status.overdue.count
            Console.out(counts + " · " + (overdue > 0 ? output.style.paint("เกินกำหนด \(overdue)", .red) : "เกินกำหนด 0"))
        }
    }

    /// Where the charter stands: the version in force and its next yearly review (late marked), or that none
    /// is in force.
    static func charterLine(
        _ service: AuditPlanService, on day: CalendarDate, style: TerminalStyle
    ) async throws
        -> String
    {
        let charter = try await service.charter()
        guard let inForce = charter.inForce, let next = charter.nextReviewOn else {
            return style.paint("กฎบัตร: ยังไม่มีฉบับที่อนุมัติ (no charter in force: sujarit audit charter draft)", .red)
        }
        let line = "กฎบัตร ฉบับที่ \(inForce.draft.version) · สอบทานครั้งถัดไป \(next.formatted(.thaiMedium))"
        return next < day ? style.paint(line + " — เลยกำหนด (review overdue)", .red) : line
    }
}
