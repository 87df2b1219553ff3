import Presentation
import Sujarit
import Testing

@Suite("Tables written as their rows arrive")
struct TableStreamTests {
    let columns: [Table.Column] = [
        .init("รหัส", key: "id"), .init("ชื่อ", key: "title"), .init("งบ", key: "budget", alignment: .trailing),
    ]

    func rows() throws -> [[Table.Cell]] {
        try (1...5).map { number in
            [
                .text("P-\(number)"), .text(number == 3 ? "ถนน, สาย \"ก\"" : "ซื้อวัสดุ \(number)"),
                number == 2 ? .missing : .money(try Money.parse("\(number * 1_000)")),
            ]
        }
    }

    func streamed(_ format: OutputFormat, rows: [[Table.Cell]], byteOrderMark: Bool = false) -> (String, Int) {
        var out = ""
        var pieces = 0
        var stream = TableStream(columns: columns, format: format, byteOrderMark: byteOrderMark) { text in
            out += text
            pieces += 1
        }
        for row in rows { stream.append(row) }
        stream.finish()
        return (out, pieces)
    }

    @Test(
        "CSV, JSON and Markdown: the same bytes as the whole table, written a row at a time",
        arguments: [
            OutputFormat.csv, .json, .markdown,
        ])
    func sameBytes(format: OutputFormat) throws {
        var table = Table(columns: columns)
        for row in try rows() { table.append(row) }
        let (out, pieces) = streamed(format, rows: try rows())
        #expect(out == table.render(format))
        #expect(pieces >= 5, "one piece per row at least, not one at the end")
    }

    @Test("Empty lists: valid JSON, a CSV header, a terminal header")
    func empty() {
        #expect(streamed(.json, rows: []).0 == Table(columns: columns).json())
        #expect(streamed(.csv, rows: []).0 == "id,title,budget\r\n")
        #expect(streamed(.table, rows: []).0.contains("รหัส"))
    }

    @Test("CSV for Excel starts with one byte-order mark")
    func byteOrderMark() throws {
        let (out, _) = streamed(.csv, rows: try rows(), byteOrderMark: true)
        #expect(out.hasPrefix("\u{FEFF}id,title,budget\r\n"))
        #expect(out.filter { $0 == "\u{FEFF}" }.count == 1)
    }

    @Test("A terminal list is drawn a chunk at a time with its header once")
    func terminalChunks() {
        let many = (1...(TableStream.terminalChunk + 10)).map { number -> [Table.Cell] in
            [.text("P-\(number)"), "x", .integer(number)]
        }
        let (out, pieces) = streamed(.table, rows: many)
        #expect(pieces == 2)
        #expect(out.components(separatedBy: "รหัส").count == 2, "one header")
        #expect(out.contains("P-1001") && out.hasSuffix("\n"))
    }
}
