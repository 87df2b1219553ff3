import EventStore
import Foundation

/// The agency a store serves, as recorded when it was created.
public struct AgencyProfile: Sendable, Equatable {
    public var agencyName: String?
    public var departmentID: String?
    public var createdBy: String
    public var createdAt: Date

    /// Reads the profile from the read model; nil for a store without one.
    public static func load(from store: any EventStore) async throws -> AgencyProfile? {
        guard let row = try await store.query("SELECT agency_name, department_id, created_by, created_at FROM store_profile").first else {
            return nil
        }
        return AgencyProfile(
            agencyName: row.string("agency_name"),
            departmentID: row.string("department_id"),
            createdBy: row.string("created_by") ?? "",
            createdAt: Microseconds.date(row.int64("created_at") ?? 0)
        )
    }

    /// Records a new store's first event.
    public static func initialize(
        _ store: any EventStore, agencyName: String?, departmentID: String?, sujaritVersion: String, actor: String, at now: Date = Date()
    ) async throws {
        let event = StoreInitialized(agencyName: agencyName, departmentID: departmentID, sujaritVersion: sujaritVersion)
        try await store.append([ProposedEvent(event, occurredAt: now, actor: actor)], to: StoreInitialized.stream, expectedVersion: .noStream)
    }
}

/// Keeps `store_profile`: one row describing the store's agency.
public struct StoreProfileProjection: Projection {
    public init() {}
    public let name = "store_profile"
    public let version = 1
    public let tables = ["store_profile"]
    public let schema = [
        """
        CREATE TABLE store_profile (
            id            BIGINT PRIMARY KEY,
            agency_name   TEXT,
            department_id TEXT,
            created_by    TEXT NOT NULL,
            created_at    BIGINT NOT NULL
        )
        """,
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        guard event.type == StoreInitialized.eventType else { return [] }
        let initialized = try event.decode(StoreInitialized.self)
        return [SQLStatement(
            "INSERT INTO store_profile (id, agency_name, department_id, created_by, created_at) VALUES (1, ?, ?, ?, ?)",
            [initialized.agencyName, initialized.departmentID, event.actor, Microseconds.from(event.occurredAt)]
        )]
    }
}
