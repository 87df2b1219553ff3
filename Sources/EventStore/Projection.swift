/// A read model kept up to date from the log.
///
/// A projection is pure: given one recorded event it returns the SQL statements that bring its tables up
/// to date. The store runs them in the same transaction as the append that produced the event and moves the
/// projection's checkpoint with them, so a read model never lags or leads the log. Because a projection
/// only reads events, `rebuild` can drop its tables and replay the whole log into identical ones.
///
/// Write the statements in the portable subset described at ``SQLValue`` so that both backends run them.
public protocol Projection: Sendable {
    /// A stable name, also the prefix of its tables (for example `risk_register`).
    var name: String { get }
    /// The version of the tables' shape. When it changes, the store rebuilds this projection on open.
    var version: Int { get }
    /// `CREATE TABLE` and `CREATE INDEX` statements for its tables.
    var schema: [String] { get }
    /// The tables it owns, dropped on rebuild.
    var tables: [String] { get }
    /// The statements that apply `event` to its tables; empty for events it does not read.
    func statements(for event: RecordedEvent) throws -> [SQLStatement]
    /// The statements that apply `events`, consecutive events of the log in order, to its tables: a page of a
    /// rebuild or a catch-up, or the events of one append.
    ///
    /// Run in order, they must leave the tables exactly as running each event's ``statements(for:)`` in turn
    /// would: the same rows, value for value. The default is just that. A projection that keeps counters or
    /// other values many events change (a row updated once per event) overrides it to fold the page in memory
    /// and write each touched row once: on PostgreSQL every update of a row leaves a version that the
    /// transaction's later updates of it step over, so per-event updates of one row cost time growing with the
    /// square of their number in a rebuild.
    func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement]
}

extension Projection {
    /// Each event's ``statements(for:)``, in order: what a projection without a batch form of its own runs.
    public func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement] {
        var statements: [SQLStatement] = []
        for event in events { statements += try self.statements(for: event) }
        return statements
    }
}
