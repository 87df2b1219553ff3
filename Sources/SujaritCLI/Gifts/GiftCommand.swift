import ArgumentParser

/// `sujarit gift`: the No Gift Policy log (O31–O33).
struct GiftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gift",
        abstract: "The No Gift Policy log: gifts received, given and refused (ไม่รับ – ไม่ให้, O31–O33).",
        discussion: """
            Each entry is judged by the gift rules (Registers/gift-rules.yaml; 'gift \
            rules show'): from a relative or given to people in general → allowed; from \
            anyone else up to 3,000 baht per giver per occasion (summed) → allowed; \
            above that → report to the head of agency within 30 days, who decides. From \
            a party with business before the agency, any gift → ไม่ควรรับ, reported.

            Names and details are shown only to the internal auditor and the legal \
            officer (--as <staff id>); everyone else sees totals.

            Examples:
              sujarit gift log --person kittipong --from "บริษัท ตากใบวัสดุภัณฑ์ จำกัด" \\
                  --deals-with-agency --occasion "ปีใหม่ 2568" --on "2 ม.ค. 68" \\
                  --what "กระเช้าผลไม้" --value 1,500
              sujarit gift reported G-2568-003 --on "28 มี.ค. 68"
              sujarit gift decide G-2568-003 --decision hand-over --on "2 เม.ย. 68" \\
                  --by mayor
              sujarit gift report --fy 2568 --round 6m --as anan
              sujarit gift correct G-2568-001 --on "3 ม.ค. 68" --reason "บันทึกวันที่ผิด"
            """,
        subcommands: [
            GiftLogCommand.self, GiftReportedCommand.self, GiftDecideCommand.self, GiftListCommand.self,
            GiftReportCommand.self, GiftPolicyCommand.self, GiftActivityCommand.self, GiftRulesCommand.self,
            GiftImportCommand.self, GiftCorrectCommand.self,
        ]
    )
}
