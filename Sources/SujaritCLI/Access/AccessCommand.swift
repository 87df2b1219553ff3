import ArgumentParser

/// `sujarit access`: who may see which agency's store in a PostgreSQL database shared by many agencies.
struct AccessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Who may see which agency's store on a shared PostgreSQL server (สิทธิ์การเข้าถึง).",
        discussion: """
            A province or the whole country keeps many agencies' stores in one PostgreSQL database, one per \
            agency (--store 'postgres://…/db?agency=6302203'). PostgreSQL itself keeps them apart: a login \
            reads and writes only the agencies it is granted, so even a direct SQL connection cannot read \
            another agency's declarations. A provincial or national view reads every agency it covers and \
            writes none. Granting needs the administrator's login.

            Examples:
              sujarit access list --store postgres://admin@db.example/sujarit
              sujarit access grant somchai --agency 6302203 --store postgres://admin@db.example/sujarit
              sujarit access grant nacc_narathiwat --province 96 --store postgres://admin@db.example/sujarit
              sujarit access province 6302203 96 --store postgres://admin@db.example/sujarit
            """,
        subcommands: [
            AccessListCommand.self, AccessGrantCommand.self, AccessRevokeCommand.self, AccessProvinceCommand.self,
        ]
    )
}
