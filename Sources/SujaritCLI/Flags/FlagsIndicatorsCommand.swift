import ArgumentParser
import Oversight
import Presentation

/// `sujarit flags indicators`: the catalogue of indicators.
struct FlagsIndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the indicators with their public counterparts (ตัวชี้วัด); details in Registers/RED-FLAGS.md.",
        discussion: "Example: sujarit flags indicators --format md"
    )

    @OptionGroup var output: OutputOptions

    func run() async throws {
        var table = Table(columns: [
            .init("รหัส Code", key: "code"), .init("ชื่อ Name (th)", key: "name_th"), .init("Name (en)", key: "name_en"),
            .init("กลุ่ม Family", key: "family"), .init("บุคคล People", key: "people"),
            .init("ตัวชี้วัดสาธารณะ Public counterpart", key: "reference", maxWidth: 60),
        ])
        for indicator in Indicator.allCases {
            table.append([
                indicator.rawValue, indicator.label.th, indicator.label.en, indicator.family.label.en,
                indicator.namesPeople ? "yes" : "", indicator.publicReference,
            ])
        }
        Console.out(table.render(output.format, style: output.style), terminator: "")
    }
}
