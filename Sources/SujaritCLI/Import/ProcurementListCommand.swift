import ArgumentParser
import Presentation
import Procurement
import Sujarit

/// `sujarit procurement list`: projects with their money, winner and latest announcement.
struct ProcurementListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List projects with budget, reference and agreed prices and winners (รายการโครงการ).",
        discussion: """
            The share of the reference price (% ราคากลาง) is the agreed price over the \
            reference price. Examples:
              sujarit procurement list --fy 2568
              sujarit procurement list --dept 6960501 --method specific --format csv
              sujarit procurement list --dept 1509900857
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>

    @Option(
        help: ArgumentHelp(
            "Only this e-GP department id (4 or 7 digits, or a sub-unit's 10-digit deptsubId).", valueName: "id"))
    var dept: String?

    @Option(
        help: ArgumentHelp(
            "Only this method: e-bidding, e-market, specific, selection, price-inquiry, consulting/…, design/….",
            valueName: "key"))
    var method: String?

    @Option(help: ArgumentHelp("Show at most this many projects.", valueName: "n"))
    var limit: Int?

    func run() async throws {
        let year = fiscalYear.year
        let department: String?
        do { department = try dept.map { try EGPDepartmentID(parsing: $0).rawValue } } catch {
            throw ValidationError(error.localizedDescription)
        }
        let machine = output.format != .table
        // Written as the projects are read, a page at a time: a national store lists millions.
        var stream = output.stream(
            [
                .init("โครงการ Project", key: "project_id"), .init("ปีงบ FY", key: "fiscal_year"),
                .init("วิธี Method", key: "method"),
            ] + (machine ? [.init("method_th"), .init("department_id")] : []) + [
                .init("ชื่อ Title", key: "title", maxWidth: 34),
                .init("งบประมาณ Budget", key: "budget", alignment: .trailing),
                .init("ราคากลาง Reference", key: "reference_price", alignment: .trailing),
                .init("ราคาตกลง Agreed", key: "agreed_price", alignment: .trailing),
                .init("% ราคากลาง", key: "percent_of_reference", alignment: .trailing),
                .init("ผู้ชนะ Winner", key: "winner", maxWidth: 26), .init("ล่าสุด Latest", key: "latest"),
            ] + (machine ? [.init("latest_published")] : []))
        let scope = try await ProcurementScope.agency(of: try storeOptions.open())
        // A key no method has (a typo) matches no project: nothing is read.
        let unknownMethod = method.map { ProcurementMethod(key: $0) == nil } ?? false
        let wanted = method.flatMap(ProcurementMethod.init(key:))
        if !unknownMethod {
            try await ProcurementReadModel.forEachProject(
                in: scope, fiscalYear: year, departmentID: department, method: wanted, limit: limit
            ) { project in stream.append(ProcurementRows.listRow(project, machine: machine)) }
        }
        stream.finish()
        let shown = stream.count
        guard output.format == .table else { return }
        // The walk stops at the limit; only then can more projects match than were shown, and a count says how many.
        let stopped = !unknownMethod && limit.map { shown >= $0 } ?? false
        let matched =
            stopped
            ? try await ProcurementReadModel.count(
                in: scope, fiscalYear: year, departmentID: department, method: wanted) : shown
        Console.err(shown < matched ? "\(shown) of \(matched) project(s) shown (--limit)." : "\(matched) project(s).")
    }
}

/// Cells shared by the procurement commands.
enum ProcurementRows {
    /// One project of `procurement list`. For scripts the latest announcement is its type code (`latest`) and
    /// its ISO day (`latest_published`), several winners one field separated by `; `, unknowns null.
    static func listRow(_ project: ProcurementProject, machine: Bool) -> [Table.Cell] {
        let latest = project.timeline.last
        let winners = project.contracts.map(\.winnerName).joined(separator: "; ")
        let year = project.fiscalYear.be
        return [.text(project.projectID.rawValue), .integer(year, shown: String(year)), .text(project.method?.key)]
            + (machine ? [.text(project.method?.thaiName), .text(project.departmentID)] : []) + [
                .text(project.title), .money(project.budget), .money(project.referencePrice),
                .money(project.agreedPrice), percent(project.agreedPrice, of: project.referencePrice),
                .text(winners.isEmpty ? nil : winners),
            ]
            + (machine
                ? [.text(latest?.type.code), .date(latest?.published, shown: "")]
                : [.text(latest.map { "\($0.type.code) \($0.published.formatted(.thaiShort))" })])
    }

    /// `1,234.00` for people, `1234.00` for scripts, empty when unknown.
    static func money(_ amount: Money?, machine: Bool) -> String {
        amount.map { machine ? $0.decimalString : $0.formatted() } ?? ""
    }

    /// `99.67` (two decimals, rounded half up) when both amounts are known and the base is positive; the
    /// number 99.67 for scripts.
    static func percent(_ part: Money?, of whole: Money?) -> Table.Cell {
        guard let part, let whole, let hundredths = Money.hundredthsOfPercent(part, of: whole) else { return .missing }
        let fraction = hundredths % 100
        return Table.Cell(
            text: "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)", value: .number(Double(hundredths) / 100)
        )
    }
}
