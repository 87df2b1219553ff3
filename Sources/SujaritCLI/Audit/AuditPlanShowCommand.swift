import Agency
import ArgumentParser
import AuditPlans
import Presentation
import Sujarit

/// `sujarit audit plan show`: the plan's entries, or the 3-year view.
struct AuditPlanShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the year's plan, or the 3-year strategic view (แสดงแผนการตรวจสอบ).",
        discussion: """
            Examples:
              sujarit audit plan show --fy 2568
              sujarit audit plan show --fy 2568 --full --reasons
              sujarit audit plan show --fy 2568 --strategic
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Flag(help: "Also show objective, scope and method.")
    var full = false

    @Flag(help: "Also show why each subject ranked where it did.")
    var reasons = false

    @Flag(help: "Show the 3-year strategic plan (the whole universe over this year and the next two) instead.")
    var strategic = false

    func run() async throws {
        try await AuditInput.run {
            let year = fiscalYear.year
            let store = try storeOptions.open()
            let service = AuditInput.service(store)
            if strategic {
                let view = try await service.strategicPlan(year)
                Console.out(output.render(AuditTables.strategic(view, format: output.format)), terminator: "")
                for later in view.years where view.overCapacity(later) > 0 {
                    Console.err(
                        """
                        FY\(later.be) needs \(view.overCapacity(later)) person-days more than the capacity of \
                        \(view.capacity) to cover the whole universe.
                        """
                    )
                }
                return
            }
            let plan = try await service.plan(year)
            guard plan.status != .none else { throw AuditPlansError.noPlan(year) }
            let directory = try await AgencyDirectory.load(from: store)
            let table = AuditTables.plan(
                plan, directory: directory, format: output.format, full: full, reasons: reasons)
            if output.format == .json {
                Console.out(try JSONOutput.string(AuditPlanOutput(plan, entries: table)))
                return
            }
            Console.out(output.render(table), terminator: "")
            guard output.format == .table else { return }
            var status =
                """
                FY\(year.be) plan — \(plan.status.label.th) (\(plan.status.label.en)): \(plan.entries.count) \
                entries, \(plan.totalPersonDays) of \(plan.capacity) person-days.
                """
            if let approval = plan.approval {
                status += " Approved by \(approval.approverName) on \(approval.approvedOn.formatted(.thaiMedium))"
                status += plan.amendments.isEmpty ? "." : "; \(plan.amendments.count) amendment(s)."
            }
            Console.err(status)
            for correction in plan.approvalCorrections {
                Console.err(
                    """
                      Approval day corrected from \(correction.previousOn.formatted(.thaiMedium)) to \
                    \(correction.approvedOn.formatted(.thaiMedium)): \(correction.reason)
                    """
                )
            }
            for amendment in plan.amendments {
                Console.err(
                    """
                      Amendment \(amendment.number), \(amendment.approvedOn.formatted(.thaiMedium)), by \
                    \(amendment.approvedBy): \(amendment.reason)
                    """
                )
            }
            if !plan.deferred.isEmpty {
                Console.err(
                    "Deferred by the draft: "
                        + plan.deferred.filter { plan.entry($0.subject) == nil }.map {
                            "\($0.subject) (\($0.personDays))"
                        }.joined(separator: ", "))
            }
        }
    }
}
