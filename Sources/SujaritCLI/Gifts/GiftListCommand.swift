import Agency
import ArgumentParser
import GiftLog
import Presentation
import Sujarit

/// `sujarit gift list`: the entries with their verdicts, or only totals for those who may not see names.
struct GiftListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract:
            """
            List gift entries with their verdicts (รายการของขวัญ); totals only unless you are the auditor or \
            legal officer.
            """,
        discussion: """
            Late and missing reports are judged as of --as-of (default: today in \
            Bangkok). Examples:
              sujarit gift list --fy 2568 --as anan
              sujarit gift list --verdict must-report --as pimchanok \\
                  --format csv > above-limit.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>

    @Option(help: ArgumentHelp("Only this official's.", valueName: "id"))
    var person: String?

    @Option(
        help: ArgumentHelp(
            "Only this verdict: \(GiftVerdict.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "verdict")
    )
    var verdict: String?

    @Option(help: .day("Judge reports as of this day (default: today)."), transform: CalendarDate.argument)
    var asOf: CalendarDate?

    func run() async throws {
        let year = fiscalYear.year
        let wanted = try verdict.map { text in
            guard let verdict = GiftVerdict(rawValue: text) else {
                throw ValidationError(
                    """
                    --verdict '\(text)' is not a verdict: \
                    \(GiftVerdict.allCases.map(\.rawValue).joined(separator: ", ")).
                    """
                )
            }
            return verdict
        }
        let day = asOf ?? storeOptions.context.today // records nothing: the context only says which day is today
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        let entries = try await GiftLogService(store: store).assessedEntries(asOf: day).filter { gift in
            (year.map { $0.contains(gift.entry.logged.date) } ?? true)
                && (person.map { $0 == gift.entry.logged.person } ?? true)
                && (wanted.map { $0 == gift.assessment.verdict } ?? true)
        }
        let machine = output.format != .table
        switch GiftLogAccess.listing(entries, for: viewer) {
        case .detailed(let entries):
            let table = machine ? Self.machineTable(entries) : Self.table(entries, directory: directory)
            Console.out(output.render(table), terminator: "")
            if !machine {
                Console.err(
                    """
                    \(entries.count) entr\(entries.count == 1 ? "y" : "ies"), reports judged as of \
                    \(day.formatted(.thaiMedium)).
                    """
                )
            }
        case .totals(let totals):
            Console.out(output.render(GiftTables.totals(totals, machine: machine)), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
    }

    /// The entries as people read them: names, Thai labels, Buddhist-era days, grouped baht.
    static func table(_ entries: [AssessedGift], directory: AgencyDirectory) -> Table {
        var table = Table(columns: [
            .init("เลขที่ ID", key: "id"), .init("วันที่ Date", key: "date"), .init("ประเภท Type", key: "direction"),
            .init("บุคลากร Official", key: "person"), .init("คู่กรณี Counterparty", key: "counterparty", maxWidth: 28),
            .init("โอกาส Occasion", key: "occasion", maxWidth: 20), .init("สิ่งของ What", key: "what", maxWidth: 20),
            .init("มูลค่า Value", key: "value", alignment: .trailing), .init("ผล Verdict", key: "verdict"),
            .init("กำหนดรายงาน Due", key: "due_on"), .init("รายงาน Report", key: "report_status"),
            .init("ผลการพิจารณาของผู้บังคับบัญชา Decision", key: "decision"),
            .init("ผู้รับแทน Received by", key: "received_by", maxWidth: 24),
            .init("เหตุผลความจำเป็น Reason", key: "reason", maxWidth: 28),
        ])
        for gift in entries {
            let logged = gift.entry.logged, assessment = gift.assessment
            func day(_ date: CalendarDate?) -> Table.Cell { .date(date, shown: date?.formatted(.thaiShort) ?? "") }
            table.append([
                .text(logged.entryID.description), day(logged.date), .text(logged.direction.label.th),
                .text(RegisterInput.name(logged.person, in: directory)),
                .text(logged.counterparty.name + (logged.dealsWithAgency ? " *" : "")), .text(logged.occasion),
                .text(logged.description), .money(logged.value), .text(assessment.verdict.shortLabel.th),
                day(assessment.dueOn),
                .text(
                    assessment.reportStatus.map { status in
                        status.label.th + (gift.entry.reportedOn.map { " \($0.formatted(.thaiShort))" } ?? "")
                    }),
                .text(
                    gift.entry.decision.map { $0.decision.label.th + ($0.nextAuthority.map { " (\($0))" } ?? "") }
                        ?? (assessment.awaitingDecision ? "รอผลการพิจารณาของผู้บังคับบัญชา" : nil)),
                .text(logged.receivedBy.map { "\($0.name) (\($0.relation))" }), .text(logged.reason),
            ])
        }
        return table
    }

    /// The entries for scripts (`Docs/schemas/gift-list.schema.json`): codes with their Thai labels, money as
    /// `"1500.00"`, ISO days, null where there is nothing (no report due, no decision yet).
    static func machineTable(_ entries: [AssessedGift]) -> Table {
        var table = Table(
            columns: [
                "id", "date", "direction", "direction_th", "person", "department", "counterparty",
                "counterparty_tax_id", "deals_with_agency", "occasion", "what", "value", "verdict", "verdict_th",
                "due_on", "report_status", "report_status_th", "reported_on", "decision", "decision_th",
                "awaiting_decision", "next_authority", "received_by", "received_by_relation", "reason",
            ].map { Table.Column($0) })
        for gift in entries {
            let logged = gift.entry.logged, assessment = gift.assessment, decision = gift.entry.decision
            table.append([
                .text(logged.entryID.description), .date(logged.date, shown: ""), .text(logged.direction.rawValue),
                .text(logged.direction.label.th), .text(logged.person), .text(logged.department),
                .text(logged.counterparty.name), .text(logged.counterparty.taxID?.description),
                .bool(logged.dealsWithAgency), .text(logged.occasion), .text(logged.description), .money(logged.value),
                .text(assessment.verdict.rawValue), .text(assessment.verdict.label.th),
                .date(assessment.dueOn, shown: ""), .text(assessment.reportStatus?.rawValue),
                .text(assessment.reportStatus?.label.th), .date(gift.entry.reportedOn, shown: ""),
                .text(decision?.decision.rawValue), .text(decision?.decision.label.th),
                .bool(assessment.awaitingDecision), .text(decision?.nextAuthority), .text(logged.receivedBy?.name),
                .text(logged.receivedBy?.relation), .text(logged.reason),
            ])
        }
        return table
    }
}

/// Tables shared by `gift list` and `gift report`.
enum GiftTables {
    /// Count and value per verdict, and the report statuses, with no name in them.
    ///
    /// For scripts each line is `item` (a verdict code, `report-<status>` or `awaiting-decision`), `item_th`,
    /// `count` and `value` (baht, null on the report and decision lines).
    static func totals(_ totals: GiftTotals, machine: Bool) -> Table {
        var table = Table(
            columns: machine
                ? [.init("item"), .init("item_th"), .init("count"), .init("value")]
                : [
                    .init("ผลการพิจารณา Verdict", key: "item"),
                    .init("จำนวน Count", key: "count", alignment: .trailing),
                    .init("มูลค่า Value (บาท)", key: "value", alignment: .trailing),
                ])
        func line(_ item: String, _ label: String, shown: String, _ count: Int, _ value: Money?) {
            table.append(
                machine
                    ? [.text(item), .text(label), .integer(count), .money(value)]
                    : [.text(shown), .integer(count), value.map { .money($0) } ?? ""])
        }
        for total in totals.lines {
            line(
                total.verdict.rawValue, total.verdict.label.th, shown: total.verdict.label.th, total.count, total.value)
        }
        for status in ReportStatus.allCases where totals.reports[status] > 0 {
            line(
                "report-\(status.rawValue)", "รายงาน: \(status.label.th)", shown: "  รายงาน: \(status.label.th)",
                totals.reports[status], nil)
        }
        if totals.awaitingDecision > 0 {
            line(
                "awaiting-decision", "รอผลการพิจารณาของผู้บังคับบัญชา",
                shown: "  รอผลการพิจารณาของผู้บังคับบัญชา Awaiting decision", totals.awaitingDecision, nil)
        }
        return table
    }
}
