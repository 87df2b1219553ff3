import Foundation
import Testing

@Suite("procurement list with --limit, through the built binary")
struct ProcurementListEndToEndTests {
    @Test("A limited list shows the first projects of the full list and says how many match, filters included")
    func limited() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        try sujarit.succeed(["import", "egp", ImportEndToEndTests.examplesFolder, "--dept", "6960501"])
        try sujarit.succeed(["import", "contracts", ImportEndToEndTests.example("takbai-contracts-2568.csv")])
        for filter in [[], ["--fy", "2568", "--method", "specific"], ["--dept", "6960501", "--fy", "2568"]] {
            let list = ["procurement", "list"] + filter
            let all = try sujarit.succeed(list + ["--format", "csv"]).stdout.split(separator: "\r\n")
            let total = all.count - 1
            #expect(total > 3, "\(filter)")
            let first = try sujarit.succeed(list + ["--format", "csv", "--limit", "3"]).stdout.split(separator: "\r\n")
            #expect(first == Array(all.prefix(4)), "\(filter)")
            let table = try sujarit.succeed(list + ["--limit", "3"])
            #expect(table.stderr.contains("3 of \(total) project(s) shown (--limit)."), "\(filter): \(table.stderr)")
            let none = try sujarit.succeed(list + ["--limit", "0"])
            #expect(none.stderr.contains("0 of \(total) project(s) shown (--limit)."), "\(filter): \(none.stderr)")
            for limit in [total, total + 1] {
                let whole = try sujarit.succeed(list + ["--limit", "\(limit)"])
                #expect(whole.stderr.contains("\(total) project(s)."), "\(filter): \(whole.stderr)")
                #expect(!whole.stderr.contains("shown"), "\(filter): \(whole.stderr)")
            }
        }
        let typo = try sujarit.succeed(["procurement", "list", "--method", "specfic", "--limit", "2"])
        #expect(typo.stderr.contains("0 project(s)."), "a key no method has matches nothing: \(typo.stderr)")
    }
}
