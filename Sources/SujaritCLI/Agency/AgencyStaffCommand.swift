import Agency
import ArgumentParser
import Presentation

/// `sujarit agency staff`: who works here and in which roles.
struct AgencyStaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "List staff with position, department and roles (รายชื่อบุคลากร).",
        discussion: """
            With --format json or csv a row carries the department's code and name apart, and the roles as their \
            codes separated by spaces.
            Examples:
              sujarit agency staff --role committee-member
              sujarit agency staff --format csv > staff.csv
            """
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
        // Scripts read the department's code and its name apart; people read the name.
        let machine = output.format != .table
        var table = Table(
            columns: [
                .init("รหัส ID", key: "id"), .init("ชื่อ Name", key: "name"), .init("ตำแหน่ง Position", key: "position"),
                .init("สังกัด Department", key: "department"),
            ] + (machine ? [.init("ชื่อสังกัด", key: "department_name")] : []) + [.init("บทบาท Roles", key: "roles")])
        for member in directory.staff where wanted.map(member.has) ?? true {
            let name = directory.department(member.department)?.name
            let roles = member.roles.subtracting([.staff]).sorted().map { machine ? $0.rawValue : $0.label.th }
            let department: [Table.Cell] =
                machine ? [.text(member.department), .text(name)] : [.text(name ?? member.department)]
            table.append(
                [.text(member.id), .text(member.name), .text(member.position)] + department
                    + [.text(roles.joined(separator: machine ? " " : ", "))])
        }
        Console.out(output.render(table), terminator: "")
    }
}
