import Foundation
import Testing

/// What scripts read from the registers' commands (issue 21, `Docs/schemas/README.md`): numbers as numbers,
/// money as two-decimal strings, codes beside their Thai labels, null for what is not there, and whole objects
/// (a plan's header, a run's counts) rather than bare rows — checked value by value on the demo store, where
/// `JSONSchemaEndToEndTests` checks the shapes.
@Suite("Script outputs of the registers, through the built binary")
struct ScriptOutputEndToEndTests {
    /// `arguments` on the demo store with `--format json`, parsed.
    static func json(_ sujarit: SujaritProcess, _ store: String, _ arguments: [String]) throws -> Any {
        let result = try sujarit.succeed(arguments + ["--store", store, "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test("Scores, counts, money, days and missing values are typed; totals and run summaries are codes and numbers")
    func typedOutputs() throws {
        let sujarit = try SujaritProcess()
        let store = sujarit.folder.appendingPathComponent("demo.db").path
        try sujarit.succeed(["demo", "--store", store])

        // The EIT is its two parts, each a number, not "91.33 / 97.58".
        let years = try #require(try Self.json(sujarit, store, ["ita", "list"]) as? [[String: Any]])
        let year = try #require(years.first { $0["fiscal_year"] as? Int == 2566 })
        let eit = try #require(year["eit"] as? [[String: Any]])
        #expect(eit.compactMap { $0["score"] as? Double } == [91.33, 97.58])
        #expect(
            year["iit"] as? Double == 93.17 && year["overall"] as? Double == 96.29 && year["band"] as? String == "AA")

        // A flag's key figure keeps its kind: baht as a string, the count of projects as a number.
        let flags = try #require(try Self.json(sujarit, store, ["flags", "list", "--fy", "2568"]) as? [[String: Any]])
        let split = try #require(flags.first { $0["id"] as? String == "RF-2568-0001" })
        #expect(split["key_figure"] as? String == "2491400.00" && split["key_figure_kind"] as? String == "money")
        #expect(split["projects"] as? Int == 5 && split["risk_id"] is NSNull && split["status_th"] as? String != nil)

        // Run again, nothing is new, and the summary still says what was checked.
        let run = try #require(try Self.json(sujarit, store, ["flags", "run"]) as? [String: Any])
        #expect(run["new"] as? Int == 0 && run["projects"] as? Int == 49)
        #expect(run["unchanged"] as? Int == run["found"] as? Int && (run["raised"] as? [Any])?.isEmpty == true)

        // A gift without a decision says null, never "" or "-".
        let gifts = try #require(try Self.json(sujarit, store, ["gift", "list", "--as", "anan"]) as? [[String: Any]])
        let given = try #require(gifts.first { $0["id"] as? String == "G-2568-007" })
        #expect(given["decision"] is NSNull && given["due_on"] is NSNull && given["value"] as? String == "1200.00")

        // Someone who may not see names gets stable codes and numbers.
        let totals = try #require(try Self.json(sujarit, store, ["coi", "list"]) as? [[String: Any]])
        #expect(totals.first?["item"] as? String == "declarations" && totals.first?["count"] as? Int == 8)

        // The plan's header comes with its entries.
        let plan = try #require(
            try Self.json(sujarit, store, ["audit", "plan", "show", "--fy", "2568"]) as? [String: Any])
        let approval = try #require(plan["approval"] as? [String: Any])
        #expect(plan["status"] as? String == "approved" && plan["capacity"] as? Int == 220)
        #expect(approval["approved_by"] as? String == "mayor" && approval["approved_on"] as? String == "2024-09-15")
        #expect((plan["entries"] as? [[String: Any]])?.first?["person_days"] as? Int == 25)
    }
}
