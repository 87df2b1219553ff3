import ArgumentParser
import Declarations
import Presentation
import Sujarit

/// `sujarit coi missing`: who sat on a project's committees without a declaration in force.
struct CoiMissingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "missing",
        abstract: "Show who sat on a procurement without declaring (ผู้ที่ยังไม่ยื่นแบบ).",
        discussion: """
            Compares the committee recorded with 'coi committee set' against the \
            declarations for the project:
            a seat is covered by a declaration in force for that person, project and \
            role.
            Example: sujarit coi missing --project 67119000333 --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The e-GP project number.", valueName: "number"))
    var project: String

    func run() async throws {
        let number = try ProjectNumber(parsing: project)
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        guard let seats = try await DeclarationQueries.seats(store, project: number) else {
            throw ValidationError("No committee is recorded for \(number). Record it first: sujarit coi committee set --project \(number) --member ID:ROLE …")
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
            var table = Table(columns: [.init("รายการ Item", key: "item"), .init("จำนวน Count", key: "count", alignment: .trailing)])
            table.append(["ที่นั่ง Seats", String(count)])
            table.append(["ยื่นแล้ว Declared", String(declared)])
            table.append(["ยังไม่ยื่น Missing", String(count - declared)])
            table.append(["ถอนตัว Recused", String(recused)])
            Console.out(table.render(output.format, style: output.style), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
        Console.err(uncovered > 0
            ? "\(uncovered) of \(seats.count) seat(s) of \(number) have no declaration in force."
            : "Every seat of \(number) is covered by a declaration.")
    }
}
