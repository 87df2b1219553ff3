import Sujarit

/// A person working for the agency, as far as integrity work needs to know them.
public struct StaffMember: Sendable, Hashable, Codable {
    /// A short stable id, usually the login name, used with `--as` and in files.
    public var id: String
    /// Full name with title, in Thai (e.g. นายสมชาย ใจดี).
    public var name: String
    /// Position (ตำแหน่ง).
    public var position: String
    /// The code of the department the person belongs to.
    public var department: String
    /// What the person may do in Sujarit.
    public var roles: Set<Role>
    /// The first day of service, when known; gifts and declarations before it are refused.
    public var since: CalendarDate?
    /// The last day of service, when the person has left.
    public var until: CalendarDate?

    public init(
        id: String, name: String, position: String, department: String, roles: Set<Role>,
        since: CalendarDate? = nil, until: CalendarDate? = nil
    ) {
        self.id = id
        self.name = name
        self.position = position
        self.department = department
        self.roles = roles
        self.since = since
        self.until = until
    }

    /// Encodes `roles` sorted by name: a `Set`'s order changes from one run of the program to the next, and
    /// the same member must always encode to the same bytes (the directory read model keeps this encoding,
    /// and `sujarit verify` compares it with a replay of the log).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(position, forKey: .position)
        try container.encode(department, forKey: .department)
        try container.encode(roles.sorted { $0.rawValue < $1.rawValue }, forKey: .roles)
        try container.encodeIfPresent(since, forKey: .since)
        try container.encodeIfPresent(until, forKey: .until)
    }

    /// Whether the person holds `role`.
    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// Whether the person was in service on `day`.
    public func isServing(on day: CalendarDate) -> Bool {
        (since.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
}
