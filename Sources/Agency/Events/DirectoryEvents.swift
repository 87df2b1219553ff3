import EventStore

/// A department was added to the directory, or its names changed. Carries the whole record, so the
/// latest event of a department's stream is its current state.
public struct DepartmentDefined: DomainEvent, Equatable {
    public static let eventType = "DepartmentDefined"
    public var department: Department

    public init(department: Department) { self.department = department }

    /// The department's stream, `department/<code>`.
    public static func stream(_ code: String) throws -> StreamID { try StreamID(category: "department", id: code) }
}

/// A staff member was added to the directory, or their position, department, roles or dates changed.
public struct StaffMemberDefined: DomainEvent, Equatable {
    public static let eventType = "StaffMemberDefined"
    public var member: StaffMember

    public init(member: StaffMember) { self.member = member }

    /// The person's stream, `staff/<id>`.
    public static func stream(_ id: String) throws -> StreamID { try StreamID(category: "staff", id: id) }
}
