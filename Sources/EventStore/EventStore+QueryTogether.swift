extension EventStore {
    /// Runs the statements one after another with ``query(_:)``: for stores that hold their read models in
    /// memory (a report's replay as of a day, test doubles), where a trip costs nothing and nothing is
    /// written while they are read. The database backends run them in one read transaction instead.
    ///
    /// Why the requirement exists: a page of a national walk (`ProcurementReadModel.forEachProject`) reads a
    /// page of projects with their contracts, bidders and announcements. Read as four queries, each was a hop
    /// to the database's queue and back, and the four could see different moments of the store; read together,
    /// the page is one hop and one snapshot.
    public func query(together statements: [SQLStatement]) async throws -> [[SQLRow]] {
        var results: [[SQLRow]] = []
        results.reserveCapacity(statements.count)
        for statement in statements { results.append(try await query(statement)) }
        return results
    }
}

extension SQLRow {
    /// The text of the column at `index` in select order (integers and reals rendered as text), nil for NULL or
    /// past the last column: for hot loops that know their columns' order, without looking a name up per
    /// value.
    public func string(at index: Int) -> String? {
        guard values.indices.contains(index) else { return nil }
        switch values[index] {
        case .null: return nil
        case .text(let value): return value
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        }
    }

    /// The integer of the column at `index` in select order (as ``int64(_:)`` reads one by name).
    public func int64(at index: Int) -> Int64? {
        guard values.indices.contains(index) else { return nil }
        switch values[index] {
        case .integer(let value): return value
        case .real(let value): return Int64(exactly: value)
        case .text(let value): return Int64(value)
        case .null: return nil
        }
    }
}
