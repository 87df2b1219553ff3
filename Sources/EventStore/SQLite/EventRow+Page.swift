import GRDB

/// The query of one page of the log, in log order or the newest first, and how SQLite is led to run it.
extension EventRow {
    /// A category with at most this many events is read through the stream-id index, not along the log.
    ///
    /// With `ORDER BY sequence LIMIT ?`, SQLite walks the log in sequence order and tests each event's stream:
    /// quick for a category many events belong to, but for a rare one (a risk register's events among a
    /// million e-GP projects) every page walked the whole log: 0.4 s with the file in memory and 15 s from disk
    /// at a million events. A page of a rare category is instead picked from its stream-id range: the
    /// sequences come from the index alone and are sorted (123,440 candidates took 61 ms, so this many about
    /// 5 ms), and only the page's rows are read. Above this many, walking the log finds a page soon enough,
    /// and a whole listing reads the log once. Deciding costs a count of at most this many index entries per
    /// page (under half a millisecond).
    static let sparseCategoryLimit = 10_000

    /// Whether `filter` selects by category alone (no stream, no actor, each of which has an index keeping
    /// log order) a category with no more than `limit` events: a bounded count of its index range.
    static func selectsSparseCategory(
        _ filter: EventFilter, in db: Database, limit: Int = sparseCategoryLimit
    ) throws -> Bool {
        guard let category = filter.category, filter.stream == nil, filter.actor == nil else { return false }
        let statement = try db.cachedStatement(
            sql: "SELECT count(*) FROM (SELECT 1 FROM events WHERE stream_id >= ? AND stream_id < ? LIMIT ?)")
        let found = try Int.fetchOne(statement, arguments: ["\(category)/", "\(category)0", limit + 1]) ?? 0
        return found <= limit
    }

    /// The SELECT of up to `limit` events matching `filter` after `after` in log order, or before `before`
    /// the newest first; `sparseCategory` as ``selectsSparseCategory(_:in:limit:)`` found.
    static func page(
        for filter: EventFilter, after: Int64? = nil, before: Int64? = nil, limit: Int, sparseCategory: Bool
    ) -> (sql: String, arguments: [DatabaseValue]) {
        let (clause, arguments) = whereClause(for: filter, after: after, before: before, bySequence: !sparseCategory)
        let order = before == nil ? "" : " DESC"
        guard sparseCategory else {
            return (
                "SELECT \(columns) FROM events WHERE \(clause) ORDER BY sequence\(order) LIMIT ?",
                arguments + [limit.databaseValue]
            )
        }
        // The unary `+` keeps SQLite from walking the log for the bound or the order: the page's sequences
        // come from the covering stream-id index, then only those rows are read.
        return (
            """
            SELECT \(columns) FROM events WHERE sequence IN (SELECT sequence FROM events WHERE \(clause) ORDER BY \
            +sequence\(order) LIMIT ?) ORDER BY sequence\(order)
            """,
            arguments + [limit.databaseValue]
        )
    }
}
