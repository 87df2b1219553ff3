import ArgumentParser
import Oversight

/// `sujarit flags dismiss`: closes a flag that needs no further action, with the reason.
struct FlagsDismissCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Dismiss a flag that needs no further action, saying why (ยุติข้อสังเกต).",
        discussion: """
            Only the internal auditor or the legal officer may dismiss. The reason stays \
            on the flag's record, and a later 'flags run' does not raise it again.
            Example:
              sujarit flags dismiss RF-2568-0004 --reason "ซื้อวัสดุคนละงาน มีใบขอซื้อแยก" --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The flag's id, e.g. RF-2568-0004.", valueName: "flag-id"))
    var id: String

    @Option(help: ArgumentHelp("Why the flag needs no further action (required).", valueName: "text"))
    var reason: String

    func run() async throws {
        try await FlagsInput.run {
            let flag = try await RedFlagService(store: try storeOptions.open()).dismiss(
                try FlagsInput.flagID(id), reason: reason, context: storeOptions.context)
            Console.out("Dismissed \(flag.id) (\(flag.raised.indicator.label.th)): \(flag.dismissal?.reason ?? "").")
        }
    }
}
