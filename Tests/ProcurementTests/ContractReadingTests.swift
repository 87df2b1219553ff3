import Foundation
import Sujarit
import Testing
@testable import Procurement

/// The fast paths of reading contract rows give what the plain ones give: the remembered cell readings
/// (`ContractValueMemo`) and the CSV reader copying plain runs of bytes at once, across its 1 MiB chunks.
@Suite("Contract reading fast paths")
struct ContractReadingTests {
    @Test func aRememberedDateIsReadNearEachRowsOwnFiscalYear() throws {
        var memo = ContractValueMemo()
        let near2568 = try memo.date("29/11/67", fiscalYear: FiscalYear(be: 2568))
        let near2468 = try memo.date("29/11/67", fiscalYear: FiscalYear(be: 2468))
        #expect(near2568 == (try CalendarDate.parse("29/11/2567")))
        #expect(near2468 == (try CalendarDate.parse("29/11/2467")))
        #expect(try memo.date("29/11/67", fiscalYear: FiscalYear(be: 2568)) == near2568)
        #expect(try memo.date("-", fiscalYear: nil) == nil)
    }

    @Test func aRememberedRefusalIsTheSameRefusal() throws {
        var memo = ContractValueMemo()
        var problems: [String] = []
        for _ in 0..<2 {
            do {
                _ = try memo.date("31/02/2568", fiscalYear: nil)
                Issue.record("31 February was accepted")
            } catch {
                problems.append(String(describing: error))
            }
        }
        var direct = ""
        do { _ = try ContractValues.date("31/02/2568") } catch { direct = String(describing: error) }
        #expect(problems.count == 2 && problems.allSatisfy { $0 == direct })
    }

    @Test func readingsStayRightPastTheTablesLimit() throws {
        var memo = ContractValueMemo()
        // More different days than a table keeps: it starts again, and every reading is still right.
        for number in 0..<(ContractValueMemo.limit + 10) {
            let raw = "\(number % 28 + 1)/\(number / 28 % 12 + 1)/\(2500 + number / 336)"
            #expect(try memo.date(raw, fiscalYear: nil) == (try CalendarDate.parse(raw)))
        }
        #expect(memo.method("เฉพาะเจาะจง") == ProcurementMethod.recognize("เฉพาะเจาะจง"))
        #expect(memo.taxID("1.05552E+11").reading == .scientificNotation)
        #expect(memo.taxID("0963550000121").reading == .valid)
        #expect(memo.isGroupName("ประกาศเชิญชวนทั่วไป") && !memo.isGroupName("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"))
    }

    @Test func fieldsAcrossTheReadersChunksAreWhole() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("chunks.csv")
        // Rows of Thai text whose fields, quoted ones with line breaks among them, straddle the 1 MiB chunks.
        var text = "a,b,c\r\n"
        var expected: [[String]] = []
        var row = 0
        while text.utf8.count < (1 << 20) * 2 + 5_000 {
            let title = "โครงการที่ \(row) " + String(repeating: "ก", count: row % 97)
            let quoted = "สอง\nบรรทัด, \"\(row)\""
            expected.append([title, quoted, "\(row)"])
            text += "\(title),\"\(quoted.replacingOccurrences(of: "\"", with: "\"\""))\",\(row)\r\n"
            row += 1
        }
        try Data(text.utf8).write(to: url)
        var reader = try #require(CSVRecordReader(path: url.path))
        #expect(try reader.next()?.fields == ["a", "b", "c"])
        var line = 2
        for fields in expected {
            let record = try #require(try reader.next())
            #expect(record.fields == fields && record.line == line)
            line += 2
        }
        #expect(try reader.next() == nil)
        #expect(reader.bytesRead == Int64(text.utf8.count))
    }

    @Test func aLongPlainFieldIsStillRefusedAtTheLimit() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("long.csv")
        try Data(("a,b\r\nx," + String(repeating: "ข", count: 400) + "\r\n").utf8).write(to: url)
        var reader = try #require(CSVRecordReader(path: url.path, maxFieldBytes: 1_000))
        _ = try reader.next()
        #expect(throws: CSVRecordReader.Failure.fieldTooLarge(line: 2, field: 2, limit: 1_000)) { try reader.next() }
    }
}
