import Foundation
import Testing

/// The command line as a person at a terminal meets it (issue 21): a mistyped command gets "did you mean …",
/// a refused value shows the usage of the command that refused it, every command a message names exists, and
/// `events` takes only the log's categories (or a family of them), the newest events and a sensible window.
@Suite("The terminal: typos, usage, the audit trail's filters")
struct TerminalEndToEndTests {
    @Test("A mistyped subcommand gets the closest names, or the group's commands, and a non-zero exit")
    func typos() throws {
        let sujarit = try SujaritProcess()
        let cases: [([String], String)] = [
            (["reprot"], "Did you mean 'sujarit report'?"),
            (["reprot", "executive", "--fy", "2568"], "Did you mean 'sujarit report'?"),
            (["risk", "lst"], "Did you mean 'sujarit risk list'?"),
            (["risk", "lst", "--fy", "2568"], "Did you mean 'sujarit risk list'?"),
            (["risk", "mesure", "list"], "Did you mean 'sujarit risk measure'?"),
            (["risk", "round", "opn"], "Did you mean 'sujarit risk round open'?"),
            (["audit", "pln"], "Did you mean 'sujarit audit plan'?"),
        ]
        for (arguments, suggestion) in cases {
            let result = try sujarit.run(arguments)
            let shown = "sujarit \(arguments.joined(separator: " ")):\n\(result.stderr)"
            #expect(result.status == 64, "\(shown)")
            #expect(result.stderr.contains(suggestion), "\(shown)")
            #expect(result.stderr.contains("ไม่มีคำสั่งนี้"), "\(shown)")
        }
        let unknown = try sujarit.run(["risk", "xyzzy"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'xyzzy' is not a command of 'sujarit risk'"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("Its commands: configure,") && unknown.stderr.contains("session"))
        // An option mistake is still ArgumentParser's own message; help and a correct command are untouched.
        let option = try sujarit.run(["risk", "list", "--formt", "csv"])
        #expect(option.status != 0 && option.stderr.contains("--formt"), "\(option.stderr)")
        #expect(!option.stderr.contains("is not a command"), "\(option.stderr)")
        #expect(try sujarit.succeed(["help", "risk"]).stdout.contains("sujarit risk <subcommand>"))
    }

    @Test("A value a command refuses while running is shown with that command's usage, not the root's")
    func usageOfTheRefusingCommand() throws {
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        let before = try sujarit.storeDump()
        let cases: [([String], String)] = [
            (["events", "--stream", "bad"], "sujarit events"),
            (["agency", "staff", "--role", "mayor-ish"], "sujarit agency staff"),
            (
                ["risk", "measure", "progress", "M-2568-001", "--round", "9m", "--status", "x"],
                "sujarit risk measure progress"
            ),
        ]
        for (arguments, command) in cases {
            let result = try sujarit.run(arguments)
            let shown = "sujarit \(arguments.joined(separator: " ")):\n\(result.stderr)"
            #expect(result.status == 64, "\(shown)")
            #expect(result.stderr.hasPrefix("Error: "), "\(shown)")
            #expect(result.stderr.contains("Usage: \(command)"), "\(shown)")
            #expect(result.stderr.contains("See '\(command) --help'"), "\(shown)")
            #expect(!result.stderr.contains("sujarit <subcommand>"), "\(shown)")
        }
        #expect(try sujarit.storeDump() == before)
    }

    @Test("Every 'sujarit …' command named in the sources, README, Docs and report templates exists")
    func namedCommandsExist() throws {
        let sujarit = try SujaritProcess()
        let dump = try sujarit.succeed(["--experimental-dump-help"]).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let tree = CommandNode(try #require(root["command"] as? [String: Any]))
        #expect(tree.children["agency"]?.children["staff"] != nil)
        let pattern = try NSRegularExpression(pattern: #"\bsujarit((?: [a-z][a-z0-9-]*)+)"#)
        var checked = 0
        for file in try Self.textFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let words = (text as NSString).substring(with: match.range(at: 1)).split(separator: " ").map(
                    String.init)
                var node = tree, path = ["sujarit"]
                for word in words where !node.children.isEmpty {
                    guard let child = node.children[word] else {
                        Issue.record("\(file.path) names '\((path + [word]).joined(separator: " "))', no command")
                        break
                    }
                    (node, path) = (child, path + [word])
                }
                checked += 1
            }
        }
        #expect(checked > 50, "the scan found the commands the sources name")

        // The unknown person's message names the command that lists staff, and that command works.
        let store = try SujaritProcess.takBaiRiskRegister()
        try store.succeed(["risk", "round", "--fy", "2568", "--kind", "inherent", "--as", "palad"])
        let nobody = try store.run(["risk", "session", "--as", "nobody"], input: "q\n")
        #expect(
            nobody.status != 0 && nobody.stderr.contains("'sujarit agency staff' lists staff ids"), "\(nobody.stderr)")
        #expect(try store.succeed(["agency", "staff"]).stdout.contains("nisa"))
    }

    @Test("events --category takes the log's categories, a family or a unique beginning, and refuses the rest")
    func eventCategories() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        try sujarit.succeed(["agency", "load", AuditEndToEndTests.agency])
        try sujarit.succeed(["audit", "universe", "load", AuditEndToEndTests.universe])
        try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"])

        func streams(_ category: String) throws -> [String] {
            let json = try sujarit.succeed(["events", "--category", category, "--format", "json"]).stdout
            let events = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            return events.compactMap { $0["stream"] as? String }
        }
        let audit = try streams("audit")
        #expect(audit.contains { $0.hasPrefix("audit-subject/") } && audit.contains("audit-plan/2568"), "\(audit)")
        #expect(audit.allSatisfy { $0.hasPrefix("audit-") }, "\(audit)")
        #expect(try streams("audit-plan") == ["audit-plan/2568"])
        #expect(try streams("gift-").isEmpty, "a family by its first word and hyphen; this store has no gifts")
        #expect(try streams("depart").allSatisfy { $0.hasPrefix("department/") })
        #expect(!(try streams("depart")).isEmpty)

        let before = try sujarit.storeDump()
        let refusals: [(String, [String])] = [
            ("ri", ["begins several categories: risk, riskcategory, riskmatrix, riskround"]),
            ("audi-plan", ["not a category of the log", "Did you mean 'audit-plan'?", "egp-import", "flag"]),
            ("xyz", ["not a category of the log", "store, department, staff"]),
        ]
        for (category, words) in refusals {
            let result = try sujarit.run(["events", "--category", category])
            #expect(result.status == 64, "\(category): \(result.stderr)")
            for word in words { #expect(result.stderr.contains(word), "\(category): \(result.stderr)") }
            #expect(result.stderr.contains("Usage: sujarit events"), "\(result.stderr)")
        }
        #expect(try sujarit.storeDump() == before)
    }

    @Test("Every category the registers write is in events --help and accepted by --category")
    func everyCategoryIsKnown() throws {
        let sujarit = try SujaritProcess()
        let help = try sujarit.succeed(["events", "--help"]).stdout
        let pattern = try NSRegularExpression(pattern: #"StreamID\(category: "([a-z0-9-]+)""#)
        var found: Set<String> = []
        let sources = SujaritProcess.packageRoot.appendingPathComponent("Sources")
        for file in try Self.files(under: sources, endingWith: [".swift"]) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                found.insert((text as NSString).substring(with: match.range(at: 1)))
            }
        }
        #expect(found.count > 20 && found.contains("audit-finding"), "\(found.sorted())")
        for category in found.sorted() {
            #expect(help.contains("\n  \(category) "), "events --help does not list '\(category)'")
        }
    }

