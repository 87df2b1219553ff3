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
}
