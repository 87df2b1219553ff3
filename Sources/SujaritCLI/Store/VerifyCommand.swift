import ArgumentParser
import EventStore
import Presentation

/// `sujarit verify`: proves the log is intact by walking its hash chain.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that no event was edited, deleted, inserted or reordered (ตรวจสอบความครบถ้วนของบันทึก).",
        discussion: "Exits 0 only when the whole log is intact; otherwise names the first damaged event and exits 1."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try storeOptions.open()
        let bar = ProgressBar(label: "Verifying")
        let report = try await store.verify(progress: bar.update)
        bar.finish()
        switch output.format {
        case .json:
            Console.out(Self.json(report))
        default:
            Self.printReport(report, style: output.style)
        }
        if !report.isIntact { throw ExitCode(1) }
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

    static func json(_ report: ChainReport) -> String {
        let breakJSON = report.firstBreak.map { "{\"sequence\": \($0.sequence), \"reason\": \(jsonString($0.description))}" } ?? "null"
        let head = report.headHash.map { jsonString($0.description) } ?? "null"
        return "{\"intact\": \(report.isIntact), \"eventsChecked\": \(report.eventsChecked), \"headHash\": \(head), \"firstBreak\": \(breakJSON)}"
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
