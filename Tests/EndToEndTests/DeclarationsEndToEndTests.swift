import Foundation
import Testing

@Suite("Conflict-of-interest declarations, through the built binary")
struct DeclarationsEndToEndTests {
    /// A store with the example directory loaded.
    static func agencyStore() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try sujarit.succeed([
            "agency", "load",
            SujaritProcess.packageRoot.appendingPathComponent("Registers/examples/takbai/agency.yaml").path,
        ])
        return sujarit
    }

    static var exampleFile: String {
        SujaritProcess.packageRoot.appendingPathComponent("Registers/examples/takbai/declarations-2568.yaml").path
    }

    @Test("A declared interest in a procurement records a recusal; the legal officer sees it, a staff member does not")
    func declareAndShow() throws {
        let sujarit = try Self.agencyStore()
        let declared = try sujarit.succeed([
            "coi", "declare", "--person", "rusdee", "--project", "๖๗๑๑๙๐๐๐๓๓๓", "--role", "e-bidding-member", "--on",
            "20/11/2567",
            "--interest", "party=ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา; tax=0-9635-50000-12-1; rel=relative; detail=พี่เขย",
        ])
        #expect(declared.stdout.contains("67119000333-e-bidding-member-rusdee"))
        #expect(declared.stdout.contains("Recusal recorded"))
        let shown = try sujarit.succeed(["coi", "show", "67119000333-e-bidding-member-rusdee", "--as", "pimchanok"])
        #expect(shown.stdout.contains("รุ่งเรืองการโยธา"))
        #expect(shown.stdout.contains("0-9635-50000-12-1"))
        #expect(shown.stdout.contains("RecusalRecorded"))
        let refused = try sujarit.run(["coi", "show", "67119000333-e-bidding-member-rusdee", "--as", "kittipong"])
        #expect(refused.status != 0)
        #expect(refused.stdout.isEmpty)
        #expect(!refused.stderr.contains("รุ่งเรือง"))
        #expect(refused.stderr.contains("auditor"))
        // The audit trail names the declarant to a reviewer only (issue 15; SafeOutputEndToEndTests checks the rest):
        // the stored stream is opaque, coi/<24 hex digits>; the payload, shown to the reviewer, names the declaration.
        let trail = try sujarit.succeed(["events", "--type", "RecusalRecorded", "--format", "csv", "--as", "pimchanok"])
        #expect(!trail.stdout.contains("coi/67119000333"))
        #expect(trail.stdout.range(of: #"coi/[0-9a-f]{24},"#, options: .regularExpression) != nil)
        #expect(trail.stdout.contains("67119000333-e-bidding-member-rusdee"))
        #expect(
            try sujarit.succeed(["coi", "show", "67119000333-e-bidding-member-rusdee", "--as", "anan"]).stdout.contains(
                "RecusalRecorded"))
    }

    @Test("coi list shows rows to the auditor and totals to everyone else, named by --as or SUJARIT_USER")
    func listPrivacy() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(["coi", "import", Self.exampleFile])
        let auditor = try sujarit.succeed(["coi", "list", "--fy", "2568", "--format", "csv", "--as", "anan"])
        #expect(auditor.stdout.split(separator: "\r\n").count == 9) // header + 8
        #expect(auditor.stdout.contains("67119000333-e-bidding-member-rusdee"))
        for viewer in ["rusdee", "mayor", "admin", "somebody-else"] {
            let result = try sujarit.run(["coi", "list", "--fy", "2568"], environment: ["SUJARIT_USER": viewer])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Declarations"))
            #expect(!result.stdout.contains("rusdee") && !result.stdout.contains("รุสดี"), "\(viewer) must not see names")
            #expect(result.stderr.contains("Totals only"))
        }
        let json = try sujarit.succeed(["coi", "list", "--format", "json", "--as", "pimchanok"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 8)
        #expect(rows?.allSatisfy { $0["interests"] is Int && ($0["signed_on"] as? String)?.count == 10 } == true)
    }

    @Test("coi missing names the seats without a declaration, for the auditor only")
    func missing() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(["coi", "import", Self.exampleFile])
        let auditor = try sujarit.succeed([
            "coi", "missing", "--project", "67119000333", "--as", "anan", "--format", "csv",
        ])
        let missing = auditor.stdout.split(separator: "\r\n").filter { $0.contains(",missing,") }.map {
            String($0.split(separator: ",")[0])
        }
        #expect(missing.sorted() == ["fatimah", "surachai", "wanida"])
        #expect(auditor.stderr.contains("3 of 7"))
        let staff = try sujarit.succeed(["coi", "missing", "--project", "67119000333", "--as", "wanida"])
        #expect(staff.stdout.contains("Missing"))
        #expect(!staff.stdout.contains("wanida") && !staff.stdout.contains("วนิดา"))
        try sujarit.succeed([
            "coi", "declare", "--person", "wanida", "--project", "67119000333", "--role", "e-bidding-member",
            "--no-interest", "--on", "21/11/2567",
        ])
        let after = try sujarit.succeed(["coi", "missing", "--project", "67119000333", "--as", "anan"])
        #expect(after.stderr.contains("2 of 7"))
        let none = try sujarit.run(["coi", "missing", "--project", "67119000999", "--as", "anan"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("coi committee set"))
    }

    @Test("Bad input is refused with a message naming the field, a non-zero exit, and an unchanged store")
    func badInput() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed([
            "coi", "committee", "set", "--project", "67119000333", "--member", "surachai:inspection-chair",
        ])
        let before = try sujarit.storeDump()
        let cases: [([String], String)] = [
            (
                [
                    "coi", "declare", "--person", "rusdee", "--fy", "2568", "--interest",
                    "party=หจก. ก; tax=0963550000122; rel=relative",
                ], "tax"
            ),
            (["coi", "declare", "--person", "ghost", "--fy", "2568", "--no-interest"], "ghost"),
            (
                ["coi", "declare", "--person", "rusdee", "--fy", "2568", "--no-interest", "--on", "1 ม.ค. 2600"],
                "future"
            ),
            (
                ["coi", "declare", "--person", "pimchanok", "--fy", "2562", "--no-interest", "--on", "2019-01-15"],
                "started service"
            ),
            (["coi", "declare", "--person", "rusdee", "--fy", "2568"], "--no-interest"),
            (
                [
                    "coi", "declare", "--person", "rusdee", "--fy", "2568", "--no-interest", "--interest",
                    "party=x; rel=self",
                ], "contradicts"
            ),
            (
                [
                    "coi", "declare", "--person", "rusdee", "--project", "6711900033", "--role", "officer",
                    "--no-interest",
                ], "--project"
            ),
            (
                [
                    "coi", "declare", "--person", "rusdee", "--project", "67119000333", "--role", "boss",
                    "--no-interest",
                ], "inspection-member"
            ),
            (["coi", "declare", "--person", "rusdee", "--fy", "2025", "--no-interest"], "Buddhist-era"),
            (
                [
                    "coi", "declare", "--person", "rusdee", "--fy", "2568", "--interest",
                    "party=x; rel=relative; share=10",
                ], "shareholder"
            ),
            (
                ["coi", "committee", "set", "--project", "67119000333", "--member", "a:officer", "--member", "nisa"],
                "ID:ROLE"
            ),
            (["coi", "amend", "A2568-nobody", "--no-interest", "--reason", "x"], "No declaration"),
        ]
        for (arguments, expected) in cases {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        #expect(try sujarit.storeDump() == before)
    }

    @Test("Amendments and withdrawals keep the history; an interactive declaration asks for each field")
    func amendWithdrawInteractive() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed([
            "coi", "declare", "--person", "nisa", "--fy", "2568", "--no-interest", "--on", "2 ต.ค. 67",
        ])
        let amended = try sujarit.succeed([
            "coi", "amend", "A2568-nisa", "--interest", "party=บริษัท นราคอมพิวเตอร์ จำกัด; rel=shareholder; share=5", "--on",
            "1 ธ.ค. 67",
            "--reason", "ได้รับมรดกหุ้น",
        ])
        #expect(amended.stdout.contains("1 interest"))
        let noReason = try sujarit.run(["coi", "withdraw", "A2568-nisa"])
        #expect(noReason.status != 0)
        #expect(noReason.stderr.contains("--reason"))
        try sujarit.succeed(["coi", "withdraw", "A2568-nisa", "--reason", "ยื่นซ้ำ", "--on", "2 ธ.ค. 67"])
        let shown = try sujarit.succeed(["coi", "show", "A2568-nisa", "--as", "anan"])
        for type in ["DeclarationSigned", "DeclarationAmended", "DeclarationWithdrawn", "ได้รับมรดกหุ้น", "ถอนแล้ว"] {
            #expect(shown.stdout.contains(type), "\(type)")
        }

        // Answers: person, kind, project, a bad role then a good one, date, one interest, then done.
        let answers =
            [
                "kittipong", "procurement", "67119000333", "boss", "officer", "18 ต.ค. 67",
                "ร้านสมใจการค้า", "", "relative", "", "",
            ].joined(separator: "\n") + "\n"
        let interactive = try sujarit.succeed(["coi", "declare", "--interactive"], input: answers)
        #expect(interactive.stdout.contains("67119000333-officer-kittipong"))
        #expect(interactive.stdout.contains("Recusal recorded"))
        #expect(interactive.stderr.contains("is not a procurement role"))
        let cut = try sujarit.run(["coi", "declare", "--interactive"], input: "kittipong\n")
        #expect(cut.status != 0)
        #expect(cut.stderr.contains("nothing was recorded"))
    }

    @Test(
        """
        Clause 26: the example's e-bidding chair who also chairs the inspection is warned at import, listed by \
        coi committee show and flagged
        """
    )
    func committeeSeparation() throws {
        let sujarit = try Self.agencyStore()
        let imported = try sujarit.succeed(["coi", "import", Self.exampleFile])
        #expect(imported.stderr.contains("declarations-2568.yaml:9 67119000333"))
        #expect(imported.stderr.contains("surachai") && imported.stderr.contains("clause 26"))
        // rusdee's recusal leaves the e-bidding committee with its chair and one member.
        #expect(imported.stderr.contains("left with its chair and 1 member(s) after rusdee recused"))
        let shown = try sujarit.succeed([
            "coi", "committee", "show", "--project", "67119000333", "--format", "csv", "--as", "anan",
        ])
        let rows = shown.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.first == "member,role,role_th,recused,warnings")
        #expect(rows.contains { $0.hasPrefix("surachai,e-bidding-chair,") && $0.hasSuffix(",false,separation;quorum") })
        #expect(rows.contains { $0.hasPrefix("surachai,inspection-chair,") && $0.hasSuffix(",false,separation") })
        #expect(rows.contains { $0.hasPrefix("rusdee,e-bidding-member,") && $0.hasSuffix(",true,quorum") })
        #expect(rows.contains { $0.hasPrefix("fatimah,inspection-member,") && $0.hasSuffix(",false,") })
        // A staff member sees only how many seats and warnings there are.
        let totals = try sujarit.succeed([
            "coi", "committee", "show", "--project", "67119000333", "--format", "csv", "--as", "kittipong",
        ])
        #expect(totals.stdout.contains("warnings,คำเตือน,Warnings,2"))
        #expect(!totals.stdout.contains("surachai"))

        // Near miss: surachai moved from inspection chair to the TOR committee breaks nothing, and is still recorded.
        let replaced = try sujarit.succeed([
            "coi", "committee", "set", "--project", "67119000333", "--member", "surachai:e-bidding-chair",
            "--member", "surachai:tor-chair", "--member", "fatimah:inspection-chair",
        ])
        #expect(!replaced.stderr.contains("Warning"))
        let again = try sujarit.succeed([
            "coi", "committee", "set", "--project", "67119000333", "--member", "surachai:e-bidding-chair",
            "--member", "surachai:inspection-member", "--member", "fatimah:inspection-chair",
        ])
        #expect(again.stdout.contains("Recorded 3 seat(s)"))
        #expect(again.stderr.contains("Warning") && again.stderr.contains("ข้อ 26"))

        try sujarit.succeed([
            "flags", "run", "--config",
            SujaritProcess.packageRoot.appendingPathComponent("Registers/red-flags.yaml").path,
        ])
        let flags = try sujarit.succeed([
            "flags", "list", "--indicator", "committee-separation", "--format", "csv", "--as", "anan",
        ]).stdout.split(separator: "\r\n")
        #expect(flags.count == 2)
        #expect(flags.last?.contains("67119000333") == true)
    }

    @Test(
        """
        Quorum after a recusal: chair and two members left is enough; one fewer is warned by coi declare, never \
        refused
        """
    )
    func quorumAfterRecusal() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed([
            "coi", "committee", "set", "--project", "67119000333", "--member", "surachai:e-bidding-chair",
            "--member", "rusdee:e-bidding-member", "--member", "wanida:e-bidding-member", "--member",
            "sompong:e-bidding-member",
        ])
        let interest = "party=ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา; rel=relative; detail=พี่เขย"
        // The limit itself: rusdee recuses, surachai, wanida and sompong remain.
        let first = try sujarit.succeed([
            "coi", "declare", "--person", "rusdee", "--project", "67119000333", "--role", "e-bidding-member", "--on",
            "20/11/2567", "--interest", interest,
        ])
        #expect(first.stdout.contains("Recusal recorded"))
        #expect(!first.stderr.contains("Warning"))
        // One past it: wanida recuses too; recorded, and warned.
        let second = try sujarit.succeed([
            "coi", "declare", "--person", "wanida", "--project", "67119000333", "--role", "e-bidding-member", "--on",
            "20/11/2567", "--interest", interest,
        ])
        #expect(second.stdout.contains("Recusal recorded"))
        #expect(
            second.stderr.contains(
                "after rusdee, wanida recused (it needs a chair and at least 2 members): appoint a replacement"))
        let shown = try sujarit.succeed([
            "coi", "committee", "show", "--project", "67119000333", "--format", "csv", "--as", "anan",
        ]).stdout
        #expect(
            shown.split(separator: "\r\n").contains {
                $0.hasPrefix("sompong,e-bidding-member,") && $0.hasSuffix(",false,quorum")
            })
        // The agency's own rule: with members: 1 in committee-rules.yaml the same committee is not short.
        let registers = sujarit.folder.appendingPathComponent("registers")
        try FileManager.default.createDirectory(at: registers, withIntermediateDirectories: true)
        try "source: คำสั่งของหน่วยงาน\nquorum:\n  chair: true\n  members: 1\n".write(
            to: registers.appendingPathComponent("committee-rules.yaml"), atomically: true, encoding: .utf8)
        let relaxed = try sujarit.run(
            ["coi", "committee", "show", "--project", "67119000333", "--format", "csv", "--as", "anan"],
            environment: ["SUJARIT_REGISTERS": registers.path])
        #expect(relaxed.status == 0)
        #expect(
            relaxed.stdout.split(separator: "\r\n").contains {
                $0.hasPrefix("sompong,e-bidding-member,") && $0.hasSuffix(",false,")
            })
    }

    @Test(
        "coi missing --annual --fy: who must declare (Registers/annual-declarations.yaml) and has not; totals for staff"
    )
    func annualMissing() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(["coi", "import", Self.exampleFile])
        let auditor = try sujarit.succeed([
            "coi", "missing", "--annual", "--fy", "2568", "--format", "csv", "--as", "anan",
        ])
        let rows = auditor.stdout.split(separator: "\r\n").dropFirst().map {
            String($0.split(separator: ",").first ?? "")
        }
        #expect(rows == ["anan", "fatimah", "mayor", "pimchanok", "sompong"])
        #expect(auditor.stdout.contains("mayor,นายกเทศมนตรีเมืองตากใบ,role:executive,missing,"))
        #expect(auditor.stderr.contains("5 of 9 people who must declare for FY2568"))
        // Near miss: sompong declares, and is no longer listed.
        try sujarit.succeed([
            "coi", "declare", "--person", "sompong", "--fy", "2568", "--on", "3/10/2567", "--no-interest",
        ])
        let after = try sujarit.succeed([
            "coi", "missing", "--annual", "--fy", "๒๕๖๘", "--format", "csv", "--as", "anan",
        ])
        #expect(!after.stdout.contains("sompong") && after.stderr.contains("4 of 9"))
        let staff = try sujarit.succeed([
            "coi", "missing", "--annual", "--fy", "2568", "--format", "csv", "--as", "kittipong",
        ])
        #expect(staff.stdout.contains("Missing,4") && !staff.stdout.contains("mayor"))
        let noYear = try sujarit.run(["coi", "missing", "--annual"])
        #expect(noYear.status != 0 && noYear.stderr.contains("--annual needs --fy"))
        let both = try sujarit.run(["coi", "missing", "--annual", "--fy", "2568", "--project", "67119000333"])
        #expect(both.status != 0 && both.stderr.contains("not both"))
    }

    @Test(
        """
        coi correct moves a wrongly recorded signing day: coi list and the fiscal-year filter follow it, coi show \
        keeps both; bad corrections are refused
        """
    )
    func correctSigningDay() throws {
        let sujarit = try Self.agencyStore()
        let id = "67119000333-e-bidding-member-rusdee"
        try sujarit.succeed([
            "coi", "declare", "--person", "rusdee", "--project", "67119000333", "--role", "e-bidding-member",
            "--no-interest", "--on", "1 ต.ค. 67",
        ])
        // Recorded 1 Oct 2024 (FY 2568); really signed 30 Sep 2024 (FY 2567).
        #expect(
            try sujarit.succeed(["coi", "list", "--fy", "2568", "--format", "csv", "--as", "anan"]).stdout.contains(id))
        let before = try sujarit.storeDump()
        let refusals: [([String], String)] = [
            (["coi", "correct", id, "--on", "30 ก.ย. 67"], "--reason"),
            (["coi", "correct", id, "--on", "1 ต.ค. 67", "--reason", "ผิด"], "already recorded as signed"),
            (["coi", "correct", id, "--on", "1 ม.ค. 2600", "--reason", "ผิด"], "future"),
            (["coi", "correct", "67119000333-officer-nobody", "--on", "30 ก.ย. 67", "--reason", "ผิด"], "coi list"),
        ]
        for (arguments, expected) in refusals {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        }
        #expect(try sujarit.storeDump() == before)
        let corrected = try sujarit.succeed(["coi", "correct", id, "--on", "30 ก.ย. 67", "--reason", "พิมพ์วันที่ผิด"])
        #expect(corrected.stdout.contains("Corrected \(id)"))
        let fy2568 = try sujarit.succeed(["coi", "list", "--fy", "2568", "--format", "csv", "--as", "anan"])
        #expect(!fy2568.stdout.contains(id))
        let fy2567 = try sujarit.succeed(["coi", "list", "--fy", "2567", "--format", "csv", "--as", "anan"])
        #expect(fy2567.stdout.contains(id) && fy2567.stdout.contains("2024-09-30"))
        let shown = try sujarit.succeed(["coi", "show", id, "--as", "anan"])
        #expect(shown.stdout.contains("DeclarationSigned") && shown.stdout.contains("DeclarationDateCorrected"))
        #expect(shown.stdout.contains("พิมพ์วันที่ผิด"))
    }

    @Test(
        """
        events --last and --limit read only the events they print, yet count the matches and the events left out \
        for the reader exactly as a full listing does
        """
    )
    func partialListingsCount() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(["coi", "import", Self.exampleFile])
        try sujarit.succeed(GiftLogEndToEndTests.log([], value: "500"))
        // The lines a listing ends with: how many it printed of how many, and the personal data left out.
        func counts(_ stderr: String) -> [String] {
            stderr.split(separator: "\n").map(String.init).filter {
                $0.contains(" events") || $0.contains("event.") || $0.contains("left out")
            }
        }
        let searches: [[String]] = [
            [], ["--type", "RecusalRecorded"], ["--type", "GiftLogged"], ["--category", "coi"],
            ["--category", "gift-"], ["--category", "audit"], ["--actor", sujarit.actor], ["--stream", "staff/anan"],
        ]
        for viewer in ["anan", "kittipong"] {
            for search in searches {
                let full = try sujarit.succeed(["events", "--as", viewer] + search)
                let total = try #require(
                    full.stderr.firstMatch(of: /(\d+) events?\./).flatMap { Int($0.1) }, "\(search): \(full.stderr)")
                for (option, word) in [("--last", "last"), ("--limit", "first")] {
                    let partial = try sujarit.succeed(["events", "--as", viewer, option, "1"] + search)
                    var expected = counts(full.stderr)
                    if total > 1 {
                        expected[0] = "The \(word) 1 of \(total) events"
                        #expect(
                            counts(partial.stderr).first?.hasPrefix(expected[0]) == true,
                            "\(viewer) \(option) \(search): \(partial.stderr)")
                        #expect(counts(partial.stderr).dropFirst() == expected.dropFirst(), "\(viewer) \(search)")
                    } else {
                        #expect(counts(partial.stderr) == expected, "\(viewer) \(option) \(search): \(partial.stderr)")
                    }
                }
            }
        }
    }

}
