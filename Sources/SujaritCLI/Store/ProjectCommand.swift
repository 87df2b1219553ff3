import ArgumentParser
import EventStorePostgres
import Presentation

/// `sujarit project`: the administrator's projector for a database shared by many agencies.
struct ProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Keep the lists and reports of every agency on a shared PostgreSQL server up to date (ปรับข้อมูลสรุป).",
        discussion: """
            On a shared server staff may only add events (through the server, which stamps who and when and \
            keeps the hash chain); nobody but the administrator writes the read models that lists and reports \
            read. This command is how the administrator does: it finds every agency whose read models are behind \
            its record and brings them level. Run it once, or with --follow as a service (systemd, …) so staff \
            commands see their own work at once; they wait for it.

            With --follow it is woken by each append (the server notifies it) and also checks every --interval. \
            Give it a direct connection to the server, not pgbouncer's port: in transaction pooling the \
            notifications are lost and it falls back to checking every --interval (staff may use pgbouncer).

            Examples:
              sujarit project --store postgres://admin@db.example/sujarit
              sujarit project --follow --store postgres://admin@db.example/sujarit
            """
    )

    @Flag(help: "Keep running until stopped: woken by each append, and catching up every --interval.")
    var follow = false

    @Option(help: ArgumentHelp("With --follow: milliseconds between checks.", valueName: "ms"))
    var interval = 200

    @Option(
        help: ArgumentHelp(
            "The shared database, as the administrator (any agency= part is ignored).", valueName: "url"))
    var store: String

    func validate() throws {
        guard PostgresLocation.isPostgresURL(store) else {
            throw ValidationError("--store must be a postgres:// URL: only a shared PostgreSQL server has a projector.")
        }
        guard (10...60_000).contains(interval) else { throw ValidationError("--interval must be 10 to 60000 ms.") }
    }

    func run() async throws {
        try await CommandFailure.report {
            let projector = try PostgresProjector(
                url: store, projections: ModuleCatalog.projections, privacy: ModuleCatalog.serverPrivacy)
            if follow {
                let interval = interval
                let listening: @Sendable (Bool) -> Void = { heard in
                    Console.err(
                        heard
                            ? "Listening for appends (and checking every \(interval) ms)."
                            : "Not listening for appends (connection lost or refused): checking every \(interval) ms.")
                }
                try await projector.follow(interval: .milliseconds(interval), listening: listening) { passes in
                    for pass in passes { Self.print(pass) }
                }
                return
            }
            let passes = try await projector.catchUp()
            for pass in passes { Self.print(pass) }
            Console.out("\(passes.filter { $0.failure == nil }.count) agencies brought up to date.")
            if passes.contains(where: { $0.failure != nil }) { throw ExitCode.failure }
        }
    }

    private static func print(_ pass: PostgresProjector.Pass) {
        if let failure = pass.failure {
            Console.err("agency \(pass.agency): \(failure)")
        } else {
            Console.out("agency \(pass.agency): up to date at event #\(pass.sequence)")
        }
    }
}
