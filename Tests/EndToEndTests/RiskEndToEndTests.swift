import Foundation
import Testing

/// The risk committee's year through the real `sujarit` binary: configure, import, a scoring round with a
/// member scoring interactively in a pseudo-terminal, the refused and the successful finalize, the heatmap,
/// export and import back, copy-forward, and bad input that must leave the store exactly as it was.
@Suite("Risk register end to end")
struct RiskEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let example = root + "/Registers/examples/takbai/risks-2568.yaml"

    /// A store with the example agency, the shipped configuration and the FY2568 register.
    func prepared() throws -> SujaritProcess { try SujaritProcess.takBaiRiskRegister() }

    @Test("a member scores in a pseudo-terminal session: Thai digits, skip, quit keeps what was entered")
    func sessionThroughPseudoTerminal() throws {
        let sujarit = try prepared()
        let session = try sujarit.scoringSession(as: "nisa")
        try session.expect("เกิดขึ้นมากกว่า 20 ครั้งต่อปี") // the likelihood scale, in Thai (5x5@2)
        try session.expect("โอกาส Likelihood (1–5): ")
        session.send("๔\n") // Thai digit four
        try session.expect("ผลกระทบ Impact (1–5): ")
        session.send("9\n") // off the scale: asked again
        try session.expect("answer 1–5, s or q")
        session.send("3\n")
        try session.expect("หมายเหตุ Note")
        session.send("เคยมีข้อร้องเรียน\n")
        try session.expect("✓ บันทึกแล้ว R-2568-001: 4×3=12 สูง")
        try session.expect("[2/8] R-2568-002")
        try session.expect("โอกาส Likelihood (1–5): ")
        session.send("s\n")
        try session.expect("[3/8] R-2568-003")
        try session.expect("โอกาส Likelihood (1–5): ")
        session.send("2 3\n") // both levels on one line
        try session.expect("หมายเหตุ Note") // a note is still asked for (--no-notes would skip it)
        session.send("\n")
        try session.expect("✓ บันทึกแล้ว R-2568-003: 2×3=6 ปานกลาง")
        try session.expect("[4/8] R-2568-004")
        try session.expect("โอกาส Likelihood (1–5): ")
        session.send("q\n")
        try session.expect("scored 2, skipped 1, 6 still to score")
        #expect(try session.wait() == 0)

        let shown = try sujarit.succeed(["risk", "show", "R-2568-001"])
        #expect(shown.stdout.contains("นางสาวนิสา ยูโซะ (nisa) round 2568/1 inherent: 4×3 — เคยมีข้อร้องเรียน"))

        // Run again: only what nisa has not scored is asked; a pipe works line by line too.
        let piped = try sujarit.succeed(["risk", "session", "--as", "nisa"], input: "q\n")
        #expect(piped.stdout.contains("[1/6] R-2568-002"))
    }

    @Test("the committee's round: refused finalize writes nothing, resolve, finalize, heatmap, review")
    func committeeRound() throws {
        let sujarit = try prepared()
        try sujarit.succeed(["risk", "round", "--fy", "2568", "--kind", "inherent", "--as", "palad"])
        let scores: [(String, String, String)] = [("palad", "2", "4"), ("sompong", "4", "4"), ("nisa", "3", "4")]
        for (member, l, i) in scores {
            try sujarit.succeed(["risk", "score", "R-2568-004", "-l", l, "-i", i, "--as", member])
        }
        try sujarit.succeed(["risk", "score", "R-2568-001", "-l", "4", "-i", "4", "--as", "nisa"])
        // The case: 2 of 8 risks scored, one by 1 of the 5 members. Refused, naming who has not scored.
        var before = try sujarit.storeDump()
        let refused = try sujarit.run(["risk", "finalize", "--as", "palad"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("fewer than 3 of the 5 committee members (quorum: more-than-half"))
        #expect(refused.stderr.contains("R-2568-001: scored by 1 (nisa), not yet by fatimah, palad, sompong, surachai"))
        #expect(refused.stderr.contains("6 risk(s) have no score in this round"))
        #expect(try sujarit.storeDump() == before)
        // One short of the quorum (2 of 5) is still refused; at the quorum (3 of 5) only the unscored risks remain.
        try sujarit.succeed(["risk", "score", "R-2568-001", "-l", "4", "-i", "4", "--as", "sompong"])
        #expect(
            try sujarit.run(["risk", "finalize", "--as", "palad"]).stderr.contains(
                "R-2568-001: scored by 2 (nisa, sompong)"))
        try sujarit.succeed(["risk", "score", "R-2568-001", "-l", "4", "-i", "4", "--as", "palad"])
        // The chair sees who has scored before finalizing.
        let status = try sujarit.succeed(["risk", "round", "status", "--round", "2568/1", "--format", "csv"]).stdout
            .split(separator: "\r\n").map(String.init)
        #expect(status.contains("R-2568-001,ready,ครบองค์ประชุม,3,3,5,nisa palad sompong,fatimah surachai"))
        #expect(status.contains("R-2568-002,unscored,ยังไม่มีผู้ประเมิน,0,3,5,,fatimah nisa palad sompong surachai"))
        #expect(status.count == 9)
        let statusJSON = try sujarit.succeed(["risk", "round", "status", "--format", "json"]).stdout
        #expect(statusJSON.contains("below-quorum") == false && statusJSON.contains("\"R-2568-004\""))
        #expect(
            try sujarit.run(["risk", "round", "status", "--round", "2568/2"]).stderr.contains("the rounds are 2568/1"))
        before = try sujarit.storeDump()
        let unscored = try sujarit.run(["risk", "finalize", "--as", "palad"])
        #expect(
            unscored.status != 0 && unscored.stderr.contains("6 risk(s) have no score")
                && !unscored.stderr.contains("fewer than"))
        #expect(unscored.stderr.contains("--partial --reason"))
        let noReason = try sujarit.run(["risk", "finalize", "--partial", "--as", "palad"])
        #expect(noReason.status != 0 && noReason.stderr.contains("--partial needs --reason"))
        // A partial close is still refused while members disagree.
        let reason = "กรรมการ 2 คนลาราชการ ประเมินความเสี่ยงที่เหลือในรอบที่ 2"
        let disagreeing = try sujarit.run(["risk", "finalize", "--partial", "--reason", reason, "--as", "palad"])
        #expect(disagreeing.status != 0)
        #expect(disagreeing.stderr.contains("R-2568-004: likelihood spread 2"))
        #expect(try sujarit.storeDump() == before)

        let notChair = try sujarit.run([
            "risk", "resolve", "R-2568-004", "-l", "3", "-i", "4", "--note", "x", "--as", "nisa",
        ])
        #expect(notChair.status != 0 && notChair.stderr.contains("not the committee chair"))
        try sujarit.succeed([
            "risk", "resolve", "R-2568-004", "-l", "3", "-i", "4", "--note", "หารือแล้ว", "--as", "palad",
        ])
        let finalized = try sujarit.succeed([
            "risk", "finalize", "--partial", "--reason", reason, "--as", "palad", "--format", "csv",
        ])
        #expect(finalized.stdout.contains("R-2568-004,3,3,4,2,0,resolved"))
        #expect(finalized.stdout.contains("R-2568-001,3,4,4,0,0,median"))
        #expect(finalized.stderr.contains("partial close"))
        let closed = try sujarit.succeed(["events", "--type", "ScoringRoundClosed", "--format", "json"]).stdout
        #expect(closed.contains(reason))
        #expect(closed.contains("more-than-half"))

        let list = try sujarit.succeed(["risk", "list", "--fy", "2568", "--level", "high", "--format", "csv"])
        #expect(list.stdout.contains("R-2568-001") && list.stdout.contains("R-2568-004"))
        #expect(!list.stdout.contains("R-2568-002"))

        let heat = try sujarit.succeed(["heatmap", "--fy", "2568", "--both"])
        #expect(heat.stdout.contains("R-2568-001  4×4 สูง → 2×3 ปานกลาง"))
        #expect(!heat.stdout.contains("\u{1B}["), "no colour when piped")
        let json = try sujarit.succeed(["heatmap", "--fy", "2568", "--format", "json"])
        #expect(json.stdout.contains("\"R-2568-004\""))
        try sujarit.succeed(["heatmap", "--fy", "2568", "--format", "svg", "--output", "heat.svg"])
        let svg = try String(contentsOf: sujarit.folder.appendingPathComponent("heat.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("ผลกระทบ"))

        let review = try sujarit.succeed(["risk", "review", "--fy", "2568", "--as-of", "1/4/2568", "--format", "csv"])
        #expect(review.stdout.contains("M-2568-004,overdue-measure"))
        #expect(review.stdout.contains("M-2568-005,overdue-measure"))
        let early = try sujarit.succeed(["risk", "review", "--fy", "2568", "--as-of", "1/11/2567", "--format", "csv"])
        #expect(!early.stdout.contains("overdue-measure"))
    }

    @Test("export to JSON and CSV imports back unchanged into a new store")
    func exportImportRoundTrip() throws {
        let first = try prepared()
        try first.succeed([
            "risk", "measure", "progress", "M-2568-001", "--round", "6m", "--status", "done", "--as-of", "31/03/2568",
            "--result", "เสร็จ",
        ])
        try first.succeed(["risk", "export", "--output", "register.json"])
        try first.succeed(["risk", "export", "--fy", "2568", "--format", "csv", "--output", "register.csv"])
        // Read as bytes: decoding with String(contentsOf:) would drop the CSV's byte-order mark.
        let json = String(
            decoding: try Data(contentsOf: first.folder.appendingPathComponent("register.json")), as: UTF8.self)
        let csv = String(
            decoding: try Data(contentsOf: first.folder.appendingPathComponent("register.csv")), as: UTF8.self)

        for (file, format, original) in [("register.json", "json", json), ("register.csv", "csv", csv)] {
            let second = try SujaritProcess()
            try second.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
            try second.succeed(["agency", "load", Self.root + "/Registers/examples/takbai/agency.yaml"])
            try second.succeed(["risk", "configure", "--registers", Self.root + "/Registers"])
            try second.succeed(["risk", "import", first.folder.appendingPathComponent(file).path])
            var arguments = ["risk", "export", "--format", format]
            if format == "csv" { arguments += ["--fy", "2568"] }
            #expect(try second.succeed(arguments).stdout == original)
        }
    }

    @Test("entering a risk, a measure, progress and an acceptance by hand")
    func byHand() throws {
        let sujarit = try prepared()
        let added = try sujarit.succeed([
            "risk", "add", "--fy", "๒๕๖๘", "--department", "ENG", "--category", "procurement", "--process",
            "การกำหนดราคากลาง",
            "--event", "กำหนดราคากลางสูงเกินจริง", "--cause", "ไม่มีการสืบราคาจากหลายแหล่ง", "--control",
            "อ่อน: คณะกรรมการกำหนดราคากลาง",
        ])
        #expect(added.stdout.contains("Added R-2568-009"))
        let planned = try sujarit.succeed([
            "risk", "measure", "add", "--fy", "2568", "--title", "สืบราคาอย่างน้อย 3 แหล่ง", "--owner", "กองช่าง",
            "--department", "ENG",
            "--due", "31 ม.ค. 68", "--risk", "R-2568-009", "--issue-area", "การใช้งบประมาณและการจัดซื้อจัดจ้าง", "--oit",
            "๐๒๐",
        ])
        #expect(planned.stdout.contains("Planned M-2568-007, due 31 ม.ค. 2568"))
        let overdue = try sujarit.succeed([
            "risk", "measure", "list", "--overdue", "--as-of", "1/2/2568", "--format", "csv",
        ])
        #expect(overdue.stdout.contains("M-2568-007"))
        // Dated today by default, which is outside FY2568's rounds: refused, naming --as-of.
        let undated = try sujarit.run([
            "risk", "measure", "progress", "M-2568-007", "--round", "6m", "--status", "ดำเนินการแล้วเสร็จ",
        ])
        #expect(undated.status != 0 && undated.stderr.contains("No --as-of was given"), "\(undated.output)")
        try sujarit.succeed([
            "risk", "measure", "progress", "M-2568-007", "--round", "6m", "--status", "ดำเนินการแล้วเสร็จ", "--evidence",
            "บันทึก 12/2568", "--as-of", "1/2/2568",
        ])
        let after = try sujarit.succeed([
            "risk", "measure", "list", "--overdue", "--as-of", "1/2/2568", "--format", "csv",
        ])
        #expect(!after.stdout.contains("M-2568-007"))
        try sujarit.succeed(["risk", "assess", "R-2568-009", "--kind", "current", "-l", "3", "-i", "4"])
        let raised = try sujarit.succeed(["risk", "assess", "R-2568-009", "--kind", "residual", "-l", "4", "-i", "4"])
        #expect(raised.stderr.contains("Warning: residual 16 is above current 12"))
        try sujarit.succeed([
            "risk", "accept", "R-2568-008", "--approver", "mayor", "--rationale", "ต้นทุนสูง", "--until", "31/12/2599",
        ])
        let accepted = try sujarit.succeed(["risk", "list", "--status", "accepted", "--format", "csv"])
        #expect(accepted.stdout.contains("R-2568-008") && !accepted.stdout.contains("R-2568-001"))
    }

    @Test("copy-forward starts FY2569 from FY2568 and the diff shows it")
    func copyForward() throws {
        let sujarit = try prepared()
        let copied = try sujarit.succeed(["risk", "copy-forward", "--from", "2568", "--to", "2569"])
        #expect(copied.stdout.contains("R-2568-008 → R-2569-008"))
        let again = try sujarit.succeed(["risk", "copy-forward", "--from", "2568", "--to", "2569"])
        #expect(again.stdout.contains("Copied 0 risk(s)"))
        let diff = try sujarit.succeed(["risk", "diff", "--from", "2568", "--to", "2569", "--format", "csv"])
        // Not yet scored in FY2569: an empty field (null), not "-".
        #expect(diff.stdout.contains("R-2568-001,R-2569-001,changed,residual score,2×3=6 ปานกลาง,\r\n"))
    }

    @Test(
        "bad input: a clear error, a non-zero exit and the store unchanged",
        arguments: [
            ["risk", "score", "R-2568-001", "-l", "0", "-i", "3", "--as", "nisa"],
            ["risk", "score", "R-2568-001", "-l", "6", "-i", "3", "--as", "nisa"],
            ["risk", "score", "R-2568-099", "-l", "3", "-i", "3", "--as", "nisa"],
            ["risk", "score", "R-2568-001", "-l", "3", "-i", "3", "--as", "anan"],
            ["risk", "score", "R-2568-001", "-l", "3", "-i", "3", "--as", "nobody"],
            ["risk", "finalize", "--as", "palad"],
            [
                "risk", "add", "--fy", "2568", "--department", "FIN", "--category", "bribery", "--process", "p",
                "--event", "e",
            ],
            [
                "risk", "add", "--fy", "2568", "--department", "XYZ", "--category", "procurement", "--process", "p",
                "--event", "e",
            ],
            ["risk", "show", "R-2568-099"],
            ["risk", "import", "BAD-FILE"],
            ["risk", "measure", "progress", "M-2568-099", "--round", "6m", "--status", "done"],
            ["risk", "accept", "R-2568-001", "--approver", "nisa", "--rationale", "x", "--until", "30/09/2568"],
        ])
    func badInput(arguments: [String]) throws {
        let sujarit = try prepared()
        try sujarit.succeed(["risk", "round", "--fy", "2568", "--kind", "inherent", "--as", "palad"])
        try sujarit.succeed(["risk", "score", "R-2568-004", "-l", "1", "-i", "1", "--as", "nisa"])
        try sujarit.succeed(["risk", "score", "R-2568-004", "-l", "5", "-i", "1", "--as", "sompong"])
        var arguments = arguments
        if arguments.last == "BAD-FILE" {
            let bad = sujarit.folder.appendingPathComponent("bad.yaml")
            let text = try String(contentsOfFile: Self.example, encoding: .utf8).replacingOccurrences(
                of: "category: budget", with: "category: bribery")
            try text.write(to: bad, atomically: true, encoding: .utf8)
            arguments[arguments.count - 1] = bad.path
        }
        let before = try sujarit.storeDump()
        let result = try sujarit.run(arguments)
        #expect(result.status != 0, "\(arguments) succeeded:\n\(result.output)")
        #expect(result.stderr.contains("Error"), "\(result.stderr)")
        #expect(!result.stderr.contains("RiskRegisterError"), "an error printed as a Swift value: \(result.stderr)")
        #expect(try sujarit.storeDump() == before)
    }
}
