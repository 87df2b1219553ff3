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
        let machine = output.format != .table
        var table = Table(
            columns: [
                .init("รหัส Code", key: "code"), .init("ชื่อ Name (th)", key: "name_th"),
                .init("Name (en)", key: "name_en"), .init("กลุ่ม Family", key: "family"),
            ] + (machine ? [.init("family_th")] : []) + [
                .init("บุคคล People", key: "names_people"),
                .init("ตัวชี้วัดสาธารณะ Public counterpart", key: "reference", maxWidth: 60),
            ])
        for indicator in Indicator.allCases {
            table.append(
                [
                    .text(indicator.rawValue), .text(indicator.label.th), .text(indicator.label.en),
                    .text(machine ? indicator.family.rawValue : indicator.family.label.en),
                ] + (machine ? [.text(indicator.family.label.th)] : []) + [
                    .bool(indicator.namesPeople, yes: "yes", no: ""), .text(indicator.publicReference),
                ])
        }
        Console.out(output.render(table), terminator: "")
    }
}
