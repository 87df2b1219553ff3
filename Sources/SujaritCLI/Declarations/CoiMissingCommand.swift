import ArgumentParser
import Declarations
import Presentation
import Sujarit

/// `sujarit coi missing`: who sat on a project's committees without a declaration in force.
struct CoiMissingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "missing",
        abstract: "Show who sat on a procurement, or must declare yearly, without declaring (ผู้ที่ยังไม่ยื่นแบบ).",
        discussion: """
            Compares the committee recorded with 'coi committee set' against the \
            declarations for the project:
            a seat is covered by a declaration in force for that person, project and \
            role.
            With --annual --fy YEAR: everyone who must make the annual declaration \
            (the roles and positions in Registers/annual-declarations.yaml) and served \
            in that fiscal year, with whether an annual declaration is in force.
            Examples:
              sujarit coi missing --project 67119000333 --as anan
              sujarit coi missing --annual --fy 2570 --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The e-GP project number.", valueName: "number"))
    var project: String?

    @Flag(help: "The annual declaration instead of a project's (with --fy).")
    var annual = false

    @OptionGroup var fiscalYear: FiscalYearOption<FiscalYearIfNeeded>

    func validate() throws {
        if annual {
            guard fiscalYear.given != nil else {
                throw ValidationError("--annual needs --fy YEAR, e.g. --annual --fy 2570.")
            }
            guard project == nil else { throw ValidationError("Give either --project or --annual, not both.") }
        } else {
            guard project != nil else {
                throw ValidationError("Give --project NUMBER, or --annual --fy YEAR for the annual declaration.")
            }
            guard fiscalYear.given == nil else { throw ValidationError("--fy goes with --annual.") }
        }
    }

    func run() async throws {
        if annual { return try await runAnnual() }
        let number = try EGPProjectID(projectNumber: project ?? "")
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        guard let seats = try await DeclarationQueries.seats(store, project: number) else {
            throw ValidationError(
                """
                No committee is recorded for \(number). Record it first: sujarit coi committee set --project \
                \(number) --member ID:ROLE …
                """
            )
        }
        let uncovered = seats.filter { $0.state != .declared }.count
        switch DeclarationsAccess.seats(seats, for: viewer) {
        case .detailed(let seats):
            let machine = output.format != .table
            var table = Table(columns: [
                .init("ผู้ได้รับแต่งตั้ง Member", key: "member"), .init("บทบาท Role", key: "role"),
                .init("สถานะ Status", key: "status"), .init("แบบ Declaration", key: "declaration"),
            ])
            for seat in seats {
                table.append([
                    machine ? seat.seat.staffID : RegisterInput.name(seat.seat.staffID, in: directory),
                    machine ? seat.seat.role.description : seat.seat.role.shortLabel.th,
                    machine ? seat.state.rawValue : seat.state.label.th + (seat.recused ? " · ถอนตัว" : ""),
                    seat.declarationID ?? "",
                ])
            }
            Console.out(table.render(output.format, style: output.style), terminator: "")
        case let .totals(count, declared, recused):
            var table = Table(columns: [
                .init("รายการ Item", key: "item"), .init("จำนวน Count", key: "count", alignment: .trailing),
            ])
            table.append(["ที่นั่ง Seats", String(count)])
            table.append(["ยื่นแล้ว Declared", String(declared)])
            table.append(["ยังไม่ยื่น Missing", String(count - declared)])
            table.append(["ถอนตัว Recused", String(recused)])
            Console.out(table.render(output.format, style: output.style), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
        Console.err(
            uncovered > 0
                ? "\(uncovered) of \(seats.count) seat(s) of \(number) have no declaration in force."
                : "Every seat of \(number) is covered by a declaration.")
    }

    /// `--annual --fy YEAR`: who must declare for the year and whether they have.
    func runAnnual() async throws {
        guard let year = fiscalYear.year else {
            throw ValidationError("--annual needs --fy YEAR, e.g. --annual --fy 2570.")
        }
        let rules = try AnnualDeclarationRules.resolve(registers: try? RiskInput.registers(nil))
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        let rows = try await DeclarationQueries.annualObligations(
            store, fiscalYear: year, rules: rules, directory: directory)
        let missing = rows.filter { $0.state != .declared }
        switch DeclarationsAccess.obligations(rows, for: viewer) {
        case .detailed(let missing):
            let machine = output.format != .table
            var table = Table(columns: [
                .init("ผู้มีหน้าที่ยื่น Person", key: "person"), .init("ตำแหน่ง Position", key: "position"),
                .init("เหตุที่ต้องยื่น Because", key: "because"), .init("สถานะ Status", key: "status"),
                .init("แบบ Declaration", key: "declaration"),
            ])
            for row in missing {
                table.append([
                    machine ? row.staffID : RegisterInput.name(row.staffID, in: directory), row.position, row.because,
                    machine ? row.state.rawValue : row.state.label.th, row.declarationID ?? "",
                ])
            }
            Console.out(table.render(output.format, style: output.style), terminator: "")
        case .totals(let mustDeclare, let declared, let missing):
            var table = Table(columns: [
                .init("รายการ Item", key: "item"), .init("จำนวน Count", key: "count", alignment: .trailing),
            ])
            table.append(["ผู้มีหน้าที่ยื่น Must declare", String(mustDeclare)])
            table.append(["ยื่นแล้ว Declared", String(declared)])
            table.append(["ยังไม่ยื่น Missing", String(missing)])
            Console.out(table.render(output.format, style: output.style), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
        Console.err(
            missing.isEmpty
                ? """
                Everyone who must declare for FY\(year.be) (\(rows.count)) has an annual declaration in force \
                (rules: \(rules.source)).
                """
                : """
                \(missing.count) of \(rows.count) people who must declare for FY\(year.be) have no annual \
                declaration in force (rules: \(rules.source)).
                """
        )
    }
}
