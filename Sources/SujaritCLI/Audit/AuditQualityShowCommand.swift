import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit quality show`: a year's self-assessment, item by item.
struct AuditQualityShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a year's self-assessment, item by item.",
        discussion: """
            Example:
              sujarit audit quality show --fy 2570
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    func run() async throws {
        try await AuditInput.run {
            let year = fiscalYear.year(on: storeOptions.context.today)
            guard let assessed = try await AuditInput.service(try storeOptions.open()).qualityAssessment(year) else {
                throw ValidationError(
                    "FY\(year.be) has no self-assessment yet; record it with 'sujarit audit quality assess --fy \(year.be)'."
                )
            }
            var lines = [
                """
                Self-assessment FY\(year.be), \(assessed.assessedOn.formatted(.thaiMedium)), by \
                \(assessed.assessors.joined(separator: ", ")) (checklist v\(assessed.checklistVersion))
                """
            ]
            for answer in assessed.answers {
                let standard = answer.standard.map { " [\($0)]" } ?? ""
                lines.append("  \(answer.item)\(standard) \(answer.rating.label.th) — \(answer.text)")
            }
            lines.append(
                "\(assessed.count(.met)) met, \(assessed.count(.partly)) partly, \(assessed.count(.notMet)) not met.")
            if let improvements = assessed.improvements { lines.append("To improve: \(improvements)") }
            Console.out(lines.joined(separator: "\n"))
        }
    }
}
