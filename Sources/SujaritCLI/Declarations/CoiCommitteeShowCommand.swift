import ArgumentParser
import Declarations
import EventStore
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

    /// The committee's seats with their declarations; an error saying how to record the committee when there is
    /// none (`coi missing` reads the same).
    static func seats(_ store: any EventStore, project number: EGPProjectID) async throws -> [SeatDeclaration] {
        guard let seats = try await DeclarationQueries.seats(store, project: number) else {
            throw ValidationError(
                """
                No committee is recorded for \(number). Record it first: sujarit coi committee set --project \
                \(number) --member ID:ROLE …
                """
            )
        }
        return seats
    }

    func run() async throws {
        let number = try EGPProjectID(projectNumber: project)
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        let seats = try await Self.seats(store, project: number)
        let warnings = try CommitteeWarnings.rules().warnings(seats)
        let machine = output.format != .table
        switch DeclarationsAccess.seats(seats, for: viewer) {
        case .detailed(let seats):
            var table = Table(columns: [
                .init("ผู้ได้รับแต่งตั้ง Member", key: "member"), .init("บทบาท Role", key: "role"),
                .init("บทบาท (ไทย)", key: "role_th"), .init("ถอนตัว Recused", key: "recused"),
                .init("คำเตือน Warning", key: "warnings"),
            ])
            if !machine { table.columns.remove(at: 2) }
            for seat in seats {
                let mine = warnings.filter { warning in
                    switch warning {
                    case let .separation(staffID, considering, inspecting):
                        staffID == seat.seat.staffID && [considering, inspecting].contains(seat.seat.role)
                    case let .quorum(committee, _, _, _, _):
                        seat.seat.role.committee == committee
                    }
                }
                guard !machine else {
                    // Several warnings are one field of codes separated by `;` (CSV has no lists); none is null.
                    let codes = mine.map(\.code).joined(separator: ";")
                    table.append([
                        .text(seat.seat.staffID), .text(seat.seat.role.description), .text(seat.seat.role.label.th),
                        .bool(seat.recused), .text(codes.isEmpty ? nil : codes),
                    ])
                    continue
                }
                table.append([
                    .text(RegisterInput.name(seat.seat.staffID, in: directory)), .text(seat.seat.role.shortLabel.th),
                    .text(seat.recused ? "ถอนตัว" : ""),
                    .text(
                        mine.map { warning in
                            switch warning {
                            case .separation: "ข้อ 26: เป็นทั้งผู้พิจารณาผลและผู้ตรวจรับ"
                            case .quorum: "กรรมการไม่ครบองค์ประกอบหลังการถอนตัว"
                            }
                        }.joined(separator: "; ")),
                ])
            }
            Console.out(output.render(table), terminator: "")
            for warning in warnings {
                Console.err("Warning (คำเตือน) \(number): \(warning.label.th) / \(warning.label.en).")
            }
        case let .totals(count, _, _):
            let lines: [RegisterInput.TotalsLine] = [
                .init(item: "seats", label: LocalizedLabel(th: "ที่นั่ง", en: "Seats"), count: count),
                .init(item: "warnings", label: LocalizedLabel(th: "คำเตือน", en: "Warnings"), count: warnings.count),
            ]
            Console.out(output.render(RegisterInput.totalsTable(lines, machine: machine)), terminator: "")
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
        }
        if warnings.isEmpty { Console.err("No rule is broken by the committee of \(number).") }
    }
}
