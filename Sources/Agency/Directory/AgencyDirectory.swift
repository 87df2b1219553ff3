import Foundation
import EventStore
import Sujarit

/// The agency's departments and staff, as the store knows them now.
public struct AgencyDirectory: Sendable, Hashable {
    /// Departments sorted by code.
    public var departments: [Department]
    /// Staff sorted by id.
    public var staff: [StaffMember]

    public init(departments: [Department], staff: [StaffMember]) {
        self.departments = departments.sorted { $0.code < $1.code }
        self.staff = staff.sorted { $0.id < $1.id }
    }

    /// The department with `code`, if any.
    public func department(_ code: String) -> Department? { departments.first { $0.code == code } }

    /// The staff member with `id`, if any.
    public func member(_ id: String) -> StaffMember? { staff.first { $0.id == id } }

    /// Staff holding `role`.
    public func members(with role: Role) -> [StaffMember] { staff.filter { $0.has(role) } }

    /// Reads the directory from the store's read model.
    public static func load(from store: any EventStore) async throws -> AgencyDirectory {
        let departments = try await store.query("SELECT record FROM agency_departments ORDER BY code").map { row in
            try EventCoding.decode(Department.self, from: Data((row.string("record") ?? "").utf8))
        }
        let staff = try await store.query("SELECT record FROM agency_staff ORDER BY id").map { row in
            try EventCoding.decode(StaffMember.self, from: Data((row.string("record") ?? "").utf8))
        }
        return AgencyDirectory(departments: departments, staff: staff)
    }
}
