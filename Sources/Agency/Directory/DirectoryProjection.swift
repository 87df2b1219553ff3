import EventStore
import Foundation

/// Keeps `agency_departments` and `agency_staff`: one row per department and person, with the full record
/// as JSON beside the columns that queries filter on.
public struct DirectoryProjection: Projection {
    public init() {}
    public let name = "agency_directory"
    public let version = 1
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? { [DepartmentDefined.eventType, StaffMemberDefined.eventType] }
    public let tables = ["agency_departments", "agency_staff"]
    public let schema = [
        "CREATE TABLE agency_departments (code TEXT PRIMARY KEY, name TEXT NOT NULL, record TEXT NOT NULL)",
        """
        CREATE TABLE agency_staff (id TEXT PRIMARY KEY, name TEXT NOT NULL, department TEXT NOT NULL, roles TEXT \
        NOT NULL, record TEXT NOT NULL)
        """,
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case DepartmentDefined.eventType:
            let department = try event.decode(DepartmentDefined.self).department
            return [
                SQLStatement(
                    """
                    INSERT INTO agency_departments (code, name, record) VALUES (?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, record = excluded.record
                    """,
                    [department.code, department.name, try Self.json(department)]
                )
            ]
        case StaffMemberDefined.eventType:
            let member = try event.decode(StaffMemberDefined.self).member
            return [
                SQLStatement(
                    """
                    INSERT INTO agency_staff (id, name, department, roles, record) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, department = excluded.department,
                        roles = excluded.roles, record = excluded.record
                    """,
                    [
                        member.id, member.name, member.department,
                        member.roles.map(\.rawValue).sorted().joined(separator: ","), try Self.json(member),
                    ]
                )
            ]
        default:
            return []
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try EventCoding.encode(value), as: UTF8.self)
    }
}