    @Test("events --last gives the newest events and says of how many; --from after --to is refused naming both")
    func lastAndWindow() throws {
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        let all = try sujarit.succeed(["events", "--format", "csv"]).stdout.split(separator: "\r\n").dropFirst()
        #expect(all.count > 12)
        let last = try sujarit.succeed(["events", "--last", "3", "--format", "csv"]).stdout
        #expect(Array(last.split(separator: "\r\n").dropFirst()) == Array(all.suffix(3)))
        let table = try sujarit.succeed(["events", "--last", "๓"])
        #expect(table.stderr.contains("The last 3 of \(all.count) events"), "\(table.stderr)")
        let first = try sujarit.succeed(["events", "--limit", "2"])
        #expect(first.stderr.contains("The first 2 of \(all.count) events"), "\(first.stderr)")
        let json = try sujarit.succeed(["events", "--last", "1", "--format", "json"]).stdout
        let events = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(events.count == 1)
        #expect(events.first?["sequence"] as? Int == all.count, "numbers are numbers: \(json)")
        #expect(events.first?["schema_version"] as? Int == 1 && events.first?["recorded_at"] is String, "\(json)")

        let before = try sujarit.storeDump()
        let window = try sujarit.run(["events", "--from", "1 ต.ค. 68", "--to", "๓๐ ก.ย. ๖๘"])
        #expect(window.status == 64)
        #expect(window.stderr.contains("--from 1 ต.ค. 2568 is after --to 30 ก.ย. 2568"), "\(window.stderr)")
        let both = try sujarit.run(["events", "--last", "2", "--limit", "2"])
        #expect(both.status == 64 && both.stderr.contains("give one of them"), "\(both.stderr)")
        let zero = try sujarit.run(["events", "--last", "0"])
        #expect(zero.status == 64 && zero.stderr.contains("--last must be a positive number"), "\(zero.stderr)")
        let words = try sujarit.run(["events", "--last", "สิบ"])
        #expect(words.status == 64 && words.stderr.contains("'--last <n>'"), "\(words.stderr)")
        #expect(try sujarit.storeDump() == before)
    }

    /// The package's own text that may name commands: Swift sources, README, Docs and the report templates.
    static func textFiles() throws -> [URL] {
        let root = SujaritProcess.packageRoot
        return try files(under: root.appendingPathComponent("Sources"), endingWith: [".swift", ".md"])
            + files(under: root.appendingPathComponent("Docs"), endingWith: [".md"])
            + files(under: root.appendingPathComponent("Reports"), endingWith: [".mustache", ".html", ".md"])
            + [root.appendingPathComponent("README.md")]
    }

    static func files(under folder: URL, endingWith suffixes: [String]) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter { url in suffixes.contains { url.path.hasSuffix($0) } }
    }
}

/// One command of `--experimental-dump-help`'s tree, by the names its subcommands are typed as.
private struct CommandNode {
    var children: [String: CommandNode] = [:]

    init(_ json: [String: Any]) {
        for child in json["subcommands"] as? [[String: Any]] ?? [] {
            guard let name = child["commandName"] as? String else { continue }
            children[name] = CommandNode(child)
        }
    }
}
