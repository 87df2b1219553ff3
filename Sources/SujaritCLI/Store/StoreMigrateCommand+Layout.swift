import EventStorePostgres
import Presentation

extension StoreMigrateCommand {
    /// `migrate --from postgres://old --to postgres://new`: a database in the per-agency layout of earlier
    /// versions, moved to the shared layout in another database.
    func moveLayout() async throws {
        let bar = ProgressBar(label: "Agencies")
        let report = try await LayoutMigration(
            sourceURL: from, targetURL: to, projections: ModuleCatalog.projections,
            privacy: ModuleCatalog.serverPrivacy
        ).run { _, index, total in bar.update(Int64(index), of: Int64(total)) }
        bar.finish()
        var table = Table(columns: [
            .init("รหัสหน่วยงาน Agency", key: "agency"), .init("จังหวัด Province", key: "province"),
            .init("เหตุการณ์ Events", key: "events", alignment: .trailing),
            .init("Head hash", key: "head_hash"),
        ])
        for moved in report.agencies {
            let head = moved.copy.map { output.format == .table ? $0.target.hash.short : $0.target.hash.description }
            table.append([
                .text(moved.agency), .text(moved.province), .integer(Int(moved.copy?.target.sequence ?? 0)),
                .text(head),
            ])
        }
        Console.out(output.render(table), terminator: "")
        // The shared layout keeps procurement data once: each agency's, copied from its log to the public store.
        try await Self.copyPublicData(
            of: report.agencies.map(\.agency), server: to, machine: output.format != .table)
        guard output.format == .table else { return }
        Console.out(
            """
            Moved \(report.agencies.count) agencies; every chain verified on both sides and their heads match. \
            Carried over \(report.grants.count) grants.
            """)
        for skipped in report.skipped { Console.err("Not carried over: \(skipped)") }
        Console.out(
            """
            Next: grant the reviewers of each agency's personal data (sujarit access grant LOGIN --agency ID \
            --reviewer), start the projector (sujarit project --follow), and point staff at the new URL.
            """)
    }
}
