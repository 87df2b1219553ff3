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

    func streamed(
        _ format: OutputFormat, rows: [[Table.Cell]], byteOrderMark: Bool = false,
        style: TerminalStyle = TerminalStyle(colors: false)
    ) -> (String, Int) {
        var out = ""
        var pieces = 0
        var stream = TableStream(columns: columns, format: format, style: style, byteOrderMark: byteOrderMark) { text in
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

    @Test("A list too wide for the terminal is drawn as records numbered on across chunks, none lost or cut")
    func recordChunks() {
        let title = String(repeating: "ซื้อวัสดุสำนักงาน ", count: 4)
        let many = (1...(TableStream.terminalChunk + 10)).map { number -> [Table.Cell] in
            [.text("P-\(number)-\(String(repeating: "x", count: 20))"), .text(title), .integer(number)]
        }
        let (out, _) = streamed(.table, rows: many, style: TerminalStyle(colors: false, width: .columns(24)))
        let lines = out.split(separator: "\n")
        let titles = lines.filter { $0.hasPrefix("── ") }
        #expect(titles.count == many.count, "one title per row")
        #expect(titles.first?.hasPrefix("── 1 ") == true && titles.last?.hasPrefix("── 1010 ") == true)
        for number in [1, 1_000, 1_001, 1_010] {
            #expect(lines.filter { $0.hasSuffix("P-\(number)-\(String(repeating: "x", count: 20))") }.count == 1)
        }
        // A short list is one chunk, numbered against its total as a whole table is.
        let (few, _) = streamed(
            .table, rows: Array(many.prefix(3)), style: TerminalStyle(colors: false, width: .columns(24)))
        #expect(few.hasPrefix("── 1/3 "), "\(few)")
    }

    @Test("A chunk after the first has no header, even where the first chunk's header wrapped")
    func wrappedHeaderOnce() {
        let columns: [Table.Column] = [
            .init("รหัสโครงการจัดซื้อจัดจ้าง Project id", key: "id"), .init("ชื่อ", key: "title"),
        ]
        var out = ""
        var stream = TableStream(
            columns: columns, format: .table, style: TerminalStyle(colors: false, width: .columns(24))
        ) {
            out += $0
        }
        for number in 1...(TableStream.terminalChunk + 10) { stream.append(["P-\(number)", "ซื้อวัสดุ"]) }
        stream.finish()
        let lines = out.split(separator: "\n")
        #expect((lines.firstIndex { $0.hasPrefix("────") } ?? 0) >= 2, "the header wraps: \(lines.prefix(4))")
        #expect(lines.filter { $0.hasPrefix("────") }.count == 1, "one rule")
        #expect(lines.filter { $0.hasPrefix("P-") }.count == TableStream.terminalChunk + 10)
        #expect(lines.filter { $0.contains("Project") || $0.contains("รหัส") }.count <= 2)
    }

}
