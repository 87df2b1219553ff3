import Foundation
import Testing

@testable import Presentation
@testable import Sujarit

/// The byte-level writers against the rules they stand in for: the character-by-character CSV rule and the
/// JSON encoder itself, on cells chosen to sit on every edge of the byte shortcut.
@Suite("CSV and JSON written on bytes: the same output as the character rule and the encoder")
struct ByteOutputTests {
    /// Cells at every edge: formula starts, quotes and commas beside Thai letters, combining and prepended
    /// marks, edge spaces, line breaks, controls, an emoji sequence, plain text.
    static let cells: [String] = [
        "", "plain", "ซื้อวัสดุ 5", "a,b", "say \"hi\"", "ก\"ข", "\"ก\"", "ก,ข", ",ก", "ก,", "\"", ",",
        "x\"\u{301},", "a,\u{301}", "\u{600},x", "\u{600}\"x", "ก\u{0E31},\"\u{0E34}", "line 1\nline 2", "a\r\nb",
        "a\rb", " padded", "padded ", "ก ", " ก", "ก \u{0E31}", " \u{301}x", "x \u{301}", "=1+1", "+12", "-5.00",
        "-1,234.50", "-", "+", "@x", "\t=1", "\r=1", "'=x", "''=x", "'quoted", "-๕", "R-2568-003", "ราคา =100",
        "{\"a\":\"ก\",\"b\":[1,2]}", "👩‍👩‍👧,\"", "\u{1}\u{1F}\u{7F}\u{85}", "a\\b/c", "tab\there",
    ]

    @Test("A CSV cell is written exactly as the character-by-character rule writes it")
    func csvCells() {
        for cell in Self.cells {
            #expect(CSVText.field(cell) == CSVText.fieldByCharacters(cell), "\(cell.debugDescription)")
        }
        // Cells that are not contiguous UTF-8 (bridged) take the character rule and still agree.
        let bridged = NSString(string: "ก\"ข,ค") as String
        #expect(CSVText.field(bridged) == CSVText.fieldByCharacters(bridged))
    }

    @Test("A quote or comma joined to a mark is quoted and doubled: no cell, and no formula, can be smuggled in")
    func joinedSeparators() {
        // A quote a combining mark joins to a letter, left single, ended the quoted cell there: a spreadsheet
        // then read `=HYPERLINK(…)` after the comma as a cell of its own, past the formula guard.
        let attack = "x\"\u{301},=HYPERLINK(\"http://evil\")"
        #expect(CSVText.field(attack) == "\"x\"\"\u{301},=HYPERLINK(\"\"http://evil\"\")\"")
        #expect(CSVText.field("a,\u{301}") == "\"a,\u{301}\"")
        #expect(CSVText.field("\"\u{301}") == "\"\"\"\u{301}\"")
        // Every quote byte inside a quoted cell is doubled, so the cell's quotes pair up and it ends at its end.
        for cell in Self.cells where CSVText.field(cell).hasPrefix("\"") {
            let inner = CSVText.field(cell).utf8.dropFirst().dropLast()
            var run = 0
            for byte in inner {
                if byte == UInt8(ascii: "\"") {
                    run += 1
                } else {
                    #expect(run % 2 == 0, "\(cell.debugDescription)")
                    run = 0
                }
            }
            #expect(run % 2 == 0, "\(cell.debugDescription)")
        }
    }

    @Test("The byte shortcut decides plain and quoted cells, and leaves the edges to the character rule")
    func csvShapes() {
        func shape(_ text: String) -> String {
            text.utf8.withContiguousStorageIfAvailable { "\(CSVText.ByteShape($0, of: text))" } ?? "none"
        }
        #expect(shape("ซื้อวัสดุ 5") == "plain")
        #expect(shape("ก\"ข") == "quoted")
        #expect(shape("a\r\nb") == "quoted")
        #expect(shape("x\"\u{301}") == "quoted", "a quote joined to a combining mark is still a quote to a reader")
        #expect(shape("\u{600},x") == "quoted", "a comma joined to a prepended mark still splits the line")
        #expect(shape("=1") == "byCharacters")
        #expect(shape("ก ") == "byCharacters")
    }

