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
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the rules new entries are judged by.")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let rules = try await GiftLogService(store: try storeOptions.open()).currentRules()
        Console.out("Gift rules version \(rules.version)")
        Console.out("  From a non-relative: allowed up to \(rules.threshold.formatted()) baht per giver per occasion.")
        Console.out("  Above that: report to the head of agency within \(rules.reportWithinDays) days of receipt.")
        if let source = rules.source { Console.out("  Source: \(source)") }
        var table = Table(columns: [.init("--relative"), .init("ญาติ Relative")])
        for relative in rules.relatives { table.append([relative.code, relative.name]) }
        Console.out(table.terminal(style: TerminalStyle()), terminator: "")
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
        try await GiftLogService(store: try storeOptions.open()).adopt(rules, actor: storeOptions.actorName)
        Console.out("Adopted gift rules version \(rules.version): \(rules.threshold.formatted()) baht, \(rules.reportWithinDays) days, \(rules.relatives.count) kinds of relative.")
    }
}
