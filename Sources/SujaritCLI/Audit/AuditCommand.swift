import ArgumentParser

/// `sujarit audit`: the internal audit unit's universe, annual plan, engagements, findings and follow-up.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Internal audit: risk-based annual plan, engagements, findings and follow-up (การตรวจสอบภายใน).",
        discussion: """
            A year's work, in order:
              sujarit audit universe load Registers/examples/takbai/audit-universe.yaml
              sujarit audit plan draft --fy 2568 --capacity 220
              sujarit audit plan edit --fy 2568 --subject FIN-REV --period q2
              sujarit audit plan approve --fy 2568 --by mayor --on "15 ก.ย. 2567"
              sujarit audit engagement start FIN-REV --fy 2568 --on "4 พ.ย. 2567"
              sujarit audit engagement scope FIN-REV --fy 2568 --objective … --scope … --criteria …
              sujarit audit engagement step FIN-REV --fy 2568 --procedure …
              sujarit audit engagement paper FIN-REV wp1.xlsx --fy 2568 --title …
              sujarit audit finding add FIN-REV --fy 2568 --title … --criteria … \\
                  --condition … --cause … --effect … --recommendation … \\
                  --owner nisa --due "31 มี.ค. 2568"
              sujarit audit response add F-2568-001.1 --position agree --action-plan … \\
                  --owner nisa --due "31 มี.ค. 2568"
              sujarit audit engagement close FIN-REV --fy 2568 --on "20 ธ.ค. 2567"
              sujarit audit follow-up F-2568-001 --status in-progress --on "1 ก.พ. 2568"
              sujarit audit status --fy 2568
              sujarit audit plan export --fy 2568 --format html --output plan-2568.html
            """,
        subcommands: [
            AuditUniverseCommand.self, AuditPlanCommand.self, AuditEngagementCommand.self, AuditFindingCommand.self,
            AuditFollowUpCommand.self, AuditStatusCommand.self, AuditCharterCommand.self, AuditResponseCommand.self,
            AuditQualityCommand.self, AuditSampleCommand.self, AuditReportCommand.self,
        ]
    )
}

/// `sujarit audit universe`: what the audit unit can audit.
struct AuditUniverseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "universe",
        abstract: "The audit universe: departments, processes, funds and procurement (ขอบเขตงานตรวจสอบ).",
        subcommands: [AuditUniverseListCommand.self, AuditUniverseAddCommand.self, AuditUniverseLoadCommand.self]
    )
}

/// `sujarit audit plan`: the annual risk-based plan.
struct AuditPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The annual risk-based audit plan: draft, edit, approve, show, export (แผนการตรวจสอบประจำปี).",
        subcommands: [
            AuditPlanDraftCommand.self, AuditPlanEditCommand.self, AuditPlanApproveCommand.self,
            AuditPlanShowCommand.self, AuditPlanExportCommand.self,
        ]
    )
}

/// `sujarit audit engagement`: fieldwork on a plan entry.
struct AuditEngagementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engagement",
        abstract: "Engagement work: start, scope, program, working papers, time, show, close (การปฏิบัติงานตรวจสอบ).",
        subcommands: [
            AuditEngagementStartCommand.self, AuditEngagementScopeCommand.self, AuditEngagementStepCommand.self,
            AuditEngagementDoneCommand.self, AuditEngagementPaperCommand.self, AuditEngagementCheckCommand.self,
            AuditEngagementTimeCommand.self, AuditEngagementShowCommand.self, AuditEngagementCloseCommand.self,
        ]
    )
}

/// `sujarit audit finding`: what an engagement found.
struct AuditFindingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finding",
        abstract: "Record findings with their recommendations (ข้อตรวจพบและข้อเสนอแนะ).",
        subcommands: [AuditFindingAddCommand.self, AuditFindingRecommendCommand.self]
    )
}
