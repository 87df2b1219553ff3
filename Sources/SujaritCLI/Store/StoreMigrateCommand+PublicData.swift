import EventStore
import EventStorePostgres
import Procurement

extension StoreMigrateCommand {
    /// `migrate --public-data --to postgres://admin@…/db[?agency=ID]`: every agency's (or one agency's)
    /// procurement events imported before the server kept procurement data once, copied to the public store.
    func movePublicData() async throws {
        let location = try PostgresLocation(url: to)
        let agencies: [String]
        if let agency = location.agency {
            agencies = [agency]
        } else {
            agencies = try await PostgresAccess(url: to).agencies().map(\.departmentID)
        }
        try await Self.copyPublicData(of: agencies, server: to, machine: output.format != .table)
    }

    /// Copies each of `agencies`' procurement events from its own log into the public-data store of `server`
    /// (``PublicDataMove``: through the normal append, so a repeat or an overlap adds nothing), and says what it
    /// did: on standard output for people, on standard error when `machine` output is being printed. Agencies
    /// whose store keeps its own procurement data (a database holding one store) are left as they are.
    static func copyPublicData(of agencies: [String], server: String, machine: Bool) async throws {
        let login = try PostgresLocation(url: server).username
        for agency in agencies {
            let store = try StoreLocation.open(try PostgresLocation.url(server, agency: agency))
            guard let shared = try store.publicDataStore() else { continue }
            let moved = try await PublicDataMove.run(from: store, to: shared, actor: login)
            guard moved.eventsRead > 0 else { continue }
            let line =
                moved.addedNothing
                ? """
                Procurement data of \(agency): the public store already holds all \(moved.eventsRead) procurement \
                events of its log; nothing copied.
                """
                : """
                Procurement data of \(agency): copied to the public store \(moved.announcementsNew) announcement(s), \
                \(moved.contractsNew) contract row(s) and \(moved.eventsAppended) event(s) \
                (\(moved.announcementsKnown) announcement(s), \(moved.contractsKnown) contract row(s) and \
                \(moved.recordsKnown) record(s) were there already). The agency now reads them there; its own log \
                keeps them, superseded (ข้อมูลจัดซื้อจัดจ้างย้ายไปยังข้อมูลสาธารณะแล้ว).
                """
            if machine { Console.err(line) } else { Console.out(line) }
        }
    }
}