    @Test("A JSON string is escaped exactly as the output encoder escapes it")
    func jsonStrings() throws {
        let every = String(String.UnicodeScalarView((0...0x7F).compactMap(Unicode.Scalar.init)))
        for text in Self.cells + [every, "\u{2028}\u{2029}\u{FEFF}"] {
            var out: [UInt8] = []
            JSONOutput.appendString(text, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == (try JSONOutput.string(text)), "\(text.debugDescription)")
        }
    }

    @Test("Rows streamed as JSON and CSV are the whole table's bytes, for every kind of value and odd keys")
    func streamedRows() throws {
        let columns: [Table.Column] = [
            .init("z", key: "zeta"), .init("a", key: "alpha"), .init("q", key: "quote\"d"), .init("n", key: "n_2"),
            .init("N", key: "N"), .init("ก", key: "ไทย"), .init("b", key: "b/c"),
        ]
        let values: [TableValue] = [
            .null, .string("ก\"\n\\"), .integer(-42), .integer(Int64.max), .number(94.93), .number(16),
            .number(-0.0), .number(1e20), .number(0.1), .number(.leastNonzeroMagnitude), .bool(true), .bool(false),
        ]
        var table = Table(columns: columns)
        var rows: [[Table.Cell]] = []
        for (index, cell) in Self.cells.enumerated() {
            let row: [Table.Cell] = (0..<(1 + index % columns.count)).map { column in
                column == 0 ? .text(cell) : Table.Cell(text: "-", value: values[(index + column) % values.count])
            }
            rows.append(row)
            table.append(row)
        }
        for format in [OutputFormat.json, .csv, .markdown] {
            for chunk in [0, 1, 64 * 1_024] {
                var out = ""
                var stream = TableStream(columns: columns, format: format, chunkBytes: chunk) { out += $0 }
                for row in rows { stream.append(row) }
                stream.finish()
                #expect(out == table.render(format), "\(format) in chunks of \(chunk)")
            }
        }
    }

    @Test("A JSON row the encoder would refuse (a number that is not finite) is written as the table writes it")
    func notFinite() {
        let columns: [Table.Column] = [.init("a", key: "a"), .init("b", key: "b")]
        let rows: [[Table.Cell]] = [
            ["1", Table.Cell(text: "-", value: .number(2.5))], ["2", Table.Cell(text: "-", value: .number(.nan))],
            ["3", Table.Cell(text: "-", value: .number(3))],
        ]
        var out = ""
        var stream = TableStream(columns: columns, format: .json) { out += $0 }
        var expected = "[\n"
        for (index, row) in rows.enumerated() {
            stream.append(row)
            var single = Table(columns: columns)
            single.append(row)
            expected += (index == 0 ? "" : ",\n") + single.json().dropFirst(2).dropLast(3)
        }
        stream.finish()
        #expect(out == expected + "\n]\n")
    }

    @Test("Chunked output: the first row at once, then pieces of the chunk size, not a piece per row")
    func chunked() {
        let columns: [Table.Column] = [.init("id", key: "id"), .init("title", key: "title")]
        var pieces: [String] = []
        var stream = TableStream(columns: columns, format: .csv, chunkBytes: 1_024) { pieces.append($0) }
        stream.append(["P-1", "ซื้อวัสดุ"])
        #expect(pieces == ["id,title\r\nP-1,ซื้อวัสดุ\r\n"], "the header and first row are out before the second")
        for number in 2...1_000 { stream.append(["P-\(number)", "ซื้อวัสดุ \(number)"]) }
        stream.finish()
        #expect(pieces.count > 10 && pieces.count < 100)
        #expect(pieces.dropFirst().dropLast().allSatisfy { $0.utf8.count >= 1_024 })
        #expect(pieces.joined().hasSuffix("P-1000,ซื้อวัสดุ 1000\r\n"))
    }
}
