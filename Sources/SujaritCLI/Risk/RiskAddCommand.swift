import ArgumentParser
import RiskRegister

/// `sujarit risk add`: enters one risk from options.
struct RiskAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a risk to a year's register (เพิ่มความเสี่ยง).",
        discussion: """
            The id is the year's next number unless --id gives one. --cause and --control may be repeated; a \
            control is 'adequacy: text' with ดี, พอใช้ or อ่อน.
            Example:
              sujarit risk add --fy 2568 --department FIN --category procurement \\
                --process "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง" --event "แบ่งซื้อแบ่งจ้าง" \\
                --cause "ความต้องการเร่งด่วนปลายปี" --control "พอใช้: แผนการจัดซื้อจัดจ้าง" --owner "ผอ.กองคลัง"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>
    @Option(help: ArgumentHelp("An id such as R-2568-009 (default: the next free one).", valueName: "id")) var id:
        String?
    @Option(help: ArgumentHelp("The department code (see 'sujarit agency departments').", valueName: "code"))
    var department: String
    @Option(
        help: ArgumentHelp(
            "The category code: permits, authority, budget, procurement (Registers/risk-categories.yaml).",
            valueName: "code")) var category: String
    @Option(help: ArgumentHelp("The process or mission (กระบวนงาน).", valueName: "text")) var process: String
    @Option(help: ArgumentHelp("The risk event (เหตุการณ์ความเสี่ยง).", valueName: "text")) var event: String
    @Option(help: ArgumentHelp("A cause (ปัจจัยเสี่ยง); repeat for more.", valueName: "text")) var cause: [String] = []
    @Option(help: ArgumentHelp("known or unknown factor.", valueName: "kind")) var factor: String = "known"
    @Option(help: ArgumentHelp("An existing control as 'adequacy: text'; repeat for more.", valueName: "control"))
    var control: [String] = []
    @Option(help: ArgumentHelp("Who answers for the risk.", valueName: "name")) var owner: String?
    @Option(help: ArgumentHelp("The matrix id (default 5x5).", valueName: "id")) var matrix: String?

    func run() async throws {
        try await RiskInput.run {
            guard let factor = RiskFactor(text: factor) else {
                throw ValidationError("--factor must be known or unknown.")
            }
            let controls = try control.map { text -> ExistingControl in
                let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let adequacy = ControlAdequacy(text: parts[0]) else {
                    throw ValidationError("--control is 'adequacy: text' with ดี, พอใช้ or อ่อน (got '\(text)').")
                }
                return ExistingControl(text: parts[1], adequacy: adequacy)
            }
            let draft = RiskDraft(
                id: try id.map(RiskInput.riskID), fiscalYear: fiscalYear.year, department: department, process: process,
                category: category, event: event, causes: cause, factor: factor, controls: controls, owner: owner,
                matrix: matrix
            )
            let service = RiskService(store: try storeOptions.open())
            let id = try await service.perform(storeOptions.context) { ledger, directory, decision in
                try ledger.identify(draft, directory: directory, into: &decision)
            }.result
            Console.out(
                """
                Added \(id). Score it in a committee round, or set a score with 'sujarit risk assess \(id) --kind \
                residual -l L -i I'.
                """
            )
        }
    }
}
