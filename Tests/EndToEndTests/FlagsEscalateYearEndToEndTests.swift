import Foundation
import Testing

/// `flags escalate --to-risk` puts the risk into the register being worked on, or the one `--fy` names,
/// not always the year the flag was raised in.
@Suite("Escalating a flag into the right year's register")
struct FlagsEscalateYearEndToEndTests {
    @Test(
        """
        FY2568 flags go into FY2569 once that register has risks (with a note); --fy 2568 keeps the flag's year; \
        --fy needs --to-risk
        """
    )
    func escalateYear() throws {
        let sujarit = try FlagsEndToEndTests.exampleStore()
        try sujarit.succeed(["flags", "run", "--config", FlagsEndToEndTests.config])
        let committee = try FlagsEndToEndTests.flag("coi-committee", in: sujarit)
        let split = try FlagsEndToEndTests.flag("split-window", in: sujarit)
        #expect(committee.hasPrefix("RF-2568-") && split.hasPrefix("RF-2568-"))
        try sujarit.succeed([
            "risk", "add", "--fy", "2569", "--department", "FIN", "--category", "procurement", "--process", "การจัดซื้อ",
            "--event", "แบ่งซื้อ",
        ])

        let before = try sujarit.storeDump()
        let misplaced = try sujarit.run([
            "flags", "escalate", committee, "--to-audit", "--fy", "2569", "--department", "ENG", "--as", "anan",
        ])
        #expect(misplaced.status != 0 && misplaced.stderr.contains("--fy belongs to --to-risk"), "\(misplaced.stderr)")
        #expect(try sujarit.storeDump() == before)

        let working = try sujarit.succeed([
            "flags", "escalate", committee, "--to-risk", "--department", "ENG", "--as", "anan",
        ])
        #expect(working.stdout.contains("→ risk R-2569-002 in the FY2569 register"), "\(working.output)")
        #expect(working.stderr.contains("the flag was raised in FY2568"))
        let named = try sujarit.succeed([
            "flags", "escalate", split, "--to-risk", "--fy", "2568", "--department", "ENG", "--as", "anan",
        ])
        #expect(named.stdout.contains("→ risk R-2568-001 in the FY2568 register"), "\(named.output)")
        #expect(!named.stderr.contains("Note:"))
    }
}
