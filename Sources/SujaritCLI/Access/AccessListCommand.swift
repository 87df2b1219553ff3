import ArgumentParser
import Presentation

/// `sujarit access list`: the agencies in the database and who may use them.
struct AccessListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the agencies on the server, your access to each, and every login's grants.",
        discussion: """
            With --format json or csv: the agencies only, access as read-write, read or none, personal_data as \
            true or false, province null when not known.
            Example: sujarit access list --store postgres://admin@db.example/sujarit --format json
            """
    )

    @OptionGroup var server: AccessServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await CommandFailure.report {
            let access = try server.access()
            var agencies = Table(columns: [
                .init("รหัสหน่วยงาน Agency", key: "agency"), .init("จังหวัด Province", key: "province"),
                .init("สิทธิ์ของท่าน Your access", key: "access"),
                .init("ข้อมูลส่วนบุคคล Personal data", key: "personal_data"),
            ])
            // Scripts read the access as a code (read-write, read, none) and the personal-data right as a boolean.
            let machine = output.format != .table
            for agency in try await access.agencies() {
                let mine =
                    agency.canWrite
                    ? (machine ? "read-write" : "read & write")
                    : agency.canRead ? (machine ? "read" : "read only") : "none"
                agencies.append([
                    .text(agency.departmentID), .text(agency.province), .text(mine),
                    machine ? .bool(agency.reviews) : .text(agency.reviews ? "yes" : "no"),
                ])
            }
            Console.out(output.render(agencies), terminator: "")
            guard output.format == .table else { return }
            var grants = Table(columns: [
                .init("Login", key: "login"), .init("ขอบเขต Scope", key: "scope"), .init("สิทธิ์ Access", key: "access"),
                .init("ผู้ตรวจข้อมูลส่วนบุคคล Reviewer", key: "reviewer"),
            ])
            for grant in try await access.grants() {
                grants.append([
                    grant.login, grant.scope, grant.canWrite ? "read & write" : "read only",
                    grant.reviewer ? "yes" : "no",
                ])
            }
            Console.out("")
            Console.out(output.render(grants), terminator: "")
        }
    }
}
