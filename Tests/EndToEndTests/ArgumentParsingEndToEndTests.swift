import Foundation
import Testing

/// `--fy` and the date options are typed (`FiscalYear`, `CalendarDate`) and read by the argument parser: Thai
/// digits, BE years and Thai month names are accepted, and a refused value names the option, the reason
/// `FiscalYear.parse` / `CalendarDate.parse` gave, and the accepted forms before anything is opened.
@Suite("Fiscal years and dates read by the argument parser, through the built binary")
struct ArgumentParsingEndToEndTests {
    /// A store with the agency initialised, so that only the arguments can make a command fail.
    static func store() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        return sujarit
    }

    @Test("Thai digits, FY and ปีงบประมาณ prefixes and Thai month names are accepted")
    func thaiForms() throws {
        let sujarit = try Self.store()
        let list = try sujarit.succeed(
            ["risk", "list", "--fy", "ปีงบประมาณ ๒๕๖๘", "--as-of", "๑ เม.ย. ๒๕๖๘", "--format", "csv"])
        #expect(list.stdout.contains("id,fiscal_year,department"), "\(list.output)")
        let measures = try sujarit.succeed(
            ["risk", "measure", "list", "--fy", "FY2568", "--as-of", "1/4/2568", "--format", "csv"])
        #expect(measures.status == 0 && !measures.stderr.contains("invalid"), "\(measures.output)")
    }

    @Test("A CE year, an impossible day or a missing required --fy is refused naming the option and the accepted forms")
    func refusals() throws {
        let sujarit = try Self.store()
        let before = try sujarit.storeDump()
        let add = ["risk", "add", "--department", "FIN", "--category", "procurement", "--process", "p", "--event", "e"]

        let ceYear = try sujarit.run(add + ["--fy", "2025"])
        #expect(ceYear.status != 0)
        #expect(ceYear.stderr.contains("'2025' is invalid for '--fy <year>'"), "\(ceYear.stderr)")
        #expect(ceYear.stderr.contains("ปีงบประมาณ") && ceYear.stderr.contains("CE + 543"), "\(ceYear.stderr)")

        let missing = try sujarit.run(add)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("Missing expected argument '--fy <year>'"), "\(missing.stderr)")

        let impossible = try sujarit.run(["risk", "review", "--as-of", "31 เม.ย. 68"])
        #expect(impossible.status != 0)
        #expect(impossible.stderr.contains("'31 เม.ย. 68' is invalid for '--as-of <day>'"), "\(impossible.stderr)")
        #expect(impossible.stderr.contains("26/11/2567"), "the accepted forms: \(impossible.stderr)")
        #expect(impossible.stderr.contains("26 พ.ย. 67"), "\(impossible.stderr)")

        let copy = try sujarit.run(["risk", "copy-forward", "--from", "68", "--to", "2569"])
        #expect(copy.status != 0 && copy.stderr.contains("'--from <year>'"), "\(copy.stderr)")
        #expect(try sujarit.storeDump() == before)
    }

    @Test("A refused year or day says why, as the Sujarit parser worded it, after naming the option")
    func refusalReasons() throws {
        let sujarit = try Self.store()
        let before = try sujarit.storeDump()
        // (arguments, the option the error must name, words of the parser's reason)
        let cases: [([String], String, [String])] = [
            (["risk", "list", "--fy", "2025"], "'--fy <year>'", ["Christian-era", "FY2568"]),
            (["audit", "status", "--fy", "abc"], "'--fy <year>'", ["'abc' is not a fiscal year"]),
            (["risk", "diff", "--from", "2025", "--to", "2568"], "'--from <year>'", ["September 2025"]),
            (["risk", "review", "--as-of", "31 เม.ย. 68"], "'--as-of <day>'", ["has 30 days", "day 31"]),
            (["gift", "list", "--as-of", "31 เม.ย. 68"], "'--as-of <date>'", ["has 30 days"]),
            (["events", "--from", "2568-13-01"], "'--from <date>'", ["no month 13"]),
            (["audit", "finding", "add", "--due", "2568-13-01"], "'--due <date>'", ["no month 13"]),
        ]
        for (arguments, option, reason) in cases {
            let result = try sujarit.run(arguments)
            let shown = "sujarit \(arguments.joined(separator: " ")):\n\(result.stderr)"
            #expect(result.status != 0, "\(shown)")
            #expect(result.stderr.contains("is invalid for \(option): "), "\(shown)")
            for word in reason {
                #expect(result.stderr.contains(word), "the parser's reason, '\(word)': \(shown)")
            }
        }
        #expect(try sujarit.storeDump() == before)
    }
}
