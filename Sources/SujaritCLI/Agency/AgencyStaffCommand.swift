import Agency
import ArgumentParser
import Presentation

/// `sujarit agency staff`: who works here and in which roles.
struct AgencyStaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "List staff with position, department and roles (รายชื่อบุคลากร).",
        discussion: "Example: sujarit agency staff --role committee-member"
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(
        help: ArgumentHelp(
            "Only people with this role (\(Role.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "role")
    )
    var role: String?

    func run() async throws {
        let wanted = try role.map { text in
            guard let role = Role(rawValue: text) else {
                throw ValidationError(
                    """
                    --role '\(text)' is not a role; roles are: \
                    \(Role.allCases.map(\.rawValue).joined(separator: ", ")).
                    """
                )
            }
            return role
        }
        let directory = try await AgencyDirectory.load(from: try storeOptions.open())
        var table = Table(columns: [
            .init("รหัส ID", key: "id"), .init("ชื่อ Name", key: "name"), .init("ตำแหน่ง Position", key: "position"),
            .init("สังกัด Department", key: "department"), .init("บทบาท Roles", key: "roles"),
        ])
        for member in directory.staff where wanted.map(member.has) ?? true {
            let department = directory.department(member.department)?.name ?? member.department
            let roles = member.roles.subtracting([.staff]).sorted().map {
                output.format == .table ? $0.label.th : $0.rawValue
            }
            table.append([member.id, member.name, member.position, department, roles.joined(separator: ", ")])
        }
        Console.out(table.render(output.format, style: output.style), terminator: "")
    }
}
