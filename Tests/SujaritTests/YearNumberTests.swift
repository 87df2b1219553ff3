import Sujarit
import Testing

@Suite("YearNumber: the ids every register shares")
struct YearNumberTests {
    @Test("Typed forms read as the canonical id; anything else is refused")
    func parseAndFormat() throws {
        for typed in ["R-2568-003", "r-2568-3", "R-๒๕๖๘-๐๐๓", " R-2568-0003 "] {
            let (year, number) = try #require(YearNumber.parse(typed, prefix: "R"), "\(typed)")
            #expect(YearNumber.format(prefix: "R", fiscalYear: year, number: number) == "R-2568-003")
        }
        #expect(YearNumber.format(prefix: "F", fiscalYear: FiscalYear(be: 2568), number: 1234) == "F-2568-1234")
        for bad in ["M-2568-003", "R-68-003", "R-2568-0", "R-1999-003", "R-2568-3a", "R-2568"] {
            #expect(YearNumber.parse(bad, prefix: "R") == nil, "\(bad)")
        }
    }
}
