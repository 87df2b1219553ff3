import ArgumentParser

/// `sujarit agency`: the agency's departments and staff.
struct AgencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "The agency's profile, departments and staff (ทำเนียบหน่วยงาน).",
        subcommands: [
            AgencyLoadCommand.self, AgencyStaffCommand.self, AgencyDepartmentsCommand.self, AgencyProfileCommand.self,
        ]
    )
}
