import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement show SUBJECT`: the engagement's file as it stands.
struct AuditEngagementShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an engagement: scope, program, working papers, time, samples, findings and responses.",
        discussion: """
            Ends with the recommendations still without a management response: the report cannot be \
            issued until each has one, or a 'no response received by DAY' record.

            Example:
              sujarit audit engagement show PROC-SPECIFIC --fy 2570
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    func run() async throws {
        try await AuditInput.run {
            let year = fiscalYear.year(on: storeOptions.context.today)
            let id = try AuditSubject.normalizedID(subject)
            guard
                let file = try await AuditQueries.engagementFile(
                    try storeOptions.open(), engagement: EngagementRef(fiscalYear: year, subject: id))
            else { throw AuditPlansError.engagementNotStarted(id, year) }
            Console.out(Self.lines(file).joined(separator: "\n"))
        }
    }

    /// The file as printed lines.
    static func lines(_ file: EngagementFile) -> [String] {
        let work = file.work
        var lines = ["Engagement \(file.engagement) — started \(work.started.startedOn.formatted(.thaiMedium))"]
        lines.append(
            work.closed.map { "Closed \($0.closedOn.formatted(.thaiMedium))" } ?? "Open (กำลังดำเนินการ)")
        lines.append(
            "Person-days: \(file.actualPersonDays) recorded"
                + (file.plannedPersonDays.map { " of \($0) planned" } ?? ""))
        if let scope = work.scope {
            lines += ["", "วัตถุประสงค์ (objectives):"] + scope.objectives.map { "  - \($0)" }
            lines += ["ขอบเขต (scope): \(scope.scope)", "เกณฑ์ (criteria):"] + scope.criteria.map { "  - \($0)" }
        } else {
            lines += ["", "No objectives or scope yet: sujarit audit engagement scope \(file.engagement.subject)"]
        }
        lines += ["", "Audit program (\(work.steps.count) step(s)):"]
        for step in work.steps {
            let done = step.performed.map {
                "done \($0.performedOn.formatted(.thaiMedium)) by \($0.performedBy.joined(separator: ", "))"
            }
            lines.append("  \(step.added.number). \(step.added.procedure) — \(done ?? "not done")")
        }
        lines += ["", "Working papers (\(work.workingPapers.count)):"]
        for paper in work.workingPapers {
            lines.append(
                "  \(paper.reference) \(paper.title) — \(paper.path), \(paper.size) bytes, \(paper.sha256.prefix(16))…")
        }
        lines += ["", "Samples (\(work.samples.count)):"]
        for sample in work.samples {
            lines.append(
                """
                  S\(sample.number) \(sample.method.label.th) from \(sample.source), seed \(sample.seed): \
                \(sample.items.count) of \(sample.populationSize) items, \(sample.sampledTotal) of \(sample.populationTotal) บาท
                """)
        }
        lines += ["", "Findings and management responses:"]
        for finding in file.findings {
            lines.append("  \(finding.finding.id) \(finding.finding.title)")
            for item in finding.items {
                let answer: String
                if let response = item.response {
                    answer = "\(response.position.label.th): \(response.actionPlan)"
                } else if let none = item.notReceived {
                    answer = "ไม่ได้รับคำชี้แจงภายใน \(none.by.formatted(.thaiMedium))"
                } else {
                    answer = "NO RESPONSE YET"
                }
                lines.append("    .\(item.recommendation.number) \(item.recommendation.text) — \(answer)")
            }
        }
        let missing = file.unanswered
        lines.append("")
        lines.append(
            missing.isEmpty
                ? "Every recommendation has a response: the report may be issued."
                : "Awaiting a response: \(missing.map(\.description).joined(separator: ", ")).")
        return lines
    }
}
