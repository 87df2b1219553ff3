import Agency
import ArgumentParser
import Presentation

/// `sujarit agency departments`: the agency's units.
struct AgencyDepartmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "departments",
        abstract: "List departments (ส่วนราชการ).",
        discussion: """
            Examples:
              sujarit agency departments
              sujarit agency departments --format json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let directory = try await AgencyDirectory.load(from: try storeOptions.open())
        var table = Table(columns: [
            .init("รหัส Code", key: "code"), .init("ชื่อ Name", key: "name"), .init("English", key: "name_en"),
        ])
        for department in directory.departments {
            table.append([.text(department.code), .text(department.name), .text(department.nameEnglish)])
        }
        Console.out(output.render(table), terminator: "")
    }
}
