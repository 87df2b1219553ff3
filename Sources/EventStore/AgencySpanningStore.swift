/// Read access to many agencies' stores at once, for the views above one agency (a province, the country).
///
/// Why a capability of its own rather than many ``EventStore``s: an agency's store answers about one agency,
/// so a national view built from stores asks the same question 7,850 times, one round trip (and one transaction)
/// each. A spanning store answers each question once for every agency the reader may read: its tables are the
/// agencies' read models and logs side by side, and every row carries its agency in an `agency` column, which
/// queries group and order by. It reads only: nothing is ever written across agencies. Who may read which
/// agency (and which personal rows) is the backend's rule, the same as for each agency's own store, so a figure
/// computed here equals the figure the agency's own store gives the same reader.
///
/// Modules keep their SQL: a register's spanning queries (`RiskRegisterQueries.countsByAgency` and the like)
/// name only its own tables, as its single-agency queries do.
public protocol AgencySpanningStore: Sendable {
    /// Where the store is, for messages (never with a password).
    var location: String { get }

    /// Runs a read-only query over every agency the reader may read and hands `body` its rows as they arrive,
    /// so that a query over the whole country is read without holding it all.
    func forEachRow(_ statement: SQLStatement, _ body: (SQLRow) throws -> Void) async throws

    /// Hands `body` the events of `types` of every agency the reader may read, in department order and, within
    /// an agency, in sequence order: one query, read as it arrives. For figures whose rule needs the history
    /// (a status on a past day), which no read-model column keeps.
    func forEachEvent(types: Set<String>, _ body: (_ agency: String, RecordedEvent) throws -> Void) async throws
}

extension AgencySpanningStore {
    /// Every row of a read-only query over the agencies (for answers of one row per agency).
    public func query(_ sql: String, _ arguments: [any SQLValueConvertible] = []) async throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try await forEachRow(SQLStatement(sql, arguments)) { rows.append($0) }
        return rows
    }

    /// A query grouped by its `agency` column, one value per agency made by `value` from the agency's row: the
    /// shape of every per-agency count (an agency with no row is absent).
    public func byAgency<Value>(
        _ sql: String, _ arguments: [any SQLValueConvertible] = [], _ value: (SQLRow) throws -> Value
    ) async throws -> [String: Value] {
        var values: [String: Value] = [:]
        try await forEachRow(SQLStatement(sql, arguments)) { row in values[row.string("agency") ?? ""] = try value(row)
        }
        return values
    }

    /// The rows of a query ordered by its `agency` column, one agency's rows at a time: memory holds one
    /// agency, however many the query spans.
    public func forEachAgency(
        _ statement: SQLStatement, _ body: (_ agency: String, [SQLRow]) throws -> Void
    ) async throws {
        var runs = AgencyRuns<SQLRow>()
        try await forEachRow(statement) { try runs.add($0, of: $0.string("agency") ?? "", body) }
        try runs.finish(body)
    }

    /// The events of `types`, one agency's at a time, in department order (see ``forEachEvent(types:_:)``).
    public func forEachAgency(
        eventsOf types: Set<String>, _ body: (_ agency: String, [RecordedEvent]) throws -> Void
    ) async throws {
        var runs = AgencyRuns<RecordedEvent>()
        try await forEachEvent(types: types) { agency, event in try runs.add(event, of: agency, body) }
        try runs.finish(body)
    }
}

/// Items arriving in agency order, handed on one agency's run at a time.
private struct AgencyRuns<Item> {
    var current: String?
    var items: [Item] = []

    mutating func add(_ item: Item, of agency: String, _ body: (_ agency: String, [Item]) throws -> Void) throws {
        if agency != current, let finished = current {
            try body(finished, items)
            items.removeAll(keepingCapacity: true)
        }
        current = agency
        items.append(item)
    }

    func finish(_ body: (_ agency: String, [Item]) throws -> Void) throws {
        if let current { try body(current, items) }
    }
}
