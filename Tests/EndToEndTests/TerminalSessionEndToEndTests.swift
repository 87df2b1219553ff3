import Foundation
import Testing

/// `risk session` at a terminal (issue 21): the answer is edited with the arrow keys, Backspace and the history
/// instead of collecting `^[[D`; "4 3" still asks for the note unless `--no-notes`; labels line up by display
/// width; and Ctrl-C, at a terminal or as SIGINT from a pipe, lists what was saved and exits 130.
@Suite("risk session at a terminal: line editing, notes, alignment, Ctrl-C")
struct TerminalSessionEndToEndTests {
    /// The example register with an open inherent round, for nisa (a committee member) to score.
    func opened() throws -> SujaritProcess {
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        try sujarit.succeed(["risk", "round", "--fy", "2568", "--kind", "inherent", "--as", "palad"])
        return sujarit
    }

    @Test("arrow keys, Backspace and ↑ edit the answer; '4 3' asks for the note; Ctrl-C lists what was saved")
    func editingInAPseudoTerminal() throws {
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        let session = try sujarit.scoringSession(as: "nisa")
        try session.expect("โอกาส Likelihood (1–5): ")
        // "3", ←, "4", →, Backspace: the line is "4"; an arrow never lands in it as ^[[D.
        session.send("3\u{1B}[D4\u{1B}[C\u{7F}\r")
        try session.expect("ผลกระทบ Impact (1–5): ")
        session.send("2\r")
        try session.expect("หมายเหตุ Note")
        // A Thai note edited in the middle: "ดี", ←, "ไม่" → "ไม่ดี" (the vowel stays with its consonant).
        session.send("ดี\u{1B}[Dไม่\r")
        try session.expect("✓ บันทึกแล้ว R-2568-001: 4×2=8 ปานกลาง")
        try session.expect("[2/8] R-2568-002")
        try session.expect("โอกาส Likelihood (1–5): ")
        // ↑ three times recalls the answers before, newest first: "ไม่ดี", "2", then "4"; an application-mode ↑ too.
        session.send("\u{1B}[A\u{1B}[A\u{1B}OA\r")
        try session.expect("ผลกระทบ Impact (1–5): ")
        session.send("3\r")
        try session.expect("หมายเหตุ Note")
        session.send("\r")
        try session.expect("✓ บันทึกแล้ว R-2568-002: 4×3=12 สูง")
        try session.expect("โอกาส Likelihood (1–5): ")
        session.send("2 3\r") // both levels: the note is still asked for
        try session.expect("หมายเหตุ Note")
        session.send("x\u{15}\r") // Ctrl-U clears the line: no note
        try session.expect("✓ บันทึกแล้ว R-2568-003: 2×3=6 ปานกลาง")
        try session.expect("โอกาส Likelihood (1–5): ")
        session.send("5\u{03}") // Ctrl-C
        try session.expect("interrupted")
        try session.expect("R-2568-001 4×2=8 ปานกลาง")
        try session.expect("R-2568-003 2×3=6 ปานกลาง")
        try session.expect("scored 3, skipped 0, 5 still to score")
        #expect(try session.wait() == 130)
        #expect(!session.transcript.contains("^["), "\(session.transcript)")

        let shown = try sujarit.succeed(["risk", "show", "R-2568-001"]).stdout
        #expect(shown.contains("(nisa) round 2568/1 inherent: 4×2 — ไม่ดี"), "\(shown)")
        let scored = try sujarit.succeed(["events", "--type", "RiskScored", "--format", "csv"]).stdout
        #expect(scored.split(separator: "\r\n").count == 1 + 3, "three scores, nothing for the interrupted one")
    }

    @Test("piped: '4 3' asks for the note unless --no-notes; a note after the levels is kept; labels line up")
    func notesAndAlignment() throws {
        let sujarit = try opened()
        let asked = try sujarit.succeed(["risk", "session", "--as", "nisa"], input: "4 3\nเคยมีข้อร้องเรียน\nq\n")
        #expect(asked.stdout.contains("หมายเหตุ Note (Enter = ไม่มี): เคยมีข้อร้องเรียน"), "\(asked.stdout)")
        let quiet = try sujarit.succeed(
            ["risk", "session", "--as", "sompong", "--no-notes"], input: "4 3\n2 2 แบ่งสัญญา\n๑ ๙\n1\n1\nq\n")
        #expect(!quiet.stdout.contains("หมายเหตุ Note"), "\(quiet.stdout)")
        #expect(quiet.stdout.contains("or both levels, e.g. 4 3"), "9 is off the impact scale: \(quiet.stdout)")
        #expect(quiet.stdout.contains("R-2568-003: 1×1=1"), "asked again, then answered: \(quiet.stdout)")
        let shown = try sujarit.succeed(["risk", "show", "R-2568-002"]).stdout
        #expect(shown.contains("(sompong) round 2568/1 inherent: 2×2 — แบ่งสัญญา"), "\(shown)")
        let nisa = try sujarit.succeed(["risk", "show", "R-2568-001"]).stdout
        #expect(nisa.contains("(nisa) round 2568/1 inherent: 4×3 — เคยมีข้อร้องเรียน"), "\(nisa)")

        // Each risk's labels end in the same terminal column, counted as a terminal does (Thai marks take none).
        let labels = ["หน่วยงาน Department", "กระบวนงาน Process", "ปัจจัยเสี่ยง Causes", "การควบคุม Control"]
        let starts = asked.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard let label = labels.first(where: { line.hasPrefix("  " + $0) }) else { return nil }
            let rest = line.dropFirst(2 + label.count)
            return Self.columns(label) + rest.prefix { $0 == " " }.count
        }
        #expect(starts.count >= 4 && Set(starts).count == 1, "the text after each label starts at \(starts)")
    }

    @Test("Ctrl-C from a pipe (SIGINT) lists what was saved and exits 130 with the store as recorded")
    func interruptedFromAPipe() throws {
        let sujarit = try opened()
        let process = Process()
        process.executableURL = SujaritProcess.executable
        process.arguments = ["risk", "session", "--as", "nisa", "--no-notes"]
        process.environment = sujarit.environment()
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("4 3\n".utf8))
        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while !printed.contains("[2/8]"), Date() < deadline {
            printed += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(printed.contains("✓ บันทึกแล้ว R-2568-001: 4×3=12 สูง"), "\(printed)")
        process.interrupt()
        printed += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(printed)")
        #expect(printed.contains("interrupted") && printed.contains("R-2568-001 4×3=12 สูง"), "\(printed)")
        #expect(printed.contains("scored 1, skipped 0, 7 still to score"), "\(printed)")
        try input.fileHandleForWriting.close()
    }

    /// Terminal columns of `text`: combining marks (Thai vowels above and below, tone marks) take none.
    static func columns(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
    }
}
