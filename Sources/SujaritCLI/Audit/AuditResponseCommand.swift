import ArgumentParser

/// `sujarit audit response`: management's responses to recommendations.
struct AuditResponseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "response",
        abstract: "Management's responses to recommendations (คำชี้แจงของฝ่ายบริหาร).",
        discussion: """
            An engagement's report is issued only when each recommendation has a response, or a record \
            that none was received by a day:
              sujarit audit response add F-2570-001.1 --position agree \\
                  --action-plan "ออกคำสั่งแต่งตั้งกรรมการตรวจรับใหม่" --owner somsri --due "31 มี.ค. 2570"
              sujarit audit response none F-2570-002 --by "15 ม.ค. 2570"
            """,
        subcommands: [AuditResponseAddCommand.self, AuditResponseNoneCommand.self]
    )
}
