import Agency
import EventStore
import Foundation
import Presentation

/// The store is created for an agency; its first event records who did it.
struct FoundationChapter: DemoChapter {
    let title = "สร้างฐานข้อมูลของหน่วยงาน — Creating the agency's store"

    func run(in demo: DemoContext) async throws {
        try await AgencyProfile.initialize(
            demo.store, agencyName: "เทศบาลเมืองตากใบ", departmentID: "6960501",
            sujaritVersion: SujaritVersion.current, context: CommandContext(actor: demo.actor)
        )
        demo.say("Created \(demo.store.location) for เทศบาลเมืองตากใบ (e-GP department 6960501).")
        try await AgencyProfile.update(
            demo.store,
            AgencyProfileUpdated(
                kind: .localGovernment, province: "นราธิวาส", district: "ตากใบ", headTitle: "นายกเทศมนตรีเมืองตากใบ"
            ), context: CommandContext(actor: demo.actor))
        demo.say(
            """
            sujarit agency profile set --type local-government --province นราธิวาส --district ตากใบ: every report \
            is headed from the profile.
            """
        )
        demo.say("Every change from here on is an event in one append-only log, chained by SHA-256.")

        let file = try DirectoryFile.load(DemoFiles.path("Registers/examples/takbai/agency.yaml"))
        let changes = try await DirectoryService(store: demo.store).load(
            file, context: CommandContext(actor: demo.actor))
        demo.say(
            """
            Loaded the directory: \(changes.departments.count) departments, \(changes.staff.count) staff (sujarit \
            agency staff).
            """
        )
    }
}

/// The closing chapter: the trail of everything the demo did, and the proof that it is intact.
struct AuditTrailChapter: DemoChapter {
    let title = "ประวัติการเปลี่ยนแปลงและการตรวจสอบ — The audit trail and its verification"

    func run(in demo: DemoContext) async throws {
        let last = try await demo.store.lastSequence()
        let shown: Int64 = 12
        var table = Table(columns: [
            .init("#", alignment: .trailing), .init("โดย Actor"), .init("Stream"), .init("Event"),
        ])
        try await demo.store.forEachEvent(afterSequence: max(0, last - shown)) { event in
            table.append([String(event.sequence), event.actor, event.streamID.description, event.type])
        }
        demo.say("The last \(min(shown, last)) of \(last) events (sujarit events --last \(shown); without it, all):")
        demo.show(table.terminal(style: demo.style))
        let report = try await demo.store.verify(progress: nil)
        demo.say(
            report.isIntact
                ? demo.style.paint(
                    """
                    ✓ sujarit verify: all \(report.eventsChecked) events intact, head \
                    \(report.headHash?.short ?? "-").
                    """,
                    .green)
                : demo.style.paint("✗ sujarit verify: \(report.firstBreak!)", .red))
    }
}
