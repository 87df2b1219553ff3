import Agency
import Declarations
import EventStore
import Presentation
import Sujarit

/// Declarations: a committee, annual and per-procurement declarations, a recusal, an amendment, the seats
/// still missing a declaration, what a staff member sees, and the cross-check Oversight will run.
struct DeclarationsChapter: DemoChapter {
    let title = "การแสดงการมีส่วนได้เสีย — Conflict-of-interest declarations"

    func run(in demo: DemoContext) async throws {
        let directory = try await DemoDirectory.ensure(demo)
        let service = DeclarationService(store: demo.store)
        let file = "Registers/examples/takbai/declarations-2568.yaml"
        let summary = try await service.importFile(
            try DeclarationsFile.load(DemoFiles.path(file)), context: CommandContext(actor: demo.actor))
        demo.say("sujarit coi import \(file)")
        demo.say(
            """
            → \(summary.committees) committee list, \(summary.declarations) declarations, \(summary.recusals) \
            recusal, one append.
            """
        )

        let project = try EGPProjectID(projectNumber: "67119000333")
        if let rusdee = try await service.declaration("67119000333-e-bidding-member-rusdee"),
            let interest = rusdee.interests.first
        {
            demo.say(
                """
                \(RegisterInput.name(rusdee.declarant, in: directory)) declared: \
                \(interest.relationship.label.th) at \(interest.party?.name ?? "") \
                (\(interest.party?.taxID?.formatted ?? "-")),
                """
            )
            demo.say("  \(interest.detail ?? "") → ถอนตัว (recusal) from the e-bidding committee of \(project).")
            if let key = try await DeclarationStreamKey.recorded(in: demo.store) {
                let stream = try DeclarationStreams.declaration(rusdee.id, key: key)
                demo.say(
                    """
                      Stored as \(stream): the log's address names neither rusdee nor the project; 'coi show \
                    \(rusdee.id)' finds it.
                    """
                )
            }
        }
        let amended = try await service.amend(
            "A2568-nisa", interests: [], noInterest: true, on: try CalendarDate.parse("15 ม.ค. 68"),
            reason: "ขายหุ้นบริษัท นราคอมพิวเตอร์ จำกัด ทั้งหมดแล้ว", context: CommandContext(actor: "nisa")
        )
        demo.say(
            """
            sujarit coi amend A2568-nisa --no-interest --reason \"ขายหุ้น…ทั้งหมดแล้ว\" → history: \
            \(amended.history.map(\.eventType).joined(separator: ", ")).
            """
        )

        demo.say("sujarit coi missing --project \(project) --as anan   (the auditor sees names):")
        if let seats = try await DeclarationQueries.seats(demo.store, project: project) {
            var table = Table(columns: [.init("ผู้ได้รับแต่งตั้ง Member"), .init("บทบาท Role"), .init("สถานะ Status")])
            for seat in seats {
                let state = seat.state.label.th + (seat.recused ? " · ถอนตัว" : "")
                table.append([
                    RegisterInput.name(seat.seat.staffID, in: directory), seat.seat.role.shortLabel.th,
                    seat.state == .declared ? state : demo.style.paint(state, .red),
                ])
            }
            demo.show(table.terminal(style: demo.style))
        }
        let rows = try await DeclarationQueries.list(demo.store)
        if case .totals(let totals) = DeclarationsAccess.listing(rows, for: directory.member("rusdee")) {
            demo.say(
                """
                sujarit coi list --as rusdee → totals only: \(totals.total) declarations, \(totals.withInterest) \
                with interests, \(totals.recusals) recusal.
                """
            )
        }
        let written = PartyReference(name: "หจก.รุ่งเรือง การโยธา")
        let found = try await DeclarationQueries.interests(matching: written, in: demo.store)
        demo.say(
            """
            Cross-check for red flags: \"\(written.name)\" (no tax id) matches \
            \(found.map(\.declarationID).joined(separator: ", ")).
            """
        )
    }
}

/// The demo's agency directory, loaded from the example file when no earlier chapter did.
enum DemoDirectory {
    static func ensure(_ demo: DemoContext) async throws -> AgencyDirectory {
        let directory = try await AgencyDirectory.load(from: demo.store)
        guard directory.staff.isEmpty else { return directory }
        let file = try DirectoryFile.load(DemoFiles.path("Registers/examples/takbai/agency.yaml"))
        try await DirectoryService(store: demo.store).load(file, context: CommandContext(actor: demo.actor))
        return try await AgencyDirectory.load(from: demo.store)
    }
}
