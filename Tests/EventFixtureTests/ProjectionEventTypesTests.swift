import EventStore
import Foundation
import SujaritModules
import Testing

/// Every registered projection that declares the event types it reads (``Projection/eventTypes``) declares every
/// type it writes statements for: the store hands it nothing else, so a type left out would silently leave its
/// rows missing. Checked over one pinned payload of every event type and schema version (Tests/Fixtures/events).
@Suite("Projections declare the event types they read")
struct ProjectionEventTypesTests {
    /// Each pinned fixture as a recorded event, with its real columns.
    static func events() throws -> [RecordedEvent] {
        try EventFixture.all().map { fixture in
            RecordedEvent(
                sequence: fixture.sequence, streamID: try StreamID(fixture.streamID),
                streamVersion: fixture.streamVersion, type: fixture.type, schemaVersion: fixture.schemaVersion,
                occurredAt: Date(timeIntervalSince1970: Double(fixture.occurredAtMicros) / 1_000_000),
                recordedAt: Date(timeIntervalSince1970: Double(fixture.recordedAtMicros) / 1_000_000),
                actor: fixture.actor, payload: try fixture.payload(), dedupeKey: fixture.dedupeKey,
                previousHash: .genesis, hash: .genesis)
        }
    }

    /// The `file: type` of each event `projection` writes statements for without declaring its type.
    static func undeclared(by projection: any Projection, in events: [RecordedEvent]) throws -> [String] {
        guard let declared = projection.eventTypes else { return [] }
        return try events.filter { event in
            guard !declared.contains(event.type) else { return false }
            return try !projection.statements(for: event).isEmpty
        }.map { "\($0.type) v\($0.schemaVersion)" }
    }

    @Test("no projection writes statements for an event type it does not declare")
    func everyReadTypeDeclared() throws {
        let events = try Self.events()
        #expect(events.count >= 87)
        for projection in ModuleCatalog.projections {
            #expect(try Self.undeclared(by: projection, in: events) == [], "\(projection.name): add to eventTypes")
        }
        // Every registered projection declares its types, so an import of contracts walks only procurement's.
        let undeclaring = ModuleCatalog.projections.filter { $0.eventTypes == nil }.map(\.name)
        #expect(undeclaring == [], "declare eventTypes in these projections")
    }

    @Test("the check catches a projection that leaves out a type it reads")
    func checkCanFail() throws {
        let events = try Self.events()
        let procurement = try #require(ModuleCatalog.projections.first { $0.name == "procurement" })
        let missing = Narrowed(base: procurement, leaving: "ContractRecorded")
        #expect(try Self.undeclared(by: missing, in: events).contains("ContractRecorded v1"))
    }
}

/// `base` with one type taken out of its declaration: what a projection whose `eventTypes` forgot a case is.
struct Narrowed: Projection {
    var base: any Projection
    var leaving: String
    var name: String { base.name }
    var version: Int { base.version }
    var schema: [String] { base.schema }
    var tables: [String] { base.tables }
    var eventTypes: Set<String>? { base.eventTypes.map { $0.subtracting([leaving]) } }
    func statements(for event: RecordedEvent) throws -> [SQLStatement] { try base.statements(for: event) }
}
