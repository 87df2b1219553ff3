import ArgumentParser
import RiskRegister

/// `sujarit risk configure`: records the categories and matrices of a `Registers/` folder in the store.
struct RiskConfigureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "configure",
        abstract: "Load risk categories and matrices from Registers/ (ตั้งค่าประเภทความเสี่ยงและเมทริกซ์).",
        discussion: """
            Reads Registers/risk-categories.yaml and every Registers/matrices/*.yaml. New or renamed categories \
            and new matrix versions are recorded; running it again with the same files changes nothing. A matrix \
            version already used keeps its content for ever: to change one, raise its version number.
            Example: sujarit risk configure --registers Registers
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(
        help: ArgumentHelp(
            "The folder with risk-categories.yaml and matrices/ (default: ./Registers).", valueName: "folder"))
    var registers: String?

    func run() async throws {
        try await RiskInput.run {
            let service = RiskService(store: try storeOptions.open())
            let changes = try await service.configure(
                registers: try RiskInput.registers(registers), context: storeOptions.context)
            for category in changes.categories { Console.out("  category \(category.code)  \(category.name.th)") }
            for matrix in changes.matrices { Console.out("  matrix   \(matrix)") }
            Console.out(
                """
                Recorded \(changes.categories.count) categor(ies) and \(changes.matrices.count) matrix \
                version(s); \(changes.unchanged) unchanged.
                """
            )
        }
    }
}
