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
        let seats = try await CoiCommitteeShowCommand.seats(store, project: number)
        let uncovered = seats.filter { $0.state != .declared }.count
        let machine = output.format != .table
        switch DeclarationsAccess.seats(seats, for: viewer) {
        case .detailed(let seats):
            var table = Table(columns: [
                .init("ผู้ได้รับแต่งตั้ง Member", key: "member"), .init("บทบาท Role", key: "role"),
                .init("บทบาท (ไทย)", key: "role_th"), .init("สถานะ Status", key: "status"),
                .init("สถานะ (ไทย)", key: "status_th"), .init("ถอนตัว Recused", key: "recused"),
                .init("แบบ Declaration", key: "declaration"),
            ])
            if !machine { table.columns = [table.columns[0], table.columns[2], table.columns[4], table.columns[6]] }
            for seat in seats {
                let state = seat.state.label.th + (seat.recused ? " · ถอนตัว" : "")
                table.append(
                    machine
                        ? [
                            .text(seat.seat.staffID), .text(seat.seat.role.description), .text(seat.seat.role.label.th),
                            .text(seat.state.rawValue), .text(seat.state.label.th), .bool(seat.recused),
                            .text(seat.declarationID),
                        ]
                        : [
                            .text(RegisterInput.name(seat.seat.staffID, in: directory)),
                            .text(seat.seat.role.shortLabel.th), .text(state), .text(seat.declarationID),
                        ])
            }
            Console.out(output.render(table), terminator: "")
        case let .totals(count, declared, recused):
            let lines: [RegisterInput.TotalsLine] = [
                .init(item: "seats", label: LocalizedLabel(th: "ที่นั่ง", en: "Seats"), count: count),
                .init(item: "declared", label: LocalizedLabel(th: "ยื่นแล้ว", en: "Declared"), count: declared),
                .init(item: "missing", label: LocalizedLabel(th: "ยังไม่ยื่น", en: "Missing"), count: count - declared),
                .init(item: "recused", label: LocalizedLabel(th: "ถอนตัว", en: "Recused"), count: recused),
            ]
            Console.out(output.render(RegisterInput.totalsTable(lines, machine: machine)), terminator: "")
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
        let machine = output.format != .table
        switch DeclarationsAccess.obligations(rows, for: viewer) {
        case .detailed(let missing):
            var table = Table(columns: [
                .init("ผู้มีหน้าที่ยื่น Person", key: "person"), .init("ตำแหน่ง Position", key: "position"),
                .init("เหตุที่ต้องยื่น Because", key: "because"), .init("สถานะ Status", key: "status"),
                .init("สถานะ (ไทย)", key: "status_th"), .init("แบบ Declaration", key: "declaration"),
            ])
            if !machine { table.columns.remove(at: 4) }
            for row in missing {
                table.append(
                    [
                        .text(machine ? row.staffID : RegisterInput.name(row.staffID, in: directory)),
                        .text(row.position), .text(row.because),
                        .text(machine ? row.state.rawValue : row.state.label.th),
                    ] + (machine ? [.text(row.state.label.th)] : []) + [.text(row.declarationID)])
            }
            Console.out(output.render(table), terminator: "")
        case .totals(let mustDeclare, let declared, let missing):
            let lines: [RegisterInput.TotalsLine] = [
                .init(
                    item: "must_declare", label: LocalizedLabel(th: "ผู้มีหน้าที่ยื่น", en: "Must declare"), count: mustDeclare),
                .init(item: "declared", label: LocalizedLabel(th: "ยื่นแล้ว", en: "Declared"), count: declared),
                .init(item: "missing", label: LocalizedLabel(th: "ยังไม่ยื่น", en: "Missing"), count: missing),
            ]
            Console.out(output.render(RegisterInput.totalsTable(lines, machine: machine)), terminator: "")
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
