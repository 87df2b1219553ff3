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
        switch DeclarationsAccess.listing(rows, for: viewer) {
        case .detailed(let rows):
            Console.out(
                Self.table(rows, directory: directory, machine: output.format != .table).render(
                    output.format, style: output.style), terminator: "")
            if output.format == .table { Console.err("\(rows.count) declaration(s).") }
        case .totals(let totals):
            Console.out(Self.totals(totals).render(output.format, style: output.style), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
    }

    static func table(_ rows: [DeclarationSummary], directory: AgencyDirectory, machine: Bool) -> Table {
        var table = Table(columns: [
            .init("เลขที่ ID", key: "id"), .init("ผู้ยื่น Declarant", key: "declarant"),
            .init("สังกัด Dept", key: "department"),
            .init("เรื่อง Subject", key: "subject"), .init("ลงนาม Signed", key: "signedOn"),
            .init("ส่วนได้เสีย Interests", key: "interests", alignment: .trailing), .init("สถานะ Status", key: "status"),
        ])
        for row in rows {
            let subject =
                row.kind == .annual
                ? "ประจำปี \(row.fiscalYear?.be ?? 0)"
                : "\(row.project ?? "") \(machine ? row.role?.description ?? "" : row.role?.shortLabel.th ?? "")"
            var status = row.isActive ? (machine ? "active" : "ใช้ได้") : (machine ? "withdrawn" : "ถอนแล้ว")
            if row.amendments > 0 { status += machine ? ";amended" : " · แก้ไข \(row.amendments)" }
            if row.recused { status += machine ? ";recused" : " · ถอนตัว" }
            table.append([
                row.id, machine ? row.declarant : RegisterInput.name(row.declarant, in: directory), row.department,
                subject,
                machine ? row.signedOn.description : row.signedOn.formatted(.thaiMedium),
                row.interestCount == 0 ? (machine ? "0" : "ไม่มี") : String(row.interestCount), status,
            ])
        }
        return table
    }

    static func totals(_ totals: DeclarationTotals) -> Table {
        var table = Table(columns: [
            .init("รายการ Item", key: "item"), .init("จำนวน Count", key: "count", alignment: .trailing),
        ])
        for (label, count) in [
            ("แบบทั้งหมด Declarations", totals.total), ("ประจำปี Annual", totals.annual),
            ("รายโครงการ Per procurement", totals.procurement), ("ไม่มีส่วนได้เสีย No interest", totals.noInterest),
            ("มีส่วนได้เสีย With interests", totals.withInterest), ("ถอนตัวจากโครงการ Recusals", totals.recusals),
            ("มีการแก้ไข Amended", totals.amended), ("ถอนแบบแล้ว Withdrawn", totals.withdrawn),
        ] {
            table.append([label, String(count)])
        }
        return table
    }
}
