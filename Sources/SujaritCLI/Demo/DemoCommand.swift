import ArgumentParser
import EventStore
import Foundation
import Presentation

/// `sujarit demo`: a guided walk through the product on example data, in a fresh store.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Walk through Sujarit on example data in a fresh store (สาธิตการใช้งาน).",
        discussion: """
            Builds a new store in a temporary folder (or at --store PATH, kept for inspection), then plays \
            each module's part of an agency's year and ends with the audit trail and a verification of the log. \
            Nothing outside that folder is touched.
            """
    )

    @Option(help: ArgumentHelp("Keep the demo's store at this path (must not exist yet).", valueName: "path"))
    var store: String?

    @Option(
        name: .customLong("as"), help: ArgumentHelp("Who runs the demo, recorded on its events.", valueName: "name"))
    var actor: String = "demo"

    /// The tour, in order. Each register adds its chapter before the closing one.
    static let chapters: [any DemoChapter] = [
        FoundationChapter(),
        RiskChapter(),
        DeclarationsChapter(),
        GiftsChapter(),
        ProcurementChapter(),
        AuditChapter(),
        AuditReportsChapter(),
        FlagsChapter(),
        ReportChapter(),
        ITAEvidenceChapter(),
        DueChapter(),
        AuditTrailChapter(),
    ]

    func run() async throws {
        // The demo's files go beside --store; only without it does the demo make a folder, kept for a look after.
        let folder =
            store.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            ?? URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("sujarit-demo-\(UUID().uuidString.prefix(8).lowercased())")
        if store == nil {
            // A TMPDIR that does not exist is refused, not made (as root, that could be anywhere).
            let temporary = NSTemporaryDirectory()
            guard FileManager.default.fileExists(atPath: temporary) else {
                throw ValidationError(
                    """
                    The temporary folder \(temporary) (TMPDIR) does not exist — ไม่พบโฟลเดอร์ชั่วคราว: set TMPDIR to \
                    a folder that exists, or give --store PATH to keep the demo's files there.
                    """)
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        }
        let path = store ?? folder.appendingPathComponent("sujarit-demo.db").path
        let context = DemoContext(
            store: try SQLiteEventStore.create(at: path, projections: ModuleCatalog.projections),
            folder: folder,
            actor: actor,
            style: TerminalStyle()
        )
        context.banner()
        for (index, chapter) in Self.chapters.enumerated() {
            context.heading(index + 1, chapter.title)
            try await chapter.run(in: context)
        }
        Console.out("")
        Console.out("The demo's store is \(path)")
        Console.out("Try: sujarit events --store \(path)    sujarit verify --store \(path)")
    }
}

/// One part of the demo: a module showing what it does on example data.
protocol DemoChapter: Sendable {
    /// The chapter's heading, Thai first.
    var title: String { get }
    /// Plays the chapter against the demo's store.
    func run(in demo: DemoContext) async throws
}

/// What every chapter gets: the store, a folder for files it writes, and how to print.
struct DemoContext: Sendable {
    let store: any EventStore
    let folder: URL
    let actor: String
    let style: TerminalStyle

    func banner() {
        Console.out(style.paint("สุจริต Sujarit \(SujaritVersion.current) — demo", .bold))
        Console.out("An integrity and internal-audit workbench, on example data for a Thai municipality.")
    }

    func heading(_ number: Int, _ title: String) {
        Console.out("")
        Console.out(style.paint("\(number). \(title)", .bold))
    }

    /// A line of narration.
    func say(_ text: String) { Console.out("   \(text)") }

    /// A block of output (a table, a report), indented.
    func show(_ block: String) {
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            Console.out("   \(line)")
        }
    }
}
