import Agency
import ArgumentParser
import Declarations
import Presentation
import Sujarit

/// `sujarit coi list`: the declarations, or only their totals for those who may not see names.
struct CoiListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract:
            """
            List declarations (รายการแบบแสดงการมีส่วนได้เสีย); totals only unless you are the auditor or legal \
            officer.
            """,
        discussion: """
            Examples:
              sujarit coi list --fy 2568 --as anan
              sujarit coi list --project 67119000333 --format csv \\
                  --as pimchanok > declarations.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>

    @Option(help: ArgumentHelp("Only declarations for this project.", valueName: "number"))
    var project: String?

    @Option(help: ArgumentHelp("Only this declarant's.", valueName: "id"))
    var person: String?

    func run() async throws {
        let filter = DeclarationFilter(
            fiscalYear: fiscalYear.year, project: try project.map(EGPProjectID.init(projectNumber:)),
            declarant: person
        )
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        let rows = try await DeclarationQueries.list(store, filter: filter)
        let machine = output.format != .table
        switch DeclarationsAccess.listing(rows, for: viewer) {
        case .detailed(let rows):
            let table = machine ? Self.machineTable(rows) : Self.table(rows, directory: directory)
            Console.out(output.render(table), terminator: "")
            if !machine { Console.err("\(rows.count) declaration(s).") }
        case .totals(let totals):
            Console.out(output.render(RegisterInput.totalsTable(Self.totals(totals), machine: machine)), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
    }

    /// The declarations as people read them: names, Thai labels, Buddhist-era days.
    static func table(_ rows: [DeclarationSummary], directory: AgencyDirectory) -> Table {
        var table = Table(columns: [
            .init("เลขที่ ID", key: "id"), .init("ผู้ยื่น Declarant", key: "declarant"),
            .init("สังกัด Dept", key: "department"),
            .init("เรื่อง Subject", key: "subject"), .init("ลงนาม Signed", key: "signed_on"),
            .init("ส่วนได้เสีย Interests", key: "interests", alignment: .trailing), .init("สถานะ Status", key: "status"),
        ])
        for row in rows {
            let subject =
                row.kind == .annual
                ? "ประจำปี \(row.fiscalYear?.be ?? 0)" : "\(row.project ?? "") \(row.role?.shortLabel.th ?? "")"
            var status = row.isActive ? "ใช้ได้" : "ถอนแล้ว"
            if row.amendments > 0 { status += " · แก้ไข \(row.amendments)" }
            if row.recused { status += " · ถอนตัว" }
            table.append([
                .text(row.id), .text(RegisterInput.name(row.declarant, in: directory)), .text(row.department),
                .text(subject), .date(row.signedOn, shown: row.signedOn.formatted(.thaiMedium)),
                row.interestCount == 0 ? Table.Cell(text: "ไม่มี", value: .integer(0)) : .integer(row.interestCount),
                .text(status),
            ])
        }
        return table
    }

    /// The declarations for scripts (`Docs/schemas/coi-list.schema.json`): codes and their Thai labels apart,
    /// numbers as numbers, null where a field does not apply (an annual declaration has no project).
    static func machineTable(_ rows: [DeclarationSummary]) -> Table {
        var table = Table(
            columns: [
                "id", "declarant", "department", "kind", "kind_th", "fiscal_year", "project", "role", "role_th",
                "signed_on", "interests", "amendments", "recused", "status", "status_th",
            ].map { Table.Column($0) })
        for row in rows {
            table.append([
                .text(row.id), .text(row.declarant), .text(row.department), .text(row.kind.rawValue),
                .text(row.kind.label.th), .integer(row.fiscalYear?.be), .text(row.project),
                .text(row.role?.description), .text(row.role?.label.th), .date(row.signedOn, shown: ""),
                .integer(row.interestCount), .integer(row.amendments), .bool(row.recused),
                .text(row.isActive ? "active" : "withdrawn"), .text(row.isActive ? "ใช้ได้" : "ถอนแล้ว"),
            ])
        }
        return table
    }

    /// The totals for those who may not see names.
    static func totals(_ totals: DeclarationTotals) -> [RegisterInput.TotalsLine] {
        [
            ("declarations", "แบบทั้งหมด", "Declarations", totals.total), ("annual", "ประจำปี", "Annual", totals.annual),
            ("procurement", "รายโครงการ", "Per procurement", totals.procurement),
            ("no_interest", "ไม่มีส่วนได้เสีย", "No interest", totals.noInterest),
            ("with_interests", "มีส่วนได้เสีย", "With interests", totals.withInterest),
            ("recusals", "ถอนตัวจากโครงการ", "Recusals", totals.recusals),
            ("amended", "มีการแก้ไข", "Amended", totals.amended),
            ("withdrawn", "ถอนแบบแล้ว", "Withdrawn", totals.withdrawn),
        ].map { RegisterInput.TotalsLine(item: $0.0, label: LocalizedLabel(th: $0.1, en: $0.2), count: $0.3) }
    }
}
