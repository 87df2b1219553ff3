import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    /// Replays the server's log into a local ``ReadModelScratch`` (the projections' SQL is portable), copies
    /// every read-model table's rows from the server beside it, and compares them there, both ways.
    ///
    /// Everything is read in one REPEATABLE READ transaction, so the log, the checkpoints and the tables are
    /// one snapshot while others keep appending. Only the projections named in `names` when given. The server's tables are compared on the replay's columns
    /// only: in a shared database every table also carries the `agency` column.
    public func verifyReadModels(only names: Set<String>?, progress: ProgressHandler?) async throws -> ReadModelReport {
        try await ready()
        return try await mapErrors {
            try await snapshot { connection in
                // A login that may not read personal data checks the read models it may read: those of
                // projections without personal tables, replayed from the events it sees.
                var readsAll = true
                if self.isShared { readsAll = try await self.readsWholeLog(on: connection) }
                let named = self.projections.filter { names?.contains($0.name) ?? true }
                let checked =
                    readsAll ? named : named.filter { Set($0.tables).isDisjoint(with: self.privacy.tables) }
                return try await self.compareReadModels(checked, on: connection, progress: progress)
            }
        }
    }

    private func compareReadModels(
        _ projections: [any Projection], on connection: PostgresConnection, progress: ProgressHandler?
    ) async throws -> ReadModelReport {
        let scratch = try ReadModelScratch(projections: projections)
        defer { scratch.remove() }
        var last: Int64 = 0
        for try await sequence in try await connection.query(
            "SELECT COALESCE(max(sequence), 0)::BIGINT FROM events", logger: logger
        ).decode(Int64.self) {
            last = sequence
        }
        // Only the events of the types the checked projections read (each is handed only those anyway): a
        // report's check, which leaves the procurement read model out, leaves a national log's contract rows on
        // the server. No types (a projection that reads every type) is no filter.
        let filter = EventFilter(types: ReadModelScratch.eventTypes(read: projections) ?? [])
        var after: Int64 = 0
        var paging = EventPaging()
        while after < last {
            let statement = PostgresEventRow.select(filter: filter, afterSequence: after, limit: paging.limit)
            // The transaction's snapshot sees no event after `last`; the bound says so where it is used.
            let page = try await PostgresEventRow.decodeAll(
                try await connection.query(statement.postgresQuery, logger: logger)
            ).filter { $0.sequence <= last }
            guard let end = page.last else { break }
            _ = paging.mayContinue(after: page)
            try scratch.apply(page)
            after = end.sequence
            progress?(after, last)
        }

        var checkpoints: [String: (version: Int?, sequence: Int64?)] = [:]
        for try await (name, version, sequence) in try await connection.query(
            "SELECT name, version::BIGINT, sequence::BIGINT FROM projection_checkpoints", logger: logger
        ).decode((String, Int64?, Int64?).self) {
            checkpoints[name] = (version.map(Int.init), sequence)
        }

        var serverColumns: [String: Set<String>] = [:]
        for try await (table, column) in try await connection.query(
            """
            SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns WHERE table_schema = \
            current_schema()
            """,
            logger: logger
        ).decode((String, String).self) {
            serverColumns[table, default: []].insert(column)
        }
        for table in projections.flatMap(\.tables) {
            guard let present = serverColumns[table] else { continue }
            let columns = try scratch.columns(of: table).filter(present.contains)
            guard !columns.isEmpty else { continue }
            try scratch.copyLiveTable(table, columns: columns, rows: [])
            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            var batch: [[SQLValue]] = []
            for try await row in try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT \(list) FROM \"\(table)\""), logger: logger)
            {
                batch.append(try PostgresRandomAccessRow(row).map { try SQLValue($0) })
                if batch.count == 1_000 {
                    try scratch.copyLiveTable(table, columns: columns, rows: batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try scratch.copyLiveTable(table, columns: columns, rows: batch)
        }
        return try scratch.report(sequence: last, checkpoints: checkpoints)
    }
}
