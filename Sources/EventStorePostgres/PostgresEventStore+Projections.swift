import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    public func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport {
        try await ready()
        guard !isShared || keepsReadModels.withLock({ $0 }) else {
            throw PostgresStoreError.accessDenied(
                location, role: address.username,
                reason: "only an administrator rebuilds the read models of a shared database (`sujarit rebuild` "
                    + "with the administrator's login, or the projector)")
        }
        return try await mapErrors {
            try await session { connection in
                let replayed = try await self.rebuild(self.projections, on: connection, progress: progress)
                return RebuildReport(projections: self.projections.map(\.name), eventsReplayed: replayed)
            }
        }
    }

    /// Applies newly written events to every projection and moves their checkpoints.
    func apply(_ events: [RecordedEvent], on connection: PostgresConnection) async throws {
        guard let last = events.last else { return }
        var statements: [SQLStatement] = []
        // Each projection is handed only the events it reads; every checkpoint moves.
        let input = ProjectionInput(events)
        for projection in projections {
            statements += try input.statements(for: projection)
            statements.append(checkpoint(projection, sequence: last.sequence))
        }
        try await pipeline(ProjectionBatch.queries(placed(statements)), on: connection)
    }

    /// Runs `queries` on `connection` in order, queued all at once rather than awaited one by one: the
    /// connection sends each as soon as the one before has answered, from its own event loop, and this task
    /// waits once for them all. The first failure is thrown, not the refusals of the queries after it (the
    /// transaction has failed by then). Projection statements come here as ``ProjectionBatch`` blocks.
    func pipeline(_ queries: [PostgresQuery], on connection: PostgresConnection) async throws {
        guard !queries.isEmpty else { return }
        var pending: [EventLoopFuture<PostgresQueryResult>] = []
        pending.reserveCapacity(queries.count)
        for query in queries {
            let future: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
            pending.append(future)
        }
        // Waits for every statement, failed or not, so that nothing of the batch is still queued when the
        // caller goes on (to a ROLLBACK, say).
        let results = try await EventLoopFuture.whenAllComplete(pending, on: connection.eventLoop).get()
        for result in results {
            if case .failure(let error) = result { throw error }
        }
    }

    /// Brings every projection level with the log: a new or changed one is rebuilt, a lagging one catches up.
    func catchUpProjections(on connection: PostgresConnection) async throws {
        let last = try await lastSequence(on: connection)
        var checkpoints: [String: (version: Int, sequence: Int64)] = [:]
        for try await (name, version, sequence) in try await connection.query(
            "SELECT name, version::BIGINT, sequence FROM projection_checkpoints", logger: logger
        ).decode((String, Int, Int64).self) {
            checkpoints[name] = (version, sequence)
        }
        var stale: [any Projection] = []
        // Projections behind by the same amount (usually all of them, after a member of staff's append) replay
        // together: one read of the log's new pages for all.
        var behind: [Int64: [any Projection]] = [:]
        for projection in projections {
            guard let checkpoint = checkpoints[projection.name], checkpoint.version == projection.version else {
                stale.append(projection)
                continue
            }
            if checkpoint.sequence < last { behind[checkpoint.sequence, default: []].append(projection) }
        }
        for (after, lagging) in behind.sorted(by: { $0.key < $1.key }) {
            try await replay(into: lagging, after: after, on: connection, progress: nil)
        }
        if !stale.isEmpty { try await rebuild(stale, on: connection, progress: nil) }
    }

    @discardableResult
    private func rebuild(
        _ rebuilt: [any Projection], on connection: PostgresConnection, progress: ProgressHandler?
    ) async throws -> Int64 {
        var queries: [PostgresQuery] = []
        for projection in rebuilt {
            if isShared {
                if try await missingTables(of: projection, on: connection) {
                    try await recreateSharedTables(of: projection, on: connection)
                }
                // Shared tables hold every agency's rows; the policies confine the DELETE to this agency's.
                queries += projection.tables.map { PostgresQuery(unsafeSQL: "DELETE FROM \($0)") }
            } else {
                queries += projection.tables.map { PostgresQuery(unsafeSQL: "DROP TABLE IF EXISTS \($0)") }
                queries += projection.schema.map { PostgresQuery(unsafeSQL: $0) }
            }
            queries += ProjectionBatch.queries(placed([checkpoint(projection, sequence: 0)]))
        }
        try await pipeline(queries, on: connection)
        return try await replay(into: rebuilt, after: 0, on: connection, progress: progress)
    }

    @discardableResult
    private func replay(
        into targets: [any Projection], after start: Int64, on connection: PostgresConnection,
        progress: ProgressHandler?
    ) async throws -> Int64 {
        let total = try await lastSequence(on: connection)
        var after = start
        var replayed: Int64 = 0
        var statements: [SQLStatement] = []
        var paging = EventPaging()
        // Pages, not one cursor: the same connection runs the projection statements between reads. The limit is
        // written into the text: bound as a parameter, PostgreSQL's generic plan sorted the whole log for each
        // page (a rebuild of 100,000 contract rows in batch events took 981 s against 18 s).
        while true {
            let page = try await PostgresEventRow.decodeAll(
                try await connection.query(
                    """
                    SELECT \(unescaped: PostgresEventRow.columns) FROM events WHERE sequence > \(after) ORDER BY \
                    sequence LIMIT \(unescaped: String(paging.limit))
                    """,
                    logger: logger
                ))
            statements.removeAll(keepingCapacity: true)
            // A page at a time, each projection's batch form: a projection keeping counters writes each row
            // it touches once per page rather than once per event (``Projection/statements(forBatch:)``).
            // Projections own disjoint tables, so one projection's statements may all go before the next's.
            let input = ProjectionInput(page)
            for projection in targets { statements += try input.statements(for: projection) }
            try await pipeline(ProjectionBatch.queries(placed(statements)), on: connection)
            replayed += Int64(page.count)
            progress?(start + replayed, total)
            guard let last = page.last, paging.mayContinue(after: page) else { break }
            after = last.sequence
        }
        try await pipeline(
            ProjectionBatch.queries(placed(targets.map { checkpoint($0, sequence: total) })), on: connection)
        return replayed
    }

    func lastSequence(on connection: PostgresConnection) async throws -> Int64 {
        for try await sequence in try await connection.query(
            "SELECT sequence FROM chain_head WHERE id = 1", logger: logger
        ).decode(Int64.self) {
            return sequence
        }
        return 0
    }

    /// Projection statements as this store's tables take them: unchanged, or placed in the shared layout.
    func placed(_ statements: [SQLStatement]) -> [SQLStatement] {
        isShared ? statements.map(SharedTables.statement) : statements
    }

    /// The statement recording that `projection` has seen the log up to `sequence`.
    private func checkpoint(_ projection: any Projection, sequence: Int64) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO projection_checkpoints (name, version, sequence) VALUES (?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET version = excluded.version, sequence = excluded.sequence
            """,
            [projection.name, projection.version, sequence]
        )
    }
}

/// Projection statements sent many to a round trip.
///
/// postgres-nio sends a connection's queries one after another, each once the one before has answered, so a
/// statement per query costs a round trip and a parse on the server however they are queued. Here a batch's
/// statements go as one `DO` block that `EXECUTE`s each in turn on the server: the same order, the same
/// transaction, and the first statement that fails stops the block with its own error. The arguments are
/// written into the text as literals of the types their binds have (`text`, `bigint`, `double precision`,
/// an untyped NULL), so a statement means what it means with `?` bound; text is dollar-quoted with a tag it
/// does not contain, so nothing in it is read as SQL.
enum ProjectionBatch {
    /// About how much SQL one `DO` block may carry before the next one starts.
    static let blockSize = 1 << 20

    /// The queries running `statements` in order: `DO` blocks of up to ``blockSize`` characters.
    static func queries(_ statements: [SQLStatement]) -> [PostgresQuery] {
        var queries: [PostgresQuery] = []
        var body: [String] = []
        var size = 0
        // Whether a statement of the block has a `$` of its own, in its text or a value: without one, the only
        // dollar signs are the `$t$` and `$q$` tags written here, so no other tag needs a search (a search of
        // every statement's text was a tenth of a rebuild's client time).
        var dollars = false
        func flush() {
            guard !body.isEmpty else { return }
            let joined = body.joined(separator: "\n")
            let tag = dollars ? dollarTag(avoiding: joined, base: "sujarit_batch") : "$sujarit_batch$"
            queries.append(PostgresQuery(unsafeSQL: "DO \(tag) BEGIN\n\(joined)\nEND \(tag)"))
            body.removeAll(keepingCapacity: true)
            size = 0
            dollars = false
        }
        for statement in statements {
            let sql = inlined(statement)
            let own = hasDollar(statement)
            dollars = dollars || own
            let tag = own ? dollarTag(avoiding: sql, base: "q") : "$q$"
            body.append("EXECUTE \(tag)\(sql)\(tag);")
            size += sql.utf8.count + 2 * tag.utf8.count + 10
            if size >= blockSize { flush() }
        }
        flush()
        return queries
    }

    /// The statement with each `?` outside quotes replaced by its argument as a typed literal.
    ///
    /// Worked on the UTF-8 bytes, the text between placeholders copied in runs: a rebuild inlines every
    /// statement it sends, and scalar by scalar this was most of a rebuild's client time (issue 17's profile).
    static func inlined(_ statement: SQLStatement) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(statement.sql.utf8.count + statement.arguments.count * 16)
        var arguments = statement.arguments.makeIterator()
        var quote: UInt8?
        let question = UInt8(ascii: "?"), single = UInt8(ascii: "'"), double = UInt8(ascii: "\"")
        let sql = Array(statement.sql.utf8)
        var runStart = 0
        for (index, byte) in sql.enumerated() {
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == single || byte == double {
                quote = byte
            } else if byte == question {
                out.append(contentsOf: sql[runStart..<index])
                out.append(contentsOf: literal(arguments.next() ?? .null).utf8)
                runStart = index + 1
            }
        }
        out.append(contentsOf: sql[runStart...])
        while let last = out.last, last == UInt8(ascii: ";") || last == 0x20 || (0x09...0x0D).contains(last) {
            out.removeLast()
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the statement's text or one of its text values has a `$`.
    static func hasDollar(_ statement: SQLStatement) -> Bool {
        let dollar = UInt8(ascii: "$")
        if statement.sql.utf8.contains(dollar) { return true }
        return statement.arguments.contains { argument in
            if case .text(let text) = argument { return text.utf8.contains(dollar) }
            return false
        }
    }

    /// A value as a literal of the type postgres-nio binds it with.
    static func literal(_ value: SQLValue) -> String {
        switch value {
        case .null:
            return "NULL"
        case .integer(let value):
            return "(\(value))::bigint"
        case .real(let value):
            let text = value.isNaN ? "NaN" : value.isInfinite ? (value < 0 ? "-Infinity" : "Infinity") : "\(value)"
            return "'\(text)'::double precision"
        case .text(let value):
            let tag = dollarTag(avoiding: value, base: "t")
            return "\(tag)\(value)\(tag)::text"
        }
    }

    /// `$base$`, or `$base1$`, `$base2$`, … : the first dollar-quote tag that does not occur in `text`.
    static func dollarTag(avoiding text: String, base: String) -> String {
        var tag = "$\(base)$"
        // Most text has no `$` at all: no search needed (a search per statement and value was a tenth of a
        // rebuild's client time).
        guard text.utf8.contains(UInt8(ascii: "$")) else { return tag }
        var n = 0
        while occurs(tag, in: text) {
            n += 1
            tag = "$\(base)\(n)$"
        }
        return tag
    }

    /// Whether `needle` occurs in `text`, byte for byte (the generic searches of the standard library and
    /// Foundation showed up in a rebuild's profile).
    static func occurs(_ needle: String, in text: String) -> Bool {
        let pattern = Array(needle.utf8), bytes = Array(text.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return pattern.isEmpty }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
