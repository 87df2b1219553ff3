import ArgumentParser
import GiftLog
import Presentation

/// `sujarit gift rules`: the rules gifts are judged by.
struct GiftRulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Show or adopt the gift rules (เกณฑ์การรับของขวัญ).",
        subcommands: [GiftRulesShowCommand.self, GiftRulesAdoptCommand.self],
        defaultSubcommand: GiftRulesShowCommand.self
    )
}

/// `sujarit gift rules show`: the rules new entries are judged by.
struct GiftRulesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the rules new entries are judged by.")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let rules = try await GiftLogService(store: try storeOptions.open()).currentRules()
        Console.out("Gift rules version \(rules.version)")
        Console.out("  From a non-relative: allowed up to \(rules.threshold.formatted()) baht per giver per occasion.")
        Console.out("  Above that: report to the head of agency within \(rules.reportWithinDays) days of receipt.")
        if let source = rules.source { Console.out("  Source: \(source)") }
        if let policy = rules.noGiftPolicy, policy.partiesWithBusiness {
            Console.out(
                """
                  From a party with business before the agency (--deals-with-agency): any value is ไม่ควรรับ and \
                reported.\(policy.source.map { " Source: \($0)" } ?? "")
                """
            )
        }
        if let given = rules.givenGifts {
            Console.out(
                """
                  Given to a superior (--to-superior): at most \(given.superiorLimit.formatted()) baht. Paid with \
                public money (--public-money): at most \(given.publicMoneyLimit.formatted()) baht.
                """
            )
        }
        var table = Table(columns: [
            .init("--relative / --relation"), .init("ญาติ Relative"),
            .init("ตามฐานานุรูป ไม่เกิน Limit", alignment: .trailing),
        ])
        for relative in rules.relatives {
            table.append([relative.code, relative.name, relative.limit?.formatted() ?? "—"])
        }
        Console.out(table.terminal(style: TerminalStyle()), terminator: "")
        var heads = Table(columns: [
            .init("ประเภท Agency type"), .init("หัวหน้า Head positions"),
            .init("ผู้พิจารณาของขวัญของหัวหน้า Decides the head's gift"),
        ])
        for type in rules.headOfAgencyInForce.types {
            heads.append([type.type, type.headPositions.joined(separator: ", "), type.nextAuthority])
        }
        Console.out(heads.terminal(style: TerminalStyle()), terminator: "")
    }
}

/// `sujarit gift rules adopt`: adopts a new version from a rules file.
struct GiftRulesAdoptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Adopt a new version of the rules from a YAML file; later entries are judged by it.",
        discussion: """
            Raise 'version' in the file first. Example:
              sujarit gift rules adopt Registers/gift-rules.yaml
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The rules file (see Registers/gift-rules.yaml).", valueName: "file"))
    var file: String

    func run() async throws {
        let rules = try GiftRules.load(file)
        try await GiftLogService(store: try storeOptions.open()).adopt(rules, context: storeOptions.context)
        Console.out(
            """
            Adopted gift rules version \(rules.version): \(rules.threshold.formatted()) baht, \
            \(rules.reportWithinDays) days, \(rules.relatives.count) kinds of relative.
            """
        )
    }
}
