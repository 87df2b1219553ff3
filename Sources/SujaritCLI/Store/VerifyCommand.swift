import ArgumentParser
import EventStore
import Presentation

/// `sujarit verify`: proves the log is intact by walking its hash chain.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that no event was edited, deleted, inserted or reordered (ตรวจสอบความครบถ้วนของบันทึก).",
        discussion: """
            Exits 0 only when the whole log is intact; otherwise names the first damaged event and exits 1.

            Every report prints an anchor of the log it was made from, e.g. "รหัสยืนยันบันทึก 1204:3f9a0c5e71d2b84a". \
            Give it back with --anchor to prove the log was not rewritten since that report was printed (a chain \
            recomputed by someone with write access to the store would still disagree with the paper):
              sujarit verify --anchor 1204:3f9a0c5e71d2b84a
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("anchor"), help: ArgumentHelp("An anchor printed on a report (sequence:hash), checked against the log. Repeatable.", valueName: "seq:hash"))
    var anchorTexts: [String] = []

    func validate() throws {
        for text in anchorTexts where ChainAnchor(parsing: text) == nil {
            throw ValidationError("--anchor '\(text)' is not an anchor: give the event number and at least 12 hex digits of its hash as a report prints them, e.g. 1204:3f9a0c5e71d2b84a.")
        }
    }

    func run() async throws {
        let store = try storeOptions.open()
        let bar = ProgressBar(label: "Verifying")
        let report = try await store.verify(progress: bar.update)
        bar.finish()
        var findings: [(ChainAnchor, ChainAnchor.Finding)] = []
        for anchor in anchorTexts.compactMap(ChainAnchor.init(parsing:)) {
            findings.append((anchor, try await anchor.check(in: store)))
        }
        switch output.format {
        case .json:
            Console.out(Self.json(report, anchors: findings))
        default:
            Self.printReport(report, style: output.style)
            for (anchor, finding) in findings { Self.printAnchor(anchor, finding, style: output.style) }
        }
        if !report.isIntact || findings.contains(where: { $0.1 != .matches }) { throw ExitCode(1) }
    }

    static func printAnchor(_ anchor: ChainAnchor, _ finding: ChainAnchor.Finding, style: TerminalStyle) {
        switch finding {
        case .matches:
            Console.out(style.paint("✓ Anchor \(anchor) matches: the log up to event \(anchor.sequence) is the one the report was made from.", .green))
        case let .differs(found):
            Console.out(style.paint("✗ Anchor \(anchor) does NOT match: event \(anchor.sequence) now hashes to \(found.short)…; the log was rewritten after the report was made (บันทึกถูกเขียนใหม่).", .red))
        case .missing:
            Console.out(style.paint("✗ Anchor \(anchor): the log has no event \(anchor.sequence); it was cut short after the report was made.", .red))
        }
    }

    static func printReport(_ report: ChainReport, style: TerminalStyle) {
        if let chainBreak = report.firstBreak {
            Console.out(style.paint("✗ The log is NOT intact (บันทึกถูกแก้ไข): \(chainBreak).", .red))
            Console.out("  \(report.eventsChecked) events before it are intact. Restore the store from a backup and keep this file as evidence.")
        } else {
            let head = report.headHash.map { " head \($0.short)" } ?? ""
            Console.out(style.paint("✓ The log is intact (บันทึกครบถ้วน): \(report.eventsChecked) events,\(head).", .green))
        }
    }

    static func json(_ report: ChainReport, anchors: [(ChainAnchor, ChainAnchor.Finding)] = []) -> String {
        let breakJSON = report.firstBreak.map { "{\"sequence\": \($0.sequence), \"reason\": \(jsonString($0.description))}" } ?? "null"
        let head = report.headHash.map { jsonString($0.description) } ?? "null"
        let anchorsJSON = anchors.map { anchor, finding in
            let result = switch finding {
            case .matches: "matches"
            case .differs: "differs"
            case .missing: "missing"
            }
            return "{\"anchor\": \(jsonString(anchor.description)), \"result\": \"\(result)\"}"
        }.joined(separator: ", ")
        return "{\"intact\": \(report.isIntact), \"eventsChecked\": \(report.eventsChecked), \"headHash\": \(head), \"firstBreak\": \(breakJSON), \"anchors\": [\(anchorsJSON)]}"
    }
}

/// A JSON string literal for `text`.
func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
