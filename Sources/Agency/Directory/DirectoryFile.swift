import Sujarit

/// A directory file (`Registers/…/agency.yaml`): the departments and staff an agency keeps by hand.
///
/// ```yaml
/// departments:
///   - code: CLERK
///     name: สำนักปลัดเทศบาล
///     name_en: Office of the Municipal Clerk
/// staff:
///   - id: somchai
///     name: นายสมชาย ใจดี
///     position: ปลัดเทศบาล
///     department: CLERK
///     roles: [committee-chair, executive]
///     since: 1 ต.ค. 58
/// ```
public struct DirectoryFile: Sendable, Hashable {
    public var departments: [Department]
    public var staff: [StaffMember]

    public init(departments: [Department], staff: [StaffMember]) {
        self.departments = departments
        self.staff = staff
    }

    /// Reads and validates a directory file: unknown fields, duplicate codes or ids, unknown roles, dates,
    /// and staff in departments that neither the file nor `known` defines are errors naming file and line.
    public static func load(
        _ path: String, known: AgencyDirectory = AgencyDirectory(departments: [], staff: [])
    ) throws -> DirectoryFile {
        try parse(try ConfigNode.load(path), known: known)
    }

    /// Validates an already parsed document (see ``load(_:known:)``).
    public static func parse(
        _ root: ConfigNode, known: AgencyDirectory = AgencyDirectory(departments: [], staff: [])
    ) throws -> DirectoryFile {
        try root.allowOnly(["agency", "departments", "staff"])
        var departments: [Department] = []
        for node in try root.optional("departments")?.items() ?? [] {
            try node.allowOnly(["code", "name", "name_en"])
            let code = try node.text("code")
            guard !departments.contains(where: { $0.code == code }) else {
                throw try node.required("code").error("the department code '\(code)' appears twice")
            }
            departments.append(
                Department(code: code, name: try node.text("name"), nameEnglish: try node.optionalText("name_en")))
        }
        let departmentCodes = Set(departments.map(\.code) + known.departments.map(\.code))
        var staff: [StaffMember] = []
        for node in try root.optional("staff")?.items() ?? [] {
            try node.allowOnly(["id", "name", "position", "department", "roles", "since", "until"])
            let id = try node.text("id")
            guard !staff.contains(where: { $0.id == id }) else {
                throw try node.required("id").error("the staff id '\(id)' appears twice")
            }
            let departmentNode = try node.required("department")
            let department = try departmentNode.text()
            guard departmentCodes.contains(department) else {
                throw departmentNode.error(
                    """
                    unknown department '\(department)'; known codes: \
                    \(departmentCodes.sorted().joined(separator: ", "))
                    """
                )
            }
            let roles = try Self.roles(node)
            let member = StaffMember(
                id: id, name: try node.text("name"), position: try node.text("position"), department: department,
                roles: roles, since: try node.optional("since")?.date(), until: try node.optional("until")?.date()
            )
            if let since = member.since, let until = member.until, until < since {
                throw try node.required("until").error("'until' (\(until)) is before 'since' (\(since))")
            }
            staff.append(member)
        }
        return DirectoryFile(departments: departments, staff: staff)
    }

    private static func roles(_ node: ConfigNode) throws -> Set<Role> {
        guard let rolesNode = try node.optional("roles") else { return [.staff] }
        var roles: Set<Role> = [.staff]
        for text in try rolesNode.texts() {
            guard let role = Role(rawValue: text) else {
                throw rolesNode.error(
                    "unknown role '\(text)'; roles are: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            roles.insert(role)
        }
        return roles
    }
}
