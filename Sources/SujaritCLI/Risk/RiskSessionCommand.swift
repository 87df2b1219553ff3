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
            Answer with a number (Thai digits are fine; "4 3" answers both at once), s to skip the risk, q to stop. \
            Each answer is recorded at once, so stopping keeps what was entered; run it again to go on. \
            Without a terminal it reads the same answers line by line, so it can be scripted:
              printf '4\\n3\\n\\ns\\nq\\n' | sujarit risk session --as nisa
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The member scoring (default: --as).", valueName: "staff-id")) var member: String?
    @OptionGroup var fiscalYear: FiscalYearOption<OpenRoundFiscalYear>

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
            var session = ScoringSession(
                service: service, context: storeOptions.context, member: who, round: round, ledger: ledger,
                directory: directory, style: TerminalStyle(), interactive: isatty(STDIN_FILENO) == 1
            )
            Console.out(
                session.style.paint("รอบการประเมิน \(round.id) · \(round.opened.kind.label.th) · \(person.name)", .bold))
            guard !pending.isEmpty else {
                Console.out("ไม่มีความเสี่ยงที่รอให้คะแนน — nothing left to score in round \(round.id).")
                return
            }
            Console.out("\(pending.count) risk(s) to score. ตอบเป็นตัวเลข (เลขไทยได้), s = ข้าม skip, q = ออก quit.")
            try await session.walk(pending)
        }
    }
}

/// The question-and-answer loop of a session, reading standard input line by line (a terminal or a pipe).
struct ScoringSession {
    let service: RiskService
    let context: CommandContext
    let member: String
    let round: ScoringRound
    let ledger: RiskLedger
    let directory: AgencyDirectory
    let style: TerminalStyle
    let interactive: Bool

    enum Answer { case level(Int), levels(Int, Int, String?), skip, quit }

    mutating func walk(_ risks: [Risk]) async throws {
        var scored = 0, skipped = 0
        loop: for (index, risk) in risks.enumerated() {
            guard let matrix = ledger.latestMatrix(risk.identified.matrix) else { continue }
            show(risk, number: index + 1, of: risks.count)
            showScale(matrix.likelihood)
            var likelihood = 0, impact = 0
            var note: String?
            switch ask(
                "โอกาส Likelihood (\(matrix.likelihood.range.lowerBound)–\(matrix.likelihood.range.upperBound)): ",
                range: matrix.likelihood.range)
            {
            case .quit: break loop
            case .skip: skipped += 1; continue loop
            case .levels(let l, let i, let text):
                guard matrix.impact.range.contains(i) else {
                    Console.out("ผลกระทบ \(i) อยู่นอกช่วง; ข้ามรายการนี้"); skipped += 1; continue loop
                }
                (likelihood, impact, note) = (l, i, text)
            case .level(let l):
                likelihood = l
                showScale(matrix.impact)
                switch ask(
                    "ผลกระทบ Impact (\(matrix.impact.range.lowerBound)–\(matrix.impact.range.upperBound)): ",
                    range: matrix.impact.range)
                {
                case .quit: break loop
                case .skip: skipped += 1; continue loop
                case .level(let i): impact = i
                case .levels(let i, _, _): impact = i
                }
                prompt("หมายเหตุ Note (Enter = ไม่มี): ")
                guard let line = readLine() else { break loop }
                let text = line.trimmingCharacters(in: .whitespaces)
                if text == "q" { break loop }
                note = text.isEmpty ? nil : text
            }
            do {
                try await service.perform(context) { ledger, directory, decision in
                    try ledger.score(
                        risk.id, member: member, likelihood: likelihood, impact: impact, note: note,
                        directory: directory, into: &decision)
                }
                let band = matrix.band(likelihood: likelihood, impact: impact)
                Console.out(
                    style.paint(
                        "✓ บันทึกแล้ว \(risk.id): \(likelihood)×\(impact)=\(likelihood * impact) \(band.name.th)", .green))
                scored += 1
            } catch {
                Console.err("Error: \(error.localizedDescription)")
                skipped += 1
            }
        }
        let remaining = ledger.unscored(by: member, in: round.id).count - scored
        Console.out("")
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
        Console.out(
            """
              หน่วยงาน  \(directory.department(r.department)?.name ?? r.department) · \
            \(ledger.categories[r.category]?.name.th ?? r.category)
            """
        )
        Console.out("  กระบวนงาน \(r.process)")
        if !r.causes.isEmpty { Console.out("  ปัจจัยเสี่ยง \(r.causes.joined(separator: "; "))") }
        for control in r.controls { Console.out("  การควบคุม \(control.text) (\(control.adequacy.thai))") }
    }

    func showScale(_ axis: RiskAxis) {
        Console.out(style.paint("  \(axis.name.th)", .cyan))
        for level in axis.levels.reversed() {
            Console.out("    \(level.level) \(level.name.th) — \(level.description)")
        }
    }

    func prompt(_ text: String) {
        Console.out(interactive ? style.paint(text, .yellow) : text, terminator: "")
    }

    /// Asks until the answer is a level in `range`, `s` or `q`; end of input counts as `q`.
    func ask(_ question: String, range: ClosedRange<Int>) -> Answer {
        while true {
            prompt(question)
            guard let line = readLine() else { return .quit }
            if !interactive { Console.out(line) }
            let text = ThaiDigits.toArabic(line).trimmingCharacters(in: .whitespaces)
            switch text.lowercased() {
            case "q", "quit", "ออก": return .quit
            case "s", "skip", "ข้าม", "": if text.isEmpty { continue } else { return .skip }
            default: break
            }
            let parts = text.split(separator: " ", maxSplits: 2).map(String.init)
            if parts.count >= 2, let first = Int(parts[0]), let second = Int(parts[1]), range.contains(first) {
                return .levels(first, second, parts.count == 3 ? parts[2] : nil)
            }
            if parts.count == 1, let value = Int(parts[0]), range.contains(value) { return .level(value) }
            Console.out(
                """
                  ตอบ \(range.lowerBound)–\(range.upperBound), s (ข้าม) หรือ q (ออก) — answer \
                \(range.lowerBound)–\(range.upperBound), s or q.
                """
            )
        }
    }
}
