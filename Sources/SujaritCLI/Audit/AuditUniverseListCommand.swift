import ArgumentParser
import AuditPlans
import Presentation

/// `sujarit audit universe list`: the subjects, or their ranking for a year.
struct AuditUniverseListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the audit universe (รายการหน่วยรับตรวจ).",
        discussion: """
            With --ranked, in the order a plan for --fy would take them, with the reasons (risk level from \
            the risk register and the universe, years since the last audit, open findings).

            Examples:
              sujarit audit universe list
              sujarit audit universe list --ranked --fy 2569 --format csv > rank.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Flag(help: "Order by the ranking for --fy and show the reasons.")
    var ranked = false

    func run() async throws {
        try await AuditInput.run {
            let service = AuditInput.service(try storeOptions.open())
            let year = fiscalYear.year
            let subjects: [(UniverseSubject, RankingBasis?)] =
                ranked
                ? try await service.ranking(for: year).map { ($0.subject, $0.basis) }
                : try await service.universe().map { ($0, nil) }
            let machine = AuditTables.isMachine(output.format)
            var columns: [Table.Column] = [
                .init("รหัส Subject", key: "subject"), .init("ประเภท Kind", key: "kind"),
            ]
            if machine { columns.append(.init("kind_th")) }
            columns += [
                .init("หน่วยรับตรวจ/เรื่อง Title", key: "title", maxWidth: 44),
                .init("สังกัด Dept", key: "department"), .init("ระดับ Risk", key: "risk_level"),
            ]
            if machine { columns.append(.init("risk_level_th")) }
            columns += [
                .init("ความเสี่ยงที่เชื่อม Risks", key: "risks"),
                .init("ตรวจล่าสุด Last audit", key: "last_audited"),
                .init("วัน-คน Days", key: "person_days", alignment: .trailing),
            ]
            if ranked {
                columns =
                    [.init("#", key: "rank", alignment: .trailing)] + columns + [
                        .init("เหตุผล Reasons", key: "reasons", maxWidth: 70)
                    ]
            }
            var table = Table(columns: columns)
            for (subject, basis) in subjects {
                let level = basis?.level ?? subject.subject.riskLevel ?? .notAssessed
                let kind = subject.subject.kind
                let risks = subject.subject.risks.joined(separator: " ")
                var cells: [Table.Cell] =
                    [.text(subject.id)]
                    + (machine ? [.text(kind.rawValue), .text(kind.label.th)] : [.text(kind.label.th)])
                cells += [.text(subject.subject.title), .text(subject.subject.department)]
                cells += AuditTables.level(level, machine)
                cells += [
                    .text(risks.isEmpty ? nil : risks), AuditTables.day(subject.lastAudited),
                    .integer(subject.subject.personDays),
                ]
                if let basis {
                    cells = [.integer(basis.position)] + cells + [.text(basis.reasons.joined(separator: "; "))]
                }
                table.append(cells)
            }
            Console.out(output.render(table), terminator: "")
            if output.format == .table {
                Console.err(
                    """
                    \(subjects.count) subject(s); \(subjects.reduce(0) { $0 + $1.0.subject.personDays }) \
                    person-days to audit them all once. Risk levels: \(service.riskSource.name).
                    """
                )
            }
        }
    }
}
