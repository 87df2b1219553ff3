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
    /// The event types whose ``statements(for:)`` can be non-empty, or nil (the default) for "any type".
    ///
    /// Why: the store hands a projection only the events of these types (``ProjectionInput``), so a projection
    /// that ignores most of the log is not walked through it: an import of 1,000,000 contract rows was copying
    /// every event once for each of the eight projections that read none of them (issue 17). Declare a type
    /// here for every `case` of ``statements(for:)`` that returns statements: an event of a type left out is
    /// never seen, and its rows would silently be missing (`ProjectionEventTypesTests` runs every projection
    /// over every pinned event to catch that).
    var eventTypes: Set<String>? { get }
}

extension Projection {
    /// Each event's ``statements(for:)``, in order: what a projection without a batch form of its own runs.
    public func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement] {
        var statements: [SQLStatement] = []
        for event in events { statements += try self.statements(for: event) }
        return statements
    }

    /// Any type: a projection that does not say which types it reads is given every event.
    public var eventTypes: Set<String>? { nil }
}

/// One batch of consecutive events, handed to each projection as the events it reads (``Projection/eventTypes``).
///
/// The batch's types are collected once; a projection that reads all of them gets the batch itself (an array
/// shares its storage, nothing is copied), one that reads none is skipped, and only one that reads some of
/// them gets a filtered copy. An import's batches hold one type, so each projection is either handed the batch
/// or skipped.
public struct ProjectionInput {
    /// The events, in log order.
    public let events: [RecordedEvent]
    /// The distinct event types among ``events``.
    public let types: Set<String>

    /// Collects the types of `events`.
    public init(_ events: [RecordedEvent]) {
        self.events = events
        var types: Set<String> = []
        var last: String?
        // Runs of one type are the rule (an import's rows): compare with the previous type before hashing.
        for index in events.indices where events[index].type != last {
            types.insert(events[index].type)
            last = events[index].type
        }
        self.types = types
    }

    /// The events `projection` reads, in log order; empty when it reads none of this batch's types.
    public func events(for projection: any Projection) -> [RecordedEvent] {
        guard let read = projection.eventTypes, !types.isSubset(of: read) else { return events }
        guard !types.isDisjoint(with: read) else { return [] }
        return events.filter { read.contains($0.type) }
    }

    /// `projection`'s batch statements for the events it reads (``Projection/statements(forBatch:)``); none,
    /// without calling it, when it reads none of them.
    public func statements(for projection: any Projection) throws -> [SQLStatement] {
        let mine = events(for: projection)
        return mine.isEmpty ? [] : try projection.statements(forBatch: mine)
    }
}
