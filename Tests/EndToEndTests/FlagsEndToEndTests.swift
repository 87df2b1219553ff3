import Foundation
import Testing

@Suite("Red flags, through the built binary")
struct FlagsEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static var config: String { root + "/Registers/red-flags.yaml" }

    /// The example agency with its declarations, gift log, configured risk register and the example e-GP
    /// feeds and contract data.
    static func exampleStore() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        let examples = root + "/Registers/examples/takbai"
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try sujarit.succeed(["agency", "load", examples + "/agency.yaml"])
        try sujarit.succeed(["coi", "import", examples + "/declarations-2568.yaml"])
        try sujarit.succeed(["gift", "import", examples + "/gifts-2568.yaml"])
        try sujarit.succeed(["risk", "configure", "--registers", root + "/Registers"])
        try sujarit.succeed([
            "import", "egp", root + "/Imports/examples", "--dept", "6960501", "--dept-name", "เทศบาลเมืองตากใบ",
        ])
        try sujarit.succeed(["import", "contracts", root + "/Imports/examples/takbai-contracts-2568.csv"])
        return sujarit
    }

    /// The id of the first flag of `indicator`, from the CSV list.
    static func flag(_ indicator: String, in sujarit: SujaritProcess) throws -> String {
        let rows = try sujarit.succeed(["flags", "list", "--indicator", indicator, "--format", "csv"]).stdout.split(
            separator: "\r\n")
        return String(try #require(rows.dropFirst().first?.split(separator: ",").first))
    }

    @Test(
        "flags run raises the cross-check flags once; a second run adds nothing; list filters by indicator and status")
    func runAndList() throws {
        let sujarit = try Self.exampleStore()
        let first = try sujarit.succeed(["flags", "run", "--config", Self.config])
        for indicator in [
            "coi-committee", "coi-department", "gift-from-supplier", "undeclared-member", "split-window",
            "price-near-reference",
        ] {
            #expect(first.stdout.contains(indicator), "\(indicator)")
        }
        #expect(first.stderr.contains("13 new flag(s)")) // 12 + committee-separation (surachai, clause 26)
        let events = try sujarit.storeDump()
        let second = try sujarit.succeed(["flags", "run", "--config", Self.config])
        #expect(second.stderr.contains("0 new flag(s), 0 revised, 13 already recorded"))
        #expect(try sujarit.storeDump() == events)

        let list = try sujarit.succeed(["flags", "list", "--fy", "๒๕๖๘", "--format", "csv"]).stdout.split(
            separator: "\r\n")
        #expect(list.count == 14)
        #expect(list.contains { $0.contains("coi-committee") && $0.contains("รุ่งเรืองการโยธา") })
        let undeclared = try sujarit.succeed(["flags", "list", "--indicator", "undeclared-member", "--format", "csv"])
            .stdout.split(separator: "\r\n")
        #expect(undeclared.count == 3)
        let onRoad = try sujarit.succeed(["flags", "list", "--project", "67119000333", "--format", "csv"]).stdout.split(
            separator: "\r\n")
        #expect(onRoad.count == 7)
        let indicators = try sujarit.succeed(["flags", "indicators", "--format", "csv"]).stdout.split(separator: "\r\n")
        #expect(indicators.count == 25) // header + 24 (the three regional ones included)
    }

    @Test(
        """
        explain names rusdee and the gift's recipient for the auditor, nobody for a clerk, and JSON leaves people \
        out too
        """
    )
    func explain() throws {
        let sujarit = try Self.exampleStore()
        try sujarit.succeed(["flags", "run", "--config", Self.config])
        let coi = try Self.flag("coi-committee", in: sujarit)
        let auditor = try sujarit.succeed(["flags", "explain", coi, "--as", "anan"])
        for text in ["นายรุสดี มามะ", "ญาติ", "relative", "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", "67119000333", "ถอนตัว", "ACT Ai"] {
            #expect(auditor.stdout.contains(text), "\(text)")
        }
        let clerk = try sujarit.succeed(["flags", "explain", coi, "--as", "kittipong"])
        #expect(!clerk.stdout.contains("รุสดี") && !clerk.stdout.contains("rusdee"))
        #expect(clerk.stdout.contains("กรรมการคนหนึ่ง"))
        #expect(clerk.stderr.contains("Names left out"))
        let json = try sujarit.succeed(["flags", "explain", coi, "--as", "kittipong", "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["redacted"] as? Bool == true)
        #expect(
            (object["evidence"] as? [String: Any])?["declarations"] as? [Any] == nil
                || ((object["evidence"] as? [String: Any])?["declarations"] as? [Any])?.isEmpty == true)
        #expect(!json.contains("rusdee"))

        let gift = try Self.flag("gift-from-supplier", in: sujarit)
        let giftText = try sujarit.succeed(["flags", "explain", gift, "--as", "pimchanok"]).stdout
        for text in ["นายสุรชัย พรหมทอง", "8,500.00", "นาฬิกาข้อมือ", "180 วัน", "G-2568-003"] {
            #expect(giftText.contains(text), "\(text)")
        }
        let split = try Self.flag("split-window", in: sujarit)
        let splitText = try sujarit.succeed(["flags", "explain", split]).stdout
        #expect(
            splitText.contains("2,491,400.00") && splitText.contains("500,000.00")
                && splitText.contains("splitting.limit"))
    }

    @Test("Triage: refusals name the problem, exit non-zero and leave the store as it was; dismiss and escalate work")
    func triage() throws {
        let sujarit = try Self.exampleStore()
        try sujarit.succeed(["flags", "run", "--config", Self.config])
        let coi = try Self.flag("coi-committee", in: sujarit)
        let price = try Self.flag("price-near-reference", in: sujarit)
        let before = try sujarit.storeDump()
        let cases: [([String], String)] = [
            (["flags", "dismiss", price, "--reason", "  ", "--as", "anan"], "--reason is required"),
            (["flags", "dismiss", price, "--reason", "ok", "--as", "kittipong"], "may not triage"),
            (["flags", "dismiss", "RF-2568-0999", "--reason", "ok", "--as", "anan"], "There is no flag RF-2568-0999"),
            (["flags", "dismiss", "F-1", "--reason", "ok", "--as", "anan"], "is not a flag id"),
            (["flags", "escalate", coi, "--as", "anan"], "--to-risk"),
            (["flags", "escalate", coi, "--to-risk", "--as", "anan"], "--department"),
            (["flags", "escalate", coi, "--to-risk", "--department", "XYZ", "--as", "anan"], "not a department"),
            (["flags", "list", "--indicator", "splitting"], "not an indicator"),
            (["flags", "list", "--status", "closed"], "open, dismissed or escalated"),
            (["flags", "run", "--config", sujarit.folder.appendingPathComponent("missing.yaml").path], "missing.yaml"),
        ]
        for (arguments, expected) in cases {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        #expect(try sujarit.storeDump() == before)

        let dismissed = try sujarit.succeed([
            "flags", "dismiss", price, "--reason", "ผู้เสนอราคา 4 ราย ราคากลางถูกต้อง", "--as", "anan",
        ])
        #expect(dismissed.stdout.contains("Dismissed \(price)"))
        let again = try sujarit.run(["flags", "dismiss", price, "--reason", "x", "--as", "anan"])
        #expect(again.status != 0 && again.stderr.contains("already dismissed"))

        let risk = try sujarit.succeed([
            "flags", "escalate", coi, "--to-risk", "--department", "ENG", "--owner", "palad", "--as", "anan",
        ])
        let riskID = try #require(risk.stdout.split(separator: " ").first { $0.hasPrefix("R-2568-") })
            .trimmingCharacters(in: .punctuationCharacters)
        let shown = try sujarit.succeed(["risk", "show", riskID]).stdout
        #expect(shown.contains(coi))
        #expect(!shown.contains("รุสดี"))
        try sujarit.succeed([
            "flags", "escalate", coi, "--to-audit", "--department", "ENG", "--risk-level", "high", "--as", "pimchanok",
        ])
        #expect(try sujarit.succeed(["audit", "universe", "list", "--format", "csv"]).stdout.contains(coi))
        let escalated = try sujarit.succeed(["flags", "list", "--status", "escalated", "--format", "csv"]).stdout
        // The links are columns of their own for scripts: risk_id, then audit_subject.
        #expect(escalated.contains(coi) && escalated.contains(",escalated,ส่งต่อแล้ว,\(riskID),\(coi),"))

        // A later run keeps the decisions and adds nothing.
        let rerun = try sujarit.succeed(["flags", "run", "--config", Self.config])
        #expect(rerun.stderr.contains("0 new flag(s)"))
        #expect(
            try sujarit.succeed(["flags", "list", "--status", "dismissed", "--format", "csv"]).stdout.contains(price))
    }
}
