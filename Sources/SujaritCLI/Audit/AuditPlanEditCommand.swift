import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit plan edit`: changes a draft, or amends an approved plan.
struct AuditPlanEditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change plan entries; an approved plan only by amendment (แก้ไขแผนการตรวจสอบ).",
        discussion: """
            Change one entry's fields with --subject, add a universe subject with --add, drop one with \
            --remove, or change --capacity. The plan may never need more person-days than its capacity. \
            Once approved, every change is an amendment: give --reason and --approved-by (an executive).

            Periods: \(AuditPeriod.acceptedText).

            Examples:
              sujarit audit plan edit --fy 2568 --subject FIN-REV --period q2
              sujarit audit plan edit --fy 2568 --subject FIN-REV --person-days 20 \\
                  --objective "เพื่อ…" --scope "…" --method "…"
              sujarit audit plan edit --fy 2568 --add FUND-WELFARE --period ก.ค. \\
                  --remove EDU-LUNCH
              sujarit audit plan edit --fy 2568 --add FIN-CASH \\
                  --reason "ผู้บริหารมอบหมายเพิ่มเติม" --approved-by mayor
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(help: ArgumentHelp("The entry to change, by subject id.", valueName: "id"))
    var subject: String?

    @Option(
        help: ArgumentHelp(
            "A universe subject to add as a new entry (the field options then apply to it).", valueName: "id"))
    var add: String?

    @Option(help: ArgumentHelp("An entry to remove, by subject id.", valueName: "id"))
    var remove: String?

    @Option(help: ArgumentHelp("When: q1–q4 (ไตรมาส, q1 = ต.ค.–ธ.ค.) or a month (พ.ย., nov).", valueName: "period"))
    var period: String?

    @Option(help: ArgumentHelp("The auditor in charge (staff id with the auditor role).", valueName: "id"))
    var auditor: String?

    @Option(help: ArgumentHelp("Person-days for the entry.", valueName: "days"))
    var personDays: String?

    @Option(help: ArgumentHelp("วัตถุประสงค์.", valueName: "text"))
    var objective: String?

    @Option(help: ArgumentHelp("ขอบเขต.", valueName: "text"))
    var scope: String?

    @Option(help: ArgumentHelp("วิธีการ.", valueName: "text"))
    var method: String?

    @Option(help: ArgumentHelp("The plan's new capacity in person-days.", valueName: "days"))
    var capacity: String?

    @Option(help: ArgumentHelp("Why an approved plan is amended (required after approval).", valueName: "text"))
    var reason: String?

    @Option(help: ArgumentHelp("The executive who approved the amendment (required after approval).", valueName: "id"))
    var approvedBy: String?

    @Option(help: .day("The day the amendment was approved (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func validate() throws {
        if subject != nil && add != nil {
            throw ValidationError("Give --subject (change an entry) or --add (a new entry), not both.")
        }
        if (reason == nil) != (approvedBy == nil) {
            throw ValidationError("An amendment needs both --reason and --approved-by.")
        }
    }

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context // one actor, one instant and one today for the whole command
            let year = fiscalYear.year(on: context.today)
            let changes = EntryChanges(
                period: try AuditInput.period(period), auditor: auditor,
                personDays: try AuditInput.personDays(personDays, option: "--person-days"),
                objective: objective, scope: scope, method: method
            )
            var requests: [PlanEditRequest] = []
            if let remove { requests.append(.remove(subject: try AuditSubject.normalizedID(remove))) }
            if let add { requests.append(.add(subject: try AuditSubject.normalizedID(add), changes)) }
            if let subject { requests.append(.change(subject: try AuditSubject.normalizedID(subject), changes)) }
            if add == nil && subject == nil && !changes.isEmpty {
                throw ValidationError("Say which entry to change with --subject ID (or --add ID for a new one).")
            }
            let service = AuditInput.service(try storeOptions.open())
            var amendment: AmendmentRequest?
            if let reason, let approvedBy {
                amendment = AmendmentRequest(reason: reason, approvedBy: approvedBy, approvedOn: on ?? context.today)
            }
            let result = try await service.edit(
                year, requests, capacity: try AuditInput.personDays(capacity, option: "--capacity"),
                amendment: amendment, context: context
            )
            for change in result.outcome.changes {
                let entry = change.entry
                Console.out(
                    """
                      \(change.action.rawValue) \(entry.subject)  \(entry.title) — \
                    \(entry.period.thai(in: year)), \(entry.auditor ?? "-"), \(entry.personDays) วัน-คน
                    """
                )
            }
            switch result.outcome {
            case .edited:
                Console.out(
                    """
                    Edited the FY\(year.be) draft: \(result.plan.entries.count) entries, \
                    \(result.plan.totalPersonDays) of \(result.plan.capacity) person-days.
                    """
                )
            case .amended(let amended):
                Console.out(
                    """
                    Recorded amendment \(amended.number) to the approved FY\(year.be) plan: \
                    \(result.plan.entries.count) entries, \(result.plan.totalPersonDays) of \
                    \(result.plan.capacity) person-days.
                    """
                )
            }
        }
    }
}
