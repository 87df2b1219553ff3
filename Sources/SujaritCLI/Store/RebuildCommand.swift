import ArgumentParser
import EventStore
import Presentation

/// `sujarit rebuild`: recomputes every read model from the log.
struct RebuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Drop and replay every read model from the event log (สร้างข้อมูลสรุปใหม่จากบันทึก).",
        discussion: """
            Safe at any time: the log is the record, read models are derived from it. This is the repair when \
            'sujarit verify' (or a report) finds a read model that differs from the log, whatever was done to \
            it: rows edited or deleted, tables dropped, checkpoints reset. It also puts back the log's \
            append-only guards if they were dropped. Afterwards, run 'sujarit verify' to check.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await CommandFailure.report {
            let store = try storeOptions.open()
            let bar = ProgressBar(label: "Rebuilding")
            let report = try await store.rebuildProjections(progress: bar.update)
            bar.finish()
            Console.out(
                """
                Rebuilt \(report.projections.count) read models (\(report.projections.joined(separator: ", "))) \
                from \(report.eventsReplayed) events.
                """
            )
        }
    }
}
