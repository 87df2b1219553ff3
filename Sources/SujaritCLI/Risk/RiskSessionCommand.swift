import Agency
import ArgumentParser
import Foundation
import Presentation
import RiskRegister
import Sujarit

/// `sujarit risk session`: walks a committee member through every risk they have not scored in the open round.
struct RiskSessionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Score, one by one, every risk you have not scored in the open round (ประเมินความเสี่ยงทีละรายการ).",
        discussion: """
            Shows each risk with the matrix's scale descriptions in Thai and asks for likelihood, impact and a note. \
            Answer with a number (Thai digits are fine); "4 3" answers both at once, and "4 3 เคยมีข้อร้องเรียน" \
            the note too. s skips the risk, q stops. Each answer is recorded at once, so stopping keeps what was \
            entered, and so does Ctrl-C (it lists what was saved and exits with status 130); run it again to go on.
            At a terminal the answer can be edited: ← → to move, Backspace, ↑ ↓ for earlier answers.
            Without a terminal it reads the same answers line by line, so it can be scripted:
              printf '4\\n3\\n\\ns\\nq\\n' | sujarit risk session --as nisa
              printf '4 3\\n2 2\\nq\\n' | sujarit risk session --as nisa --no-notes
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The member scoring (default: --as).", valueName: "staff-id")) var member: String?
    @OptionGroup var fiscalYear: FiscalYearOption<OpenRoundFiscalYear>
    @Flag(help: "Do not ask for a note after each score (a note typed after the levels is still kept).")
    var noNotes = false

    func run() async throws {
        try await RiskInput.run {
            let who = member ?? storeOptions.actorName
            let year = fiscalYear.year
            let service = RiskService(store: try storeOptions.open())
            let directory = try await AgencyDirectory.load(from: service.store)
            guard let person = directory.member(who) else { throw RiskRegisterError.unknownStaff(who) }
            guard person.has(.committeeMember) || person.has(.committeeChair) else {
                throw RiskRegisterError.notOnCommittee(who, name: person.name)
            }
            let ledger = try await service.ledger()
            let round = try ledger.requireOpenRound(year)
            let pending = ledger.unscored(by: who, in: round.id)
            let style = TerminalStyle()
            let session = ScoringSession(
                service: service, context: storeOptions.context, member: who, round: round, ledger: ledger,
                directory: directory, style: style, input: try LineReader(style: style), asksNotes: !noNotes
            )
            Console.out(style.paint("รอบการประเมิน \(round.id) · \(round.opened.kind.label.th) · \(person.name)", .bold))
            guard !pending.isEmpty else {
                Console.out("ไม่มีความเสี่ยงที่รอให้คะแนน — nothing left to score in round \(round.id).")
                return
            }
            Console.out("\(pending.count) risk(s) to score. ตอบเป็นตัวเลข (เลขไทยได้), s = ข้าม skip, q = ออก quit.")
            guard try await session.walk(pending) else { throw ExitCode(130) }
        }
    }
}

/// The question-and-answer loop of a session, reading its answers through a ``LineReader`` (a terminal or a
/// pipe).
struct ScoringSession {
    let service: RiskService
    let context: CommandContext
    let member: String
    let round: ScoringRound
    let ledger: RiskLedger
    let directory: AgencyDirectory
    let style: TerminalStyle
    let input: LineReader
    /// Whether a note is asked for after levels typed without one.
    let asksNotes: Bool

    enum Answer { case level(Int), levels(Int, Int, String?), skip, quit, interrupted }

    /// Asks about each risk in turn and records each score as it is given; false when Ctrl-C ended it.
    func walk(_ risks: [Risk]) async throws -> Bool {
        var saved: [String] = []
        var skipped = 0
        var interrupted = false
        loop: for (index, risk) in risks.enumerated() {
            guard let matrix = ledger.latestMatrix(risk.identified.matrix) else { continue }
            show(risk, number: index + 1, of: risks.count)
            showScale(matrix.likelihood)
            var likelihood = 0, impact = 0
            var note: String?
            switch ask(
                "โอกาส Likelihood (\(matrix.likelihood.range.lowerBound)–\(matrix.likelihood.range.upperBound)): ",
                range: matrix.likelihood.range, second: matrix.impact.range)
            {
            case .quit: break loop
            case .interrupted: interrupted = true; break loop
            case .skip: skipped += 1; continue loop
            case .levels(let l, let i, let text): (likelihood, impact, note) = (l, i, text)
            case .level(let l):
                likelihood = l
                showScale(matrix.impact)
                switch ask(
                    "ผลกระทบ Impact (\(matrix.impact.range.lowerBound)–\(matrix.impact.range.upperBound)): ",
                    range: matrix.impact.range, second: nil)
                {
                case .quit: break loop
                case .interrupted: interrupted = true; break loop
                case .skip: skipped += 1; continue loop
                case .level(let i), .levels(let i, _, _): impact = i
                }
            }
            if note == nil, asksNotes {
                switch input.read("หมายเหตุ Note (Enter = ไม่มี): ") {
                case .endOfInput: break loop
                case .interrupted: interrupted = true; break loop
                case .line(let line):
                    let text = line.trimmingCharacters(in: .whitespaces)
                    if text == "q" { break loop }
                    note = text.isEmpty ? nil : text
                }
            }
            do {
                try await service.perform(context) { ledger, directory, decision in
                    try ledger.score(
                        risk.id, member: member, likelihood: likelihood, impact: impact, note: note,
                        directory: directory, into: &decision)
                }
                let band = matrix.band(likelihood: likelihood, impact: impact)
                let score = "\(likelihood)×\(impact)=\(likelihood * impact) \(band.name.th)"
                Console.out(style.paint("✓ บันทึกแล้ว \(risk.id): \(score)", .green))
                saved.append("\(risk.id) \(score)")
            } catch {
                Console.err("Error: \(error.localizedDescription)")
                skipped += 1
            }
        }
        summarize(saved: saved, skipped: skipped, interrupted: interrupted)
        return !interrupted
    }

    /// What the session recorded, printed however it ended (q, end of input or Ctrl-C).
    func summarize(saved: [String], skipped: Int, interrupted: Bool) {
        let scored = saved.count
        let remaining = ledger.unscored(by: member, in: round.id).count - scored
        Console.out("")
        if interrupted {
            Console.out(style.paint("หยุดแล้ว (Ctrl-C) — interrupted; every score below is recorded.", .yellow))
        }
        if !saved.isEmpty {
            Console.out("บันทึกแล้ว Saved:")
            for line in saved { Console.out("  " + line) }
        }
        Console.out(
            """
            ให้คะแนนแล้ว \(scored) · ข้าม \(skipped) · เหลือ \(remaining) — scored \(scored), skipped \(skipped), \
            \(remaining) still to score.
            """
        )
    }

    func show(_ risk: Risk, number: Int, of total: Int) {
        let r = risk.identified
        Console.out("")
        Console.out(style.paint("[\(number)/\(total)] \(r.id)  \(r.event)", .bold))
        var lines: [(label: String, text: String)] = [
            (
                "หน่วยงาน Department",
                "\(directory.department(r.department)?.name ?? r.department) · "
                    + (ledger.categories[r.category]?.name.th ?? r.category)
            ),
            ("กระบวนงาน Process", r.process),
        ]
        if !r.causes.isEmpty { lines.append(("ปัจจัยเสี่ยง Causes", r.causes.joined(separator: "; "))) }
        for control in r.controls { lines.append(("การควบคุม Control", "\(control.text) (\(control.adequacy.thai))")) }
        // Padded by display width: a Thai vowel or tone mark takes no column, so counting Characters would not line up.
        let width = lines.map(\.label.displayWidth).max() ?? 0
        for line in lines { Console.out("  \(line.label.padded(toWidth: width))  \(line.text)") }
    }

    func showScale(_ axis: RiskAxis) {
        Console.out(style.paint("  \(axis.name.th)", .cyan))
        let width = axis.levels.map(\.name.th.displayWidth).max() ?? 0
        for level in axis.levels.reversed() {
            Console.out("    \(level.level) \(level.name.th.padded(toWidth: width)) — \(level.description)")
        }
    }

    /// Asks until the answer is a level in `range`, two levels (the second in `second`, when given), `s` or `q`;
    /// end of input counts as `q`.
    func ask(_ question: String, range: ClosedRange<Int>, second: ClosedRange<Int>?) -> Answer {
        while true {
            let line: String
            switch input.read(question) {
            case .endOfInput: return .quit
            case .interrupted: return .interrupted
            case .line(let text): line = text
            }
            let text = ThaiDigits.toArabic(line).trimmingCharacters(in: .whitespaces)
            switch text.lowercased() {
            case "": continue
            case "q", "quit", "ออก": return .quit
            case "s", "skip", "ข้าม": return .skip
            default: break
            }
            let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
            if let second, parts.count >= 2, let first = Int(parts[0]), let other = Int(parts[1]),
                range.contains(first), second.contains(other)
            {
                let note = parts.count == 3 ? parts[2].trimmingCharacters(in: .whitespaces) : nil
                return .levels(first, other, note?.isEmpty == false ? note : nil)
            }
            if parts.count == 1, let value = Int(parts[0]), range.contains(value) { return .level(value) }
            let both = second == nil ? "" : " (or both levels, e.g. 4 3)"
            Console.out(
                """
                  ตอบ \(range.lowerBound)–\(range.upperBound), s (ข้าม) หรือ q (ออก) — answer \
                \(range.lowerBound)–\(range.upperBound)\(both), s or q.
                """
            )
        }
    }
}
