import Foundation
import Testing

@Suite("Audit samples drawn from the imported procurement data, through the built binary")
struct AuditSampleEndToEndTests {
    static let root = SujaritProcess.packageRoot.path

    /// Tak Bai with its directory, universe, the example e-GP feeds and contract data, an approved FY2568 plan and
    /// the engagement on PROC-SPECIFIC started: an open engagement to draw for.
    static func openEngagement() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        let examples = root + "/Registers/examples/takbai"
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try sujarit.succeed(["agency", "load", examples + "/agency.yaml"])
        try sujarit.succeed(["audit", "universe", "load", examples + "/audit-universe.yaml"])
        try sujarit.succeed([
            "import", "egp", root + "/Imports/examples", "--dept", "6960501", "--dept-name", "เทศบาลเมืองตากใบ",
        ])
        try sujarit.succeed(["import", "contracts", root + "/Imports/examples/takbai-contracts-2568.csv"])
        try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"])
        try sujarit.succeed(["audit", "plan", "approve", "--fy", "2568", "--by", "mayor", "--on", "15 ก.ย. 2567"])
        try sujarit.succeed(["audit", "engagement", "start", "PROC-SPECIFIC", "--fy", "2568", "--on", "4 พ.ย. 2567"])
        return sujarit
    }

    /// `audit sample` for the engagement with `arguments` after it.
    static func sample(_ arguments: [String]) -> [String] {
        ["audit", "sample", "--engagement", "PROC-SPECIFIC", "--fy", "2568"] + arguments
    }

    /// The rows a `--format json` table printed, each keyed by its column's key, values as JSON typed them.
    static func rows(_ json: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test("A monetary-unit sample is recorded and listed; the same seed draws the same projects again")
    func monetaryUnitRepeats() throws {
        let sujarit = try Self.openEngagement()
        let arguments = Self.sample([
            "--from", "procurement", "--method", "mus", "--size", "๕", "--seed", "2568", "--method-filter", "specific",
            "--format", "json",
        ])
        let first = try sujarit.succeed(arguments)
        let drawn = try Self.rows(first.stdout)
        #expect((1...5).contains(drawn.count), "\(first.stdout)")
        #expect(drawn.reduce(0) { $0 + ($1["hits"] as? Int ?? 0) } == 5, "the five points fall in the items drawn")
        #expect(
            drawn.allSatisfy {
                ($0["project_id"] as? String ?? "").hasPrefix("68") && Double($0["amount"] as? String ?? "") != nil
            })
        #expect(drawn.map { $0["order"] as? Int } == (1...drawn.count).map { $0 })
        #expect(first.stderr.contains("Recorded sample 1 of PROC-SPECIFIC (FY2568)"), "\(first.stderr)")
        #expect(first.stderr.contains("Interval") && first.stderr.contains("วิธีเฉพาะเจาะจง"))

        let second = try sujarit.succeed(arguments)
        #expect(second.stdout == first.stdout, "the same data and seed give the same sample")
        #expect(second.stderr.contains("Recorded sample 2"))
        let other = try Self.rows(
            try sujarit.succeed(Self.sample(["--method", "random", "--size", "3", "--seed", "7", "--format", "json"]))
                .stdout)
        #expect(other.count == 3 && other.allSatisfy { $0["hits"] as? Int == 1 && $0["key_item"] as? Bool == false })

        let csv = try sujarit.succeed(Self.sample(["--list", "--format", "csv"]))
        #expect(csv.stdout.contains("sample,drawn_on,method,method_th,seed,order,item,amount"))
        let listed = try Self.rows(try sujarit.succeed(Self.sample(["--list", "--format", "json"])).stdout)
        #expect(listed.count == drawn.count * 2 + 3)
        #expect(Set(listed.compactMap { $0["sample"] as? Int }) == [1, 2, 3])
        #expect(
            listed.filter { $0["sample"] as? Int == 1 }.map { $0["item"] as? String }
                == drawn.map { $0["project_id"] as? String })
        #expect(
            listed.filter { $0["sample"] as? Int == 3 }.allSatisfy {
                $0["method"] as? String == "random" && $0["seed"] as? String == "7"
            })
    }

    @Test("What cannot be drawn is refused with the option named, and nothing is recorded")
    func refusals() throws {
        let sujarit = try Self.openEngagement()
        let cases: [([String], String)] = [
            (["--method", "mus", "--size", "0", "--seed", "1"], "--size 0"),
            (["--method", "random", "--size", "1000", "--seed", "1"], "more items than the population holds"),
            (["--method", "random", "--size", "2", "--seed", "1", "--method-filter", "lottery"], "lottery"),
            (
                ["--method", "random", "--size", "2", "--seed", "1", "--department", "1234567"],
                "No procurement project"
            ),
            (
                ["--method", "random", "--size", "2", "--seed", "1", "--procurement-fy", "2550"],
                "No procurement project"
            ),
            (["--method", "random", "--size", "2", "--seed", "1", "--from", "payroll"], "--from 'payroll'"),
            (["--method", "systematic", "--size", "2", "--seed", "1"], "--method 'systematic'"),
            (["--method", "random", "--size", "2", "--seed", "x7"], "--seed 'x7'"),
            (["--method", "random", "--size", "2"], "--seed is required"),
        ]
        for (arguments, message) in cases {
            let before = try sujarit.storeDump()
            let result = try sujarit.run(Self.sample(arguments))
            #expect(result.status != 0, "\(arguments) should fail")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(try sujarit.storeDump() == before, "\(arguments) changed the store")
        }
        let before = try sujarit.storeDump()
        let closedOrNot = try sujarit.run([
            "audit", "sample", "--engagement", "FIN-REV", "--fy", "2568", "--method", "random", "--size", "2", "--seed",
            "1",
        ])
        #expect(closedOrNot.status != 0 && closedOrNot.stderr.contains("FIN-REV"), "\(closedOrNot.stderr)")
        #expect(try sujarit.storeDump() == before)
    }
}
