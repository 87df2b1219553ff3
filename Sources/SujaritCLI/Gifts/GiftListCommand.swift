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
        switch GiftLogAccess.listing(entries, for: viewer) {
        case .detailed(let entries):
            Console.out(
                Self.table(entries, directory: directory, machine: output.format != .table).render(
                    output.format, style: output.style), terminator: "")
            if output.format == .table {
                Console.err(
                    """
                    \(entries.count) entr\(entries.count == 1 ? "y" : "ies"), reports judged as of \
                    \(day.formatted(.thaiMedium)).
                    """
                )
            }
        case .totals(let totals):
            Console.out(
                GiftTables.totals(totals, machine: output.format != .table).render(output.format, style: output.style),
                terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
    }

    static func table(_ entries: [AssessedGift], directory: AgencyDirectory, machine: Bool) -> Table {
        var table = Table(columns: [
            .init("เลขที่ ID", key: "id"), .init("วันที่ Date", key: "date"), .init("ประเภท Type", key: "direction"),
            .init("บุคลากร Official", key: "person"), .init("คู่กรณี Counterparty", key: "counterparty", maxWidth: 28),
            .init("โอกาส Occasion", key: "occasion", maxWidth: 20), .init("สิ่งของ What", key: "what", maxWidth: 20),
            .init("มูลค่า Value", key: "value", alignment: .trailing), .init("ผล Verdict", key: "verdict"),
            .init("กำหนดรายงาน Due", key: "due"), .init("รายงาน Report", key: "report"),
            .init("ผลการพิจารณาของผู้บังคับบัญชา Decision", key: "decision"),
            .init("ผู้รับแทน Received by", key: "received_by", maxWidth: 24),
            .init("เหตุผลความจำเป็น Reason", key: "reason", maxWidth: 28),
        ])
        for gift in entries {
            let logged = gift.entry.logged, assessment = gift.assessment
            func day(_ date: CalendarDate?) -> String {
                date.map { machine ? $0.description : $0.formatted(.thaiShort) } ?? ""
            }
            var counterparty = logged.counterparty.name
            if !machine, logged.dealsWithAgency { counterparty += " *" }
            table.append([
                logged.entryID.description, day(logged.date),
                machine ? logged.direction.rawValue : logged.direction.label.th,
                machine ? logged.person : RegisterInput.name(logged.person, in: directory), counterparty,
                logged.occasion,
                logged.description, machine ? logged.value.decimalString : logged.value.formatted(),
                machine ? assessment.verdict.rawValue : assessment.verdict.shortLabel.th, day(assessment.dueOn),
                assessment.reportStatus.map { status in
                    machine
                        ? status.rawValue
                        : status.label.th + (gift.entry.reportedOn.map { " \($0.formatted(.thaiShort))" } ?? "")
                } ?? "",
                gift.entry.decision.map {
                    machine ? $0.decision.rawValue : $0.decision.label.th + ($0.nextAuthority.map { " (\($0))" } ?? "")
                } ?? (assessment.awaitingDecision ? (machine ? "awaiting" : "รอผลการพิจารณาของผู้บังคับบัญชา") : ""),
                logged.receivedBy.map { "\($0.name) (\($0.relation))" } ?? "",
                logged.reason ?? "",
            ])
        }
        return table
    }
}

/// Tables shared by `gift list` and `gift report`.
enum GiftTables {
    /// Count and value per verdict, and the report statuses, with no name in them.
    static func totals(_ totals: GiftTotals, machine: Bool) -> Table {
        var table = Table(columns: [
            .init("ผลการพิจารณา Verdict", key: "verdict"), .init("จำนวน Count", key: "count", alignment: .trailing),
            .init("มูลค่า Value (บาท)", key: "value", alignment: .trailing),
        ])
        for line in totals.lines {
            table.append([
                machine ? line.verdict.rawValue : line.verdict.label.th, String(line.count),
                machine ? line.value.decimalString : line.value.formatted(),
            ])
        }
        for status in ReportStatus.allCases where totals.reports[status] > 0 {
            table.append([
                machine ? "report-\(status.rawValue)" : "  รายงาน: \(status.label.th)", String(totals.reports[status]),
                "",
            ])
        }
        if totals.awaitingDecision > 0 {
            table.append([
                machine ? "awaiting-decision" : "  รอผลการพิจารณาของผู้บังคับบัญชา Awaiting decision",
                String(totals.awaitingDecision), "",
            ])
        }
        return table
    }
}
