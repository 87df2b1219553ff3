import EventStore
import Foundation
import Sujarit

/// Keeps `ita_frameworks` (each recorded framework version, whole) and `ita_results` (each year's current
/// result, whole, with how many times it was recorded), in portable SQL.
public struct ITAProjection: Projection {
    public init() {}
    public let name = "ita"
    public let version = 1
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? { [ITAFrameworkAdopted.eventType, ITAResultRecorded.eventType] }
    public let tables = ["ita_frameworks", "ita_results"]

    public let schema = [
        """
        CREATE TABLE ita_frameworks (
            fiscal_year BIGINT NOT NULL, version BIGINT NOT NULL, record TEXT NOT NULL,
            PRIMARY KEY (fiscal_year, version)
        )
        """,
        """
        CREATE TABLE ita_results (
            fiscal_year BIGINT PRIMARY KEY, framework TEXT NOT NULL, stream_version BIGINT NOT NULL,
            revisions BIGINT NOT NULL, record TEXT NOT NULL
        )
        """,
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case ITAFrameworkAdopted.eventType:
            let framework = try event.decode(ITAFrameworkAdopted.self).framework
            return [
                SQLStatement(
                    """
                    INSERT INTO ita_frameworks (fiscal_year, version, record) VALUES (?, ?, ?) ON CONFLICT \
                    (fiscal_year, version) DO NOTHING
                    """,
                    [
                        framework.fiscalYear.be, framework.version,
                        String(decoding: try EventCoding.encode(framework), as: UTF8.self),
                    ]
                )
            ]
        case ITAResultRecorded.eventType:
            let result = try event.decode(ITAResultRecorded.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO ita_results (fiscal_year, framework, stream_version, revisions, record) VALUES (?, ?, ?, 1, ?)
                    ON CONFLICT (fiscal_year) DO UPDATE SET framework = excluded.framework, stream_version = excluded.stream_version,
                        revisions = ita_results.revisions + 1, record = excluded.record
                    """,
                    [
                        result.fiscalYear.be, result.framework.description, event.streamVersion,
                        String(decoding: try EventCoding.encode(result), as: UTF8.self),
                    ]
                )
            ]
        default:
            return []
        }
    }
}

/// Typed reads of the ITA read model.
public enum ITAQueries {
    /// A year's current result with its stream version and how many times it was recorded.
    public struct Stored: Sendable, Hashable {
        public var result: ITAResultRecorded
        public var streamVersion: Int
        public var revisions: Int
    }

    /// Every year's current result, oldest year first.
    public static func results(_ store: any EventStore) async throws -> [Stored] {
        try await store.query("SELECT stream_version, revisions, record FROM ita_results ORDER BY fiscal_year").map(
            stored)
    }

    /// The current result of `year`, if recorded.
    public static func result(_ store: any EventStore, year: FiscalYear) async throws -> Stored? {
        try await store.query(
            "SELECT stream_version, revisions, record FROM ita_results WHERE fiscal_year = ?", [year.be]
        ).first.map(stored)
    }

    /// The framework recorded under `key`, if any.
    public static func framework(_ store: any EventStore, key: ITAFrameworkKey) async throws -> ITAFramework? {
        try await store.query(
            "SELECT record FROM ita_frameworks WHERE fiscal_year = ? AND version = ?", [key.fiscalYear.be, key.version]
        ).first.map { row in
            try EventCoding.decode(ITAFramework.self, from: Data((row.string("record") ?? "").utf8))
        }
    }

    private static func stored(_ row: SQLRow) throws -> Stored {
        Stored(
            result: try EventCoding.decode(ITAResultRecorded.self, from: Data((row.string("record") ?? "").utf8)),
            streamVersion: row.int("stream_version") ?? 0, revisions: row.int("revisions") ?? 0
        )
    }
}
