import ArgumentParser
import Declarations
import Presentation
import Sujarit

/// `sujarit coi committee show`: a project's committee seats with what the list breaks.
struct CoiCommitteeShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a project's committee seats and the rules the list breaks (คำเตือนการแต่งตั้ง).",
        discussion: """
            Lists each seat with its warnings: a person who considers the bids and also \
            inspects the same procurement (Finance Ministry regulation 2560, clause 26), \
            and a committee left without its chair or enough members after recusals \
            (Registers/committee-rules.yaml).
            Example: sujarit coi committee show --project 67119000333 --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The e-GP project number.", valueName: "number"))
    var project: String

    func run() async throws {
        let number = try EGPProjectID(projectNumber: project)
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
        let warnings = try CommitteeWarnings.rules().warnings(seats)
        switch DeclarationsAccess.seats(seats, for: viewer) {
        case .detailed(let seats):
            let machine = output.format != .table
            var table = Table(columns: [
                .init("ผู้ได้รับแต่งตั้ง Member", key: "member"), .init("บทบาท Role", key: "role"),
                .init("ถอนตัว Recused", key: "recused"), .init("คำเตือน Warning", key: "warning"),
            ])
            for seat in seats {
                let mine = warnings.filter { warning in
                    switch warning {
                    case let .separation(staffID, considering, inspecting):
                        staffID == seat.seat.staffID && [considering, inspecting].contains(seat.seat.role)
                    case let .quorum(committee, _, _, _, _):
                        seat.seat.role.committee == committee
                    }
                }
                table.append([
                    machine ? seat.seat.staffID : RegisterInput.name(seat.seat.staffID, in: directory),
                    machine ? seat.seat.role.description : seat.seat.role.shortLabel.th,
                    machine ? (seat.recused ? "recused" : "") : (seat.recused ? "ถอนตัว" : ""),
                    mine.map { warning in
                        guard !machine else { return warning.code }
                        switch warning {
                        case .separation: return "ข้อ 26: เป็นทั้งผู้พิจารณาผลและผู้ตรวจรับ"
                        case .quorum: return "กรรมการไม่ครบองค์ประกอบหลังการถอนตัว"
                        }
                    }.joined(separator: "; "),
                ])
            }
            Console.out(table.render(output.format, style: output.style), terminator: "")
            for warning in warnings {
                Console.err("Warning (คำเตือน) \(number): \(warning.label.th) / \(warning.label.en).")
            }
        case let .totals(count, _, _):
            var table = Table(columns: [
                .init("รายการ Item", key: "item"), .init("จำนวน Count", key: "count", alignment: .trailing),
            ])
            table.append(["ที่นั่ง Seats", String(count)])
            table.append(["คำเตือน Warnings", String(warnings.count)])
            Console.out(table.render(output.format, style: output.style), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
        if warnings.isEmpty { Console.err("No rule is broken by the committee of \(number).") }
    }
}
